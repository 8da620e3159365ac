"""The issue-9 targets on the gold set, measured on held-out cross-validation folds.

The scorer is refitted on k-1 folds and scored on the k-th (see
``mediacompare.alignment.evaluate``), so these figures are never the fit.
"""

from __future__ import annotations

import pytest

from mediacompare.alignment.evaluate import Report, cross_validate, load_gold

LEXICAL = ("verbatim", "edited", "partial")


@pytest.fixture(scope="module")
def held_out() -> Report:
    report, _folds = cross_validate(load_gold())
    return report


def test_overall_link_f1(held_out: Report) -> None:
    assert held_out.links.f1 >= 0.90, held_out.format("held-out folds")


def test_paraphrase_recall(held_out: Report) -> None:
    assert held_out.kind_recall("paraphrase") >= 0.80, held_out.format("held-out folds")


def test_cross_language_link_f1(held_out: Report) -> None:
    gold_links = held_out.cross.tp + held_out.cross.fn
    assert gold_links > 0, "the gold set has no cross-language links"
    assert held_out.cross.f1 >= 0.80, held_out.format("held-out folds")


@pytest.mark.parametrize("kind", LEXICAL)
def test_precision_of_lexical_kinds(held_out: Report, kind: str) -> None:
    # The gold set has links of every kind, so each must be predicted.
    assert held_out.pred_kind.get(kind, [0, 0, 0])[2] > 0, held_out.format("held-out folds")
    assert held_out.pair_precision(kind) >= 0.95, held_out.format("held-out folds")
    assert held_out.kind_precision(kind) >= 0.95, held_out.format("held-out folds")
