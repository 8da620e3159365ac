"""How often the engine is right, as measured: the figures readers are shown.

Two sources, both written by :mod:`mediacompare.alignment.evaluate`, never by hand:

* the held-out source families of the training gold (``data/scorer.json``'s ``info``,
  written with every fit, ``--fit``);
* the spent blind sets (``data/accuracy.json``, ``--accuracy``): pairs labelled without
  seeing the engine's output, each run once after the engine was chosen and never
  fitted on -- the closest the project has to coverage the engine has never seen.
  ``tests/alignment/test_gold.py`` fails when the engine no longer scores them so.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from mediacompare.alignment.scorer import default_scorer

__all__ = ["ACCURACY_PATH", "blind_sets", "held_out_folds"]

ACCURACY_PATH = Path(__file__).resolve().parent / "data" / "accuracy.json"


@lru_cache(maxsize=1)
def blind_sets() -> dict[str, Any]:
    """``{"sets": {name: figures}, "all": figures}`` (see ``evaluate.published``)."""
    return json.loads(ACCURACY_PATH.read_text(encoding="utf-8"))


def held_out_folds() -> dict[str, Any]:
    """The shipped scorer's cross-validated figures on its training gold."""
    return dict(default_scorer().info.get("held_out_folds", {}))
