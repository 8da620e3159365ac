import sys
# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031

sys.path.insert(0, "benchmarks")
import alignment_bench as B

from mediacompare.alignment import engine
from mediacompare.alignment.engine import embed_passages

S = B.corpus_sentences()
for n, m, seed in ((20, 200, 1), (2, 1000, 2), (2, 250, 2)):
    e = B.make_event(S, n, m, seed=seed)
    st = [embed_passages(p) for p in e]
    vs = [engine._vectors(x, len(p)) for p, x in zip(e, st)]
    tot = cc = 0
    for i in range(len(vs)):
        for j in range(i + 1, len(vs)):
            pa, pb = len(vs[i].whole) + len(vs[i].pieces), len(vs[j].whole) + len(vs[j].pieces)
            tot += pa * pb
            cc += len(vs[i].pieces) * len(vs[j].pieces)
    print(
        n,
        m,
        "pieces/passage %.2f"
        % (sum(len(v.whole) + len(v.pieces) for v in vs) / sum(len(v.whole) for v in vs)),
        "clause x clause share %.3f" % (cc / tot),
    )
