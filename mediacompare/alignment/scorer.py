"""The fitted scorer: does a candidate pair of passages make the same claim?

A logistic regression over a few features of the pair (see :data:`FEATURES`
and :mod:`mediacompare.alignment.engine`), standardised, fitted on the
hand-labelled gold set with cross-validation by ``python -m
mediacompare.alignment.evaluate --fit``.  The fitted numbers live in
``data/scorer.json`` with how they were obtained; nothing here is tuned by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["FEATURES", "SCORER_PATH", "Model", "Scorer", "default_scorer", "fit", "fit_model"]

# What each feature measures (all computed for a candidate pair (a, b)):
FEATURES: tuple[str, ...] = (
    "cos",  # cosine of the two sentence embeddings
    "margin",  # cos / mean cos of each side's 3 nearest neighbours (ratio margin)
    "clause_cos",  # best cosine of a clause of one with the other whole, either way
    "clause_margin",  # the ratio margin of clause_cos
    "diagonal",  # clause_margin of the pair before or after in both articles, the larger
    "rank",  # log2(1 + rank of b among a's partners) + the same from b's side (0: mutual best)
    "dice",  # IDF-weighted content-stem overlap (event-wide IDF)
    "containment",  # share of the smaller side's content weight that is shared
    "order",  # word-sequence similarity (same language only)
    "numbers_shared",  # share of numbers and dates in common, when both have some
    "numbers_conflict",  # both have numbers, none in common
    "names_shared",  # share of names in common, when both have some
    "names_conflict",  # both name someone, nobody in common
    "length_gap",  # |log| of the ratio of the two lengths
    "cross_language",  # the two passages are in different languages
    # Who says what, and the claim rather than its frame:
    "piece_margin",  # ratio margin (k=3) of the best pair of pieces (whole or clause), either way
    "piece_cover",  # each piece's best counterpart in the other, the worst one's cos: of both
    # sides within one language, of the better covered side across languages
    "names_weighted",  # names in common weighted by rarity in the event (IDF), when both have some
    # A claim said in two neighbouring sentences of one article and one of the other:
    "split_margin",  # across languages: ratio margin against two neighbours taken together
)

SCORER_PATH = Path(__file__).resolve().parent / "data" / "scorer.json"


@dataclass(frozen=True)
class Model:
    """One logistic regression: standardisation, weights, bias, decision threshold."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float = 0.5

    def probability(self, x: np.ndarray) -> np.ndarray:
        if len(x) == 0:
            return np.zeros(0)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "weights": [round(float(v), 6) for v in self.weights],
            "bias": round(float(self.bias), 6),
            "threshold": round(float(self.threshold), 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(
            np.asarray(data["mean"], dtype=float),
            np.asarray(data["scale"], dtype=float),
            np.asarray(data["weights"], dtype=float),
            float(data["bias"]),
            float(data["threshold"]),
        )


@dataclass(frozen=True)
class Scorer:
    """Two models: pairs of passages in one language, and across languages (where
    shared words and names are rare and the embeddings carry the evidence)."""

    same: Model
    cross: Model
    features: tuple[str, ...] = FEATURES
    info: dict[str, Any] = field(default_factory=dict, compare=False)

    def model(self, cross_language: bool) -> Model:
        return self.cross if cross_language else self.same

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "same_language": self.same.to_dict(),
            "cross_language": self.cross.to_dict(),
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scorer:
        features = tuple(data["features"])
        if features != FEATURES:
            raise ValueError(
                f"scorer was fitted on features {features}, the engine computes {FEATURES}: "
                "refit it (python -m mediacompare.alignment.evaluate --fit)"
            )
        return cls(
            Model.from_dict(data["same_language"]),
            Model.from_dict(data["cross_language"]),
            features,
            data.get("info", {}),
        )

    def save(self, path: Path = SCORER_PATH) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The shipped scorer (``data/scorer.json``)."""
    return Scorer.from_dict(json.loads(SCORER_PATH.read_text(encoding="utf-8")))


# Regularisation strengths tried, and inner folds used to choose one and the threshold.
L2_GRID = (0.1, 1.0, 10.0)
INNER_FOLDS = 4


def fit(
    x: np.ndarray,
    y: np.ndarray,
    *,
    groups: np.ndarray | None = None,
    l2: float | None = None,
    info: dict[str, Any] | None = None,
) -> Scorer:
    """Fit the same-language and the cross-language model on their rows (the
    ``cross_language`` feature tells them apart).

    With ``groups`` (which gold pair each row comes from), the L2 strength (from
    ``L2_GRID`` unless given) and the decision threshold are chosen on
    out-of-fold probabilities of ``INNER_FOLDS`` folds of groups, so that neither
    is picked on the rows it is judged on; without, ``l2`` (default 1) is used and
    the threshold is the one that maximises F1 on the training rows.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    cross = x[:, FEATURES.index("cross_language")] > 0
    models = []
    for part in (~cross, cross):
        if groups is None:
            models.append(fit_model(x[part], y[part], l2=1.0 if l2 is None else l2))
        else:
            grid = L2_GRID if l2 is None else (l2,)
            models.append(_fit_selected(x[part], y[part], np.asarray(groups)[part], grid))
    return Scorer(models[0], models[1], FEATURES, info or {})


def _best_threshold(probability: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(F1, threshold) of the threshold that maximises F1."""
    best = (0.0, 0.5)
    for threshold in np.linspace(0.2, 0.95, 76):
        predicted = probability >= threshold
        tp = float((predicted & (y > 0)).sum())
        f1 = 2 * tp / max(predicted.sum() + y.sum(), 1.0)
        if f1 > best[0] + 1e-12:
            best = (f1, float(threshold))
    return best


def _fit_selected(x: np.ndarray, y: np.ndarray, groups: np.ndarray, grid) -> Model:
    unique = sorted(set(groups.tolist()))
    if len(unique) < 2 or len(y) == 0 or y.min() == y.max():
        return fit_model(x, y, l2=grid[0])
    folds = [
        unique[k :: min(INNER_FOLDS, len(unique))] for k in range(min(INNER_FOLDS, len(unique)))
    ]
    best = (-1.0, grid[0], 0.5)
    for l2 in grid:
        out_of_fold = np.zeros(len(y))
        for fold in folds:
            held = np.isin(groups, fold)
            model = fit_model(x[~held], y[~held], l2=l2, threshold=0.5)
            out_of_fold[held] = model.probability(x[held])
        f1, threshold = _best_threshold(out_of_fold, y)
        if f1 > best[0] + 1e-12:
            best = (f1, l2, threshold)
    return fit_model(x, y, l2=best[1], threshold=best[2])


def fit_model(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, threshold: float | None = None
) -> Model:
    """L2-regularised logistic regression by Newton's method, classes balanced;
    the threshold, unless given, is the one that maximises F1 on the training rows."""
    if len(y) == 0 or y.min() == y.max():
        # Nothing to learn from: a model that links nothing.
        d = x.shape[1]
        return Model(np.zeros(d), np.ones(d), np.zeros(d), -30.0, 0.5)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    n, d = z.shape
    positives = y.sum()
    negatives = n - positives
    # Balanced: both classes weigh the same in total.
    sample = np.where(y > 0, n / (2 * positives), n / (2 * negatives))
    design = np.hstack([z, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0  # the intercept is not shrunk
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (sample * (p - y)) + penalty * beta
        hessian = (design * (sample * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian + 1e-9 * np.eye(d + 1), gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    model = Model(mean, scale, beta[:-1], float(beta[-1]), 0.5)
    if threshold is None:
        _f1, threshold = _best_threshold(model.probability(x), y)
    return Model(mean, scale, beta[:-1], float(beta[-1]), threshold)
