import numpy as np
# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031

from mediacompare.alignment import engine
from mediacompare.alignment import evaluate as ev
from mediacompare.alignment.scorer import FEATURES

gold = ev.load_gold(ev.GOLD_PATHS)
rows = {}
for mode in ("full", "whole", "mixed", "nocc"):
    engine.PIECE_MODE = mode
    rows[mode] = np.vstack(
        [engine.pair_candidates(gold.state, p.ia, p.ib).features for p in gold.pairs]
    )
for mode in ("whole", "mixed", "nocc"):
    d = np.abs(rows[mode] - rows["full"]).max(axis=0)
    print(mode, {f: round(float(x), 4) for f, x in zip(FEATURES, d) if x > 1e-6})
    pm = FEATURES.index("piece_margin")
    print(
        "  piece_margin corr %.4f mean full %.3f mode %.3f"
        % (
            np.corrcoef(rows[mode][:, pm], rows["full"][:, pm])[0, 1],
            rows["full"][:, pm].mean(),
            rows[mode][:, pm].mean(),
        )
    )
