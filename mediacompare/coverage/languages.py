"""The languages articles and outlets are written in: one vocabulary of BCP 47 codes.

The table is data (``languages.tsv`` beside this module): a code, its English name, and
the other spellings that mean it. This module reads it once and is the only place that
knows it: the model field, the admin's choices, the validation messages, the data
migration from free text, and ``base_language`` (what the alignment engine compares).

Adding a language is one line in the table; no migration is needed, because the field
leaves its choices out of migrations (see :class:`LanguageField`).
"""

import re
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import models

__all__ = [
    "NAMES",
    "Language",
    "LanguageField",
    "base_language",
    "canonical_case",
    "code_for",
    "direction",
    "language_name",
    "language_problem",
]

_TABLE = Path(__file__).with_name("languages.tsv")

# Well-formed enough to be a BCP 47 tag: a 2-8 letter language (or x-/i- for private use
# and grandfathered tags), then subtags of 1-8 letters or digits.
_WELL_FORMED = re.compile(r"(?:[a-z]{2,8}|[xi])(?:-[a-z0-9]{1,8})*", re.IGNORECASE)


def _read_table() -> tuple[dict[str, str], dict[str, str]]:
    """Codes with their names, and every lower-cased spelling with the code it means."""
    names: dict[str, str] = {}
    spellings: dict[str, str] = {}
    for number, line in enumerate(_TABLE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        code, name, aliases = (line.split("\t") + [""])[:3]
        names[code] = name
        for spelling in [code, name, *aliases.split("|")]:
            key = spelling.strip().casefold()
            if not key:
                continue
            if spellings.setdefault(key, code) != code:
                raise ValueError(
                    f"{_TABLE.name}:{number}: “{spelling}” means both "
                    f"{spellings[key]} and {code}; an alias may name one language only."
                )
    return names, spellings


NAMES, _SPELLINGS = _read_table()

# Stored values as Django choices, in the table's order (by code); LanguageField sorts
# them by name for people.
Language = models.TextChoices(
    "Language",
    [(code.upper().replace("-", "_"), (code, name)) for code, name in NAMES.items()],
)


def language_name(code: str) -> str:
    """The English name of a listed code ("zh-Hant" gives "Chinese (Traditional)")."""
    return NAMES.get(code, code)


def base_language(code: str) -> str:
    """The language without script or region ("zh" for "zh-Hant"): what alignment compares."""
    return code.split("-")[0].lower()


# Languages written right to left (in the script the table means by their code):
# Arabic, Persian, Hebrew, Pashto, Uyghur, Urdu. Kurdish ("ku", Kurmanji) is written in
# Latin letters.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ps", "ug", "ur"})


def direction(code: str) -> str:
    """How text in ``code`` runs, for HTML's ``dir``: "rtl" for Arabic, else "ltr"."""
    return "rtl" if base_language(code) in RIGHT_TO_LEFT else "ltr"


def canonical_case(tag: str) -> str:
    """A tag in BCP 47's conventional case: "ZH-hant-tw" gives "zh-Hant-TW".

    Case carries no meaning in BCP 47, so this changes how a tag is written, never
    which language it names.
    """
    subtags = tag.split("-")
    result = [subtags[0].lower()]
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            result.append(subtag.title())
        elif len(subtag) == 2 and subtag.isalpha():
            result.append(subtag.upper())
        else:
            result.append(subtag.lower())
    return "-".join(result)


def code_for(text: str) -> str | None:
    """The listed code a free-text language value means, or None if it is not clear.

    Accepts a code in any case, a name or native name ("English", "Русский"), an
    ISO 639-2/3 code ("eng"), a legacy tag ("zh-TW", "iw"), and a listed code with
    region or variant subtags, which are dropped ("en-GB" gives "en", "zh-Hant-HK"
    gives "zh-Hant"). For imports and the migration from free text.
    """
    value = " ".join(text.split())
    if not value:
        return None
    if code := _SPELLINGS.get(value.casefold()):
        return code
    tag = value.replace("_", "-")
    if code := _SPELLINGS.get(tag.casefold()):
        return code
    if not _WELL_FORMED.fullmatch(tag):
        return None
    subtags = canonical_case(tag).split("-")
    # Keep the language and its script, if the second subtag is one; drop the rest.
    has_script = len(subtags) > 1 and len(subtags[1]) == 4 and subtags[1].isalpha()
    candidate = "-".join(subtags[:2] if has_script else subtags[:1])
    return candidate if candidate in NAMES else None


def language_problem(value: str) -> str | None:
    """Why ``value`` is not a listed language code, in words an editor can act on."""
    if value in NAMES:
        return None
    if (code := code_for(value)) is not None:
        return f"“{value}” is not a language code here: use “{code}” ({NAMES[code]})."
    if not _WELL_FORMED.fullmatch(value):
        return (
            f"“{value}” is not a BCP 47 language code. Choose one of the listed languages "
            "(codes such as “en”, “zh-Hans” or “ru”)."
        )
    return (
        f"“{value}” is a well-formed code, but not one of the languages mediacompare "
        "lists. Choose a listed language, or ask a developer to add it to "
        "coverage/languages.tsv."
    )


class LanguageField(models.CharField):
    """A language as a listed BCP 47 code, validated by the model (so for every writer).

    Choices come from the vocabulary at run time and are left out of migrations, so
    that adding a language to the table needs no migration; the stored column is a
    plain ``varchar``.
    """

    description = "A language, as a BCP 47 code from coverage/languages.tsv"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs["choices"] = sorted(Language.choices, key=lambda choice: choice[1])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices", None)
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        if isinstance(value, str):
            value = value.strip()
            # "EN" and "zh-hans" are the same tags as "en" and "zh-Hans": store them so.
            if canonical_case(value) in NAMES:
                return canonical_case(value)
        return value

    def validate(self, value, model_instance):
        # Before the choices check, whose message ("not a valid choice") says nothing useful.
        if value not in self.empty_values and (problem := language_problem(value)):
            raise ValidationError(problem, code="unknown_language")
        super().validate(value, model_instance)

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        # Names first, so that typing in the select finds a language; then the code.
        field.choices = [
            (code, f"{label} ({code})" if code else label) for code, label in field.choices
        ]
        return field
