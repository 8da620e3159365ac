"""What the method page shows: how links are made, and how often they are right."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from mediacompare.alignment import accuracy, embed, kinds
from mediacompare.coverage.languages import language_name


@dataclass(frozen=True)
class Figures:
    """One measurement, in whole percent for readers; None where it counts nothing (no
    translation within one language, no copy across two)."""

    name: str
    pairs: int
    cross_language_pairs: int
    links: int
    precision: int
    recall: int
    copy_recall: int | None
    paraphrase_recall: int | None
    translation_recall: int | None
    cross_language_f1: int | None
    unmatched_precision: int
    unmatched_recall: int

    @classmethod
    def of(cls, name: str, measured: dict[str, Any]) -> Figures:
        """``measured`` as ``evaluate.published`` writes it: counts kept, rates in percent."""
        counts = {"pairs", "cross_language_pairs", "links"}

        def value(key: str) -> int | None:
            if key in counts:
                return measured[key]
            return round(100 * measured[key]) if key in measured else None

        return cls(name=name, **{f.name: value(f.name) for f in fields(cls) if f.name != "name"})

    @property
    def unmatched_wrong(self) -> int:
        """Of the passages shown with no counterpart, the percent that do have one."""
        return 100 - self.unmatched_precision


@dataclass(frozen=True)
class LanguageAccuracy:
    """The blind sets' figures split by whether a pair's articles share a language."""

    same: Figures
    cross: Figures


def language_accuracy() -> LanguageAccuracy | None:
    """What a reader comparing articles in two languages is told (None if the published
    figures predate the split)."""
    split = accuracy.blind_sets().get("by_languages")
    if not split:
        return None
    return LanguageAccuracy(
        same=Figures.of("same", split["same"]), cross=Figures.of("cross", split["cross"])
    )


@dataclass(frozen=True)
class Method:
    kinds: list[tuple[str, str, str]]
    languages: list[str]
    blind: Figures
    blind_sets: list[Figures]
    by_languages: LanguageAccuracy | None
    training: dict[str, int]


def method() -> Method:
    """The link kinds (value, label, what it means), the languages meaning is compared
    across, and the measured accuracy: on the spent blind sets (all together, then each)
    and on the training gold's held-out folds (``mediacompare.alignment.accuracy``)."""
    published = accuracy.blind_sets()
    folds = accuracy.held_out_folds()
    return Method(
        kinds=[(value, label, kinds.DESCRIPTIONS[value]) for value, label in kinds.CHOICES],
        languages=sorted(language_name(code) for code in embed.SUPPORTED_LANGUAGES),
        blind=Figures.of("all", published["all"]),
        blind_sets=[Figures.of(name, figures) for name, figures in published["sets"].items()],
        by_languages=language_accuracy(),
        training={
            key: round(100 * folds[key])
            for key in ("precision", "recall", "cross_language_f1", "paraphrase_recall")
            if key in folds
        },
    )
