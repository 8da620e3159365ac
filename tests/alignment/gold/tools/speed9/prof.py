import sys

# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031
import time

sys.path.insert(0, "benchmarks")
import alignment_bench as B

from mediacompare.alignment import engine
from mediacompare.alignment.engine import Document, align_event, embed_passages

S = B.corpus_sentences()
e = B.make_event(S, 20, 200, seed=1)
st = [embed_passages(p) for p in e]
fn = lambda: align_event([Document(p, "en", x) for p, x in zip(e, st, strict=True)])
acc = {}


def wrap(name):
    f = getattr(engine, name)

    def g(*a, **k):
        t = time.process_time()
        r = f(*a, **k)
        acc[name] = acc.get(name, 0) + time.process_time() - t
        return r

    setattr(engine, name, g)


for n in (
    "_piece_product",
    "_piece_evidence",
    "_fold_clauses",
    "pair_candidates",
    "_nearest_mean",
    "_margin",
    "_neighbours",
    "_count_above",
    "_split_matrices",
):
    wrap(n)
for mode in sys.argv[1].split(","):
    engine.PIECE_MODE = mode
    fn()
    acc.clear()
    t = time.process_time()
    fn()
    tot = time.process_time() - t
    print(mode, "total %.3f" % tot, {k: round(v, 3) for k, v in acc.items()})
