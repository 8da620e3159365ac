"""speed9: paired bootstrap F1 difference (whole - full), overall and cross-language pairs."""
# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031

import json
import sys

sys.path.insert(0, "tests/alignment/gold/tools")
import bridges
from cv_experiments import paired

from mediacompare.alignment import evaluate as ev

a = json.load(open(sys.argv[1]))
b = json.load(open(sys.argv[2]))
paths = {"record": ev.GOLD_PATHS, "sets": [p for _, p in bridges.SET_FILES]}
for protocol in a:
    gold = ev.load_gold(paths[protocol])
    cross = {str(k) for k, p in enumerate(gold.pairs) if p.cross}
    base, new = a[protocol]["base"], b[protocol]["base"]
    for label, keys in (("all", set(base)), ("cross", cross)):
        f0, f1, d, se = paired({k: base[k] for k in keys}, {k: new[k] for k in keys})
        print(
            f"{protocol} {label} (n {len(keys)}): F1 {f0:.3f} -> {f1:.3f}, diff {d:+.3f} (paired SE {se:.3f}) {'OK' if d >= -se else 'FAIL'}"
        )
