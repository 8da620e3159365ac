"""speed9: CPU A/B of PIECE_MODE full vs whole, same process, alternating."""
# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031

import sys
import time

sys.path.insert(0, "benchmarks")
import alignment_bench as B

from mediacompare.alignment import engine
from mediacompare.alignment.engine import Document, align_event, embed_passages

S = B.corpus_sentences()


def ev(n, m, seed):
    e = B.make_event(S, n, m, seed=seed)
    st = [embed_passages(p) for p in e]
    return lambda: align_event([Document(p, "en", x) for p, x in zip(e, st, strict=True)])


cases = {
    "20x200": (ev(20, 200, 1), int(sys.argv[2]) if len(sys.argv) > 2 else 3),
    "2x1000": (ev(2, 1000, 2), 4),
    "2x250": (ev(2, 250, 2), 8),
}
res = {}
MODES = tuple(sys.argv[1].split(","))
for name, (fn, reps) in cases.items():
    for r in range(reps):
        for mode in MODES if r % 2 == 0 else MODES[::-1]:
            engine.PIECE_MODE = mode
            t = time.process_time()
            fn()
            c = time.process_time() - t
            res.setdefault((name, mode), []).append(c)
for k, v in res.items():
    print(
        k, "min %.3f med %.3f" % (min(v), sorted(v)[len(v) // 2]), " ".join("%.3f" % x for x in v)
    )
for mode in MODES:
    print(
        mode, "scaling cpu min", "%.2f" % (min(res[("2x1000", mode)]) / min(res[("2x250", mode)]))
    )
for mode in MODES[1:]:
    print(
        "20x200 saving %s (min): %.1f%%"
        % (mode, 100 * (1 - min(res[("20x200", mode)]) / min(res[("20x200", MODES[0])])))
    )
