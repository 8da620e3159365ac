"""The link kinds: one home for the vocabulary the engine produces and the app stores.

``coverage.models.PassageLink.Kind`` is built from :data:`CHOICES`, so adding a kind
here (and a migration there) is the whole change.
"""

from __future__ import annotations

__all__ = [
    "CHOICES",
    "DESCRIPTIONS",
    "EDITED",
    "KINDS",
    "LEXICAL_KINDS",
    "PARAPHRASE",
    "PARTIAL",
    "TRANSLATION",
    "VERBATIM",
]

VERBATIM = "verbatim"  # the same words after normalising case, quotes, dashes, spaces
EDITED = "edited"  # the same sentence with small changes: most words kept, in order
PARTIAL = "partial"  # one passage contains a substantial stretch of the other
PARAPHRASE = "paraphrase"  # the same claim in other words, same language
TRANSLATION = "translation"  # the same claim in another language

# Strongest first: the order readers and the coverage matrix rank kinds in.
KINDS: tuple[str, ...] = (VERBATIM, EDITED, PARTIAL, PARAPHRASE, TRANSLATION)
# Kinds decided from shared words (never across languages).
LEXICAL_KINDS: frozenset[str] = frozenset({VERBATIM, EDITED, PARTIAL})

CHOICES: tuple[tuple[str, str], ...] = (
    (VERBATIM, "Verbatim"),
    (EDITED, "Edited"),
    (PARTIAL, "Partial quote"),
    (PARAPHRASE, "Paraphrase"),
    (TRANSLATION, "Translation"),
)

# What each kind means, for readers (the method page).
DESCRIPTIONS: dict[str, str] = {
    VERBATIM: "The same words, ignoring capitals, quotation marks and spacing.",
    EDITED: "The same sentence with small changes: most of its words kept, in order.",
    PARTIAL: "One passage contains a substantial stretch of the other, "
    "as a quote inside a longer sentence.",
    PARAPHRASE: "The same claim in other words, in the same language.",
    TRANSLATION: "The same claim in another language.",
}
