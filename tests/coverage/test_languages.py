import json

import pytest
from django.core.exceptions import ValidationError

from mediacompare.coverage import languages
from mediacompare.coverage.demo import DEMO_DIR
from mediacompare.coverage.languages import (
    NAMES,
    Language,
    LanguageField,
    base_language,
    canonical_case,
    code_for,
    direction,
    language_problem,
)

# The languages of the shared corpus (its MANIFEST and headers: ar, de, en, hy, it, ko, ru,
# and zh written in Simplified and Traditional characters), and the major news languages.
CORPUS = ["ar", "de", "en", "hy", "it", "ko", "ru", "zh", "zh-Hans", "zh-Hant"]
NEWS = ["es", "fr", "ja", "pt", "hi", "ur", "fa", "tr", "uk", "id", "vi", "he", "pl", "nl"]


def test_the_corpus_and_the_major_news_languages_are_listed():
    assert set(CORPUS + NEWS) <= set(NAMES)
    assert NAMES["zh-Hans"] == "Chinese (Simplified)"
    assert NAMES["zh-Hant"] == "Chinese (Traditional)"
    assert NAMES["hy"] == "Armenian"


def test_every_listed_code_is_a_well_formed_tag_in_conventional_case():
    for code in NAMES:
        assert canonical_case(code) == code
        assert language_problem(code) is None


def test_names_are_unique():
    assert len(set(NAMES.values())) == len(NAMES)


def test_the_demo_uses_listed_codes():
    data = json.loads((DEMO_DIR / "event1.json").read_text(encoding="utf-8"))
    used = {entry["language"] for entry in data["outlets"] + data["articles"]}
    assert used <= set(NAMES)


def test_choices_are_the_vocabulary():
    assert Language("zh-Hant").label == "Chinese (Traditional)"
    assert Language.ZH_HANS == "zh-Hans"
    assert dict(Language.choices) == NAMES


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("English", "en"),
        ("  english ", "en"),
        ("eng", "en"),
        ("Русский", "ru"),
        ("Deutsch", "de"),
        ("中文", "zh"),
        ("Chinese (Simplified)", "zh-Hans"),
        ("Traditional Chinese", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh_TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("en-GB", "en"),
        ("pt-BR", "pt"),
        ("sr-Latn-RS", "sr-Latn"),
        ("iw", "he"),
        ("Farsi", "fa"),
        ("Armenian", "hy"),
    ],
)
def test_free_text_maps_to_a_code_when_it_is_clear(text, code):
    assert code_for(text) == code


@pytest.mark.parametrize(
    "text", ["", "   ", "xx", "xx-!!", "English/Russian", "en, ru", "ru-Cyrl", "Klingon", "zz-Hant"]
)
def test_free_text_that_is_not_clear_maps_to_nothing(text):
    assert code_for(text) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("English", "“English” is not a language code here: use “en” (English)."),
        ("zh-TW", "“zh-TW” is not a language code here: use “zh-Hant” (Chinese (Traditional))."),
        (
            "xx-!!",
            "“xx-!!” is not a BCP 47 language code. Choose one of the listed languages "
            "(codes such as “en”, “zh-Hans” or “ru”).",
        ),
        (
            "tlh",
            "“tlh” is a well-formed code, but not one of the languages mediacompare lists. "
            "Choose a listed language, or ask a developer to add it to coverage/languages.tsv.",
        ),
    ],
)
def test_problems_are_explained_in_words_an_editor_can_act_on(value, message):
    assert language_problem(value) == message


def test_arabic_persian_hebrew_pashto_uyghur_and_urdu_are_written_right_to_left():
    rtl = [code for code in NAMES if direction(code) == "rtl"]
    assert rtl == ["ar", "fa", "he", "ps", "ug", "ur"]
    assert [direction(code) for code in ["en", "zh-Hant", "hy", "ku", "ru"]] == ["ltr"] * 5


def test_base_language_drops_script_and_region():
    assert [base_language(code) for code in ["zh-Hant", "sr-Latn", "en", "ZH-HANS"]] == [
        "zh",
        "sr",
        "en",
        "zh",
    ]


def test_the_field_validates_canonicalises_and_offers_names():
    field = LanguageField()
    assert field.clean("zh-hant", None) == "zh-Hant"
    with pytest.raises(ValidationError) as refused:
        field.clean("English", None)
    assert refused.value.messages == ["“English” is not a language code here: use “en” (English)."]
    choices = dict(field.formfield().choices)
    assert choices["zh-Hant"] == "Chinese (Traditional) (zh-Hant)"
    assert "" in choices
    names = [NAMES[code] for code, _label in field.formfield().choices if code]
    assert names == sorted(names)


def test_adding_a_language_needs_no_migration():
    _name, _path, _args, kwargs = LanguageField(help_text="x").deconstruct()
    assert "choices" not in kwargs


def test_an_alias_naming_two_languages_is_refused(tmp_path, monkeypatch):
    table = tmp_path / "languages.tsv"
    table.write_text("en\tEnglish\teng\nde\tGerman\teng\n", encoding="utf-8")
    monkeypatch.setattr(languages, "_TABLE", table)
    with pytest.raises(ValueError, match="“eng” means both en and de"):
        languages._read_table()
