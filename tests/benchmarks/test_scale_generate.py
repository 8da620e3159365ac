"""The scale run's generator: schema, shape of events, determinism (small N)."""

import datetime
import json
from collections import Counter, defaultdict

import pytest

from benchmarks.scale import generate
from mediacompare.alignment.segment import segment
from mediacompare.ingest.rows import FIELDS

KEYS = set(FIELDS)  # the generator writes exactly what import_coverage reads


@pytest.fixture(scope="module")
def lines():
    return list(generate.articles(count=200, events=10, seed=3))


def test_every_line_has_the_import_schema(lines):
    assert len(lines) == 200
    for line in lines:
        assert set(line) == KEYS
        datetime.date.fromisoformat(line["event_date"])
        assert datetime.datetime.fromisoformat(line["published_at"]).tzinfo is not None
        assert line["body"].strip() and line["title"].strip()
        assert len(line["title"]) <= 500
        assert line["url"].startswith("https://")


def test_each_event_has_one_primary_and_distinct_outlets(lines):
    by_event = defaultdict(list)
    for line in lines:
        by_event[line["event"]].append(line)
    assert len(by_event) == 10
    for articles in by_event.values():
        assert len(articles) == 20
        assert sum(a["is_primary"] for a in articles) == 1
        assert len({a["outlet"] for a in articles}) == len(articles)
        assert len({a["url"] for a in articles}) == len(articles)
        assert len({(a["event_title"], a["event_date"]) for a in articles}) == 1


def test_copies_reuse_the_primarys_sentences_verbatim_and_edited(lines):
    by_event = defaultdict(list)
    for line in lines:
        by_event[line["event"]].append(line)
    verbatim = edited_or_own = 0
    for articles in by_event.values():
        primary = next(a for a in articles if a["is_primary"])
        sentences = {p.text for p in segment(primary["body"])}
        for copy in articles:
            if copy["is_primary"] or copy["language"] != "en":
                continue
            for passage in segment(copy["body"]):
                if passage.text in sentences:
                    verbatim += 1
                else:
                    edited_or_own += 1
    assert verbatim > 100
    assert edited_or_own > 50


# The corpus beside the repository, and the demo's copy a clean clone falls back to
# (two files differ): the lengths hold with either.
@pytest.mark.parametrize("folder", generate.CORPUS_CANDIDATES)
def test_lengths_and_languages_are_realistic(folder):
    if not folder.is_dir():
        pytest.skip(f"no corpus at {folder}")
    lines = list(generate.articles(count=1000, events=50, seed=1, folder=folder))
    primaries = [len(segment(a["body"])) for a in lines if a["is_primary"]]
    assert min(primaries) >= 10 and max(primaries) <= 40
    languages = Counter(a["language"] for a in lines)
    assert {"en", "ru", "zh", "ar", "de", "it"} <= set(languages)
    assert 0.4 < languages["en"] / len(lines) < 0.8
    outlets = {a["outlet"] for a in lines}
    assert len(outlets) > 100
    outlet_language = {}
    for a in lines:
        assert outlet_language.setdefault(a["outlet"], a["language"]) == a["language"]


def test_the_same_seed_gives_the_same_file_and_another_seed_another(tmp_path):
    first, second, other = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert generate.write(first, count=60, events=3, seed=5) == 60
    generate.write(second, count=60, events=3, seed=5)
    generate.write(other, count=60, events=3, seed=6)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != other.read_bytes()
    assert all(json.loads(line) for line in first.read_text(encoding="utf-8").splitlines())


def test_uneven_counts_spread_over_events_and_never_exceed_articles():
    lines = list(generate.articles(count=7, events=3, seed=1))
    assert sorted(Counter(a["event"] for a in lines).values()) == [2, 2, 3]
    assert len({a["event"] for a in generate.articles(count=2, events=5)}) == 2
    with pytest.raises(ValueError):
        list(generate.articles(count=0, events=1))
