"""The issue-9 targets on the gold set, measured on held-out source families.

The gold is ``gold.json`` and the spent ``heldout3`` (``evaluate.GOLD_PATHS``): 46
pairs, 18 across languages.

The scorer is refitted without one source family (pairs sharing an article or a
wire service) and scored on it, for each family in turn (see
``mediacompare.alignment.evaluate``), so these figures are never the fit, and no
sentence judged was seen in fitting, as on an event the engine has never seen.

Targets the engine does not reach yet are marked ``xfail(strict=True)`` with the
figure measured when they were marked: the assertion still runs, and the day the
engine reaches the target the test fails as XPASS, so that the mark is removed.
"""

from __future__ import annotations

import json

import pytest

from mediacompare.alignment.evaluate import Report, cross_validate, load_gold


@pytest.fixture(scope="module")
def held_out() -> Report:
    report, _folds = cross_validate(load_gold())
    return report


@pytest.mark.xfail(strict=True, reason="held-out link F1 0.829 (target 0.90)")
def test_overall_link_f1(held_out: Report) -> None:
    assert held_out.links.f1 >= 0.90, held_out.format("held-out folds")


@pytest.mark.xfail(strict=True, reason="held-out paraphrase recall 0.670 (target 0.80)")
def test_paraphrase_recall(held_out: Report) -> None:
    assert held_out.kind_recall("paraphrase") >= 0.80, held_out.format("held-out folds")


@pytest.mark.xfail(strict=True, reason="held-out cross-language link F1 0.714 (target 0.80)")
def test_cross_language_link_f1(held_out: Report) -> None:
    gold_links = held_out.cross.tp + held_out.cross.fn
    assert gold_links > 0, "the gold set has no cross-language links"
    assert held_out.cross.f1 >= 0.80, held_out.format("held-out folds")


@pytest.mark.parametrize(
    "kind",
    ["verbatim", "edited", "partial"],
)
def test_precision_of_lexical_kinds(held_out: Report, kind: str) -> None:
    # The gold set has links of every kind, so each must be predicted.
    assert held_out.pred_kind.get(kind, [0, 0, 0])[2] > 0, held_out.format("held-out folds")
    assert held_out.pair_precision(kind) >= 0.95, held_out.format("held-out folds")
    assert held_out.kind_precision(kind) >= 0.95, held_out.format("held-out folds")


def test_the_figures_hold_at_least_where_they_were(held_out: Report) -> None:
    # A floor under the marked targets: a change that makes the engine worse fails here.
    # On the 46 pairs (gold.json + heldout3) the engine without the piece and weighted-name
    # evidence scored F1 0.789 (P 0.848), cross-language F1 0.667, paraphrase recall 0.723
    # at paraphrase precision 0.696; with it 0.821 (P 0.953), 0.682, and paraphrase recall
    # 0.673 at precision 0.923: the fitted threshold traded paraphrase recall for
    # precision (paraphrase F1 0.709 -> 0.779), so both are held.  The one-sided cover and
    # the split margin across languages (2026-12-03): F1 0.829 (P 0.939), cross-language
    # F1 0.714, paraphrase unchanged.
    assert held_out.links.f1 >= 0.80, held_out.format("held-out folds")
    assert held_out.links.precision >= 0.92, held_out.format("held-out folds")
    assert held_out.cross.f1 >= 0.70, held_out.format("held-out folds")
    assert held_out.kind_recall("paraphrase") >= 0.65, held_out.format("held-out folds")
    assert held_out.pair_precision("paraphrase") >= 0.90, held_out.format("held-out folds")
    for kind in ("verbatim", "edited", "partial"):
        assert held_out.pair_precision(kind) >= 0.95, (kind, held_out.format("held-out folds"))


def test_source_families_keep_copies_of_one_story_together() -> None:
    from mediacompare.alignment.evaluate import family_folds, source_families

    gold = load_gold()
    families = source_families(gold)
    family_of = {p.id: f for p, f in zip(gold.pairs, families, strict=True)}
    # Pairs sharing an article are one family, and so are copies of one wire service
    # that share no article (AFP copies 14/33 and 17/18).
    assert family_of["00-01"] == family_of["34-00"] == family_of["20-34"]
    assert family_of["14-33"] == family_of["17-18"] == family_of["44-15"]
    assert family_of["14-33"] != family_of["00-01"]
    folds = family_folds(gold)
    assert sorted(k for fold in folds for k in fold) == list(range(len(gold.pairs)))
    for fold in folds:
        held = {gold.pairs[k].ia for k in fold} | {gold.pairs[k].ib for k in fold}
        rest = [p for k, p in enumerate(gold.pairs) if k not in fold]
        assert not any(p.ia in held or p.ib in held for p in rest)


def test_a_held_out_gold_is_scored_with_the_shipped_scorer_only(capsys) -> None:
    from mediacompare.alignment.evaluate import main

    assert main(["--no-cv", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"shipped"}
    assert 0.0 < data["shipped"]["f1"] <= 1.0
    with pytest.raises(SystemExit):
        main(["--no-cv", "--fit"])


# The spent blind sets, each labelled without seeing the engine and run once (their
# READMEs give the measured figures): they now guard against regressions on pairs the
# scorer was never fitted on. Floors: (F1, cross-language F1, paraphrase recall), a
# little under what was measured (heldout4: 0.807 / 0.785 / 0.702; heldout5: 0.782 /
# 0.736 / 0.850; heldout6: 0.765 / 0.730 / 0.600; heldout7: 0.777 / 0.729 / 0.833).
# The engine of 2026-12-03 (part-of-passage evidence across languages): heldout4 0.819 /
# 0.796 / 0.702, heldout5 0.786 / 0.764 / 0.800, heldout6 0.774 / 0.757 / 0.600
# (heldout5's paraphrase recall 0.850 -> 0.800 comes with refitting the scorer on the
# corrected gold: main's engine refitted on it scores the same).  heldout8, run once on
# that engine: 0.667 / 0.692 / 0.458; heldout9, run once on 2026-12-04 on the engine of
# stop 20 (the same links): 0.624 / 0.611 / 0.586 (the hardest set so far); heldout10, the
# last untouched set, run once on 2026-12-05 on that engine: 0.784 / 0.746 / 0.600 (its
# floor one paraphrase link under, 14 of 25; their READMEs).
SPENT_BLIND_SETS = {
    "heldout4": (0.80, 0.78, 0.70),
    "heldout5": (0.76, 0.74, 0.78),
    "heldout6": (0.75, 0.73, 0.55),
    "heldout7": (0.76, 0.71, 0.80),
    "heldout8": (0.66, 0.68, 0.45),
    "heldout9": (0.62, 0.61, 0.58),
    "heldout10": (0.77, 0.73, 0.56),
}


def test_the_spent_blind_sets_are_the_published_ones() -> None:
    from mediacompare.alignment.accuracy import blind_sets
    from mediacompare.alignment.evaluate import BLIND_SETS

    assert set(SPENT_BLIND_SETS) == set(BLIND_SETS) == set(blind_sets()["sets"])
    total = blind_sets()["all"]
    assert total["pairs"] == sum(s["pairs"] for s in blind_sets()["sets"].values())
    assert total["links"] == sum(s["links"] for s in blind_sets()["sets"].values())
    # The same pairs split by language, for readers of a comparison across languages.
    same, cross = blind_sets()["by_languages"]["same"], blind_sets()["by_languages"]["cross"]
    assert same["pairs"] + cross["pairs"] == total["pairs"]
    assert cross["pairs"] == cross["cross_language_pairs"] == total["cross_language_pairs"]
    assert same["links"] + cross["links"] == total["links"]
    assert cross["f1"] == total["cross_language_f1"]


@pytest.mark.parametrize("name", sorted(SPENT_BLIND_SETS))
def test_a_spent_blind_set_holds_where_it_was_measured(name) -> None:
    from mediacompare.alignment.accuracy import blind_sets
    from mediacompare.alignment.evaluate import GOLD_DIR, evaluate, load_gold, published

    f1, cross_f1, paraphrase_recall = SPENT_BLIND_SETS[name]
    gold = load_gold(GOLD_DIR / name / f"{name}.json")
    report = evaluate(gold=gold)
    measured = published(report, len(gold.pairs), sum(p.cross for p in gold.pairs))
    assert measured["f1"] >= f1
    assert measured["cross_language_f1"] >= cross_f1
    assert measured["paraphrase_recall"] >= paraphrase_recall
    # What the method page tells readers is what the engine scores now: after a change
    # to the engine, rerun `python -m mediacompare.alignment.evaluate --accuracy`.  Within
    # a link or two, not exactly: float sums in the embedding can differ in the last bit
    # with the BLAS and the batch shapes of the process (one borderline link of heldout8
    # came and went with the tests run before it), and a one-link change is not news.
    assert measured == pytest.approx(blind_sets()["sets"][name], abs=0.015)


def test_accuracy_writes_what_the_method_page_publishes(tmp_path, monkeypatch, capsys) -> None:
    from mediacompare.alignment import evaluate
    from mediacompare.alignment.accuracy import blind_sets

    written = tmp_path / "accuracy.json"
    monkeypatch.setattr(evaluate, "ACCURACY_PATH", written)
    assert evaluate.main(["--accuracy", "--json"]) == 0
    assert json.loads(written.read_text(encoding="utf-8")) == blind_sets()
    assert json.loads(capsys.readouterr().out) == blind_sets()["all"]
    with pytest.raises(SystemExit):
        evaluate.main(["--accuracy", "--no-cv"])
