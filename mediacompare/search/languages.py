"""The languages search knows and the PostgreSQL text-search configuration of each
(the table is data: ``languages.json``)."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Notes are written in whatever language their author chose: words as written.
NOTE_CONFIG = "simple"
FALLBACK_CONFIG = "simple"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    config: str


@cache
def languages() -> dict[str, Language]:
    """Base language code → language, in the order of their English names."""
    data = json.loads((Path(__file__).with_name("languages.json")).read_text(encoding="utf-8"))
    items = [Language(**entry) for entry in data["languages"]]
    return {item.code: item for item in sorted(items, key=lambda item: item.name)}


def base_language(code: str) -> str:
    """The primary subtag of a BCP 47 code, lower case ("zh" for "zh-Hant")."""
    return code.split("-")[0].strip().lower()


def config_for(code: str) -> str:
    language = languages().get(base_language(code))
    return language.config if language else FALLBACK_CONFIG


def all_configs() -> list[str]:
    """Every configuration an index row may use."""
    return sorted({language.config for language in languages().values()} | {FALLBACK_CONFIG})
