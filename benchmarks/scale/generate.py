"""Synthetic coverage for the scale run: N articles in E events, as JSON Lines.

One line per article, in the bulk import's schema (``manage.py import_coverage``):
``event`` (slug), ``event_title``, ``event_date``, ``outlet`` (slug), ``outlet_name``,
``outlet_country``, ``title``, ``url``, ``published_at``, ``language``, ``body``,
``byline``, ``is_primary``, ``is_excerpt``.

The sentences are the corpus's (``shared/corpus/event1``, read with the corpus
format's reader and split with the engine's segmenter), so lengths, scripts and
punctuation are real news text. Each event is built the way wire stories spread:

* a primary source in English: 10 to 40 passages (most 12 to 25) drawn from the
  English sentences, a few words replaced by the event's own invented names and by
  words of a Zipf-distributed invented vocabulary (so that events differ and search
  meets rare words as well as common ones);
* English copies of it: each of the primary's sentences kept verbatim, edited (words
  dropped, swapped or replaced), or left out; paragraphs sometimes reordered; some
  sentences of their own; a share are excerpts (the first part only);
* articles in other languages (Russian, Chinese, Traditional Chinese, Arabic, German,
  Italian, Korean, Armenian), built from the corpus's sentences in that language, which
  report the same event as the English ones: the engine finds translation links
  between them and the primary by meaning, and records Armenian as not compared.

Outlets (a few hundred, each with one language and country) write at most one
article per event; events are spread over ten years, articles over the three days
after their event. Seeded: the same arguments give the same file, byte for byte.

    python benchmarks/scale/generate.py --articles 100000 --events 5000 -o var/scale/articles.jsonl
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mediacompare.alignment import corpus  # noqa: E402
from mediacompare.alignment.segment import segment  # noqa: E402

CORPUS_CANDIDATES = [
    ROOT.parent / "shared" / "corpus" / "event1",
    ROOT / "mediacompare" / "coverage" / "demo" / "event1",
]
# Share of the non-primary articles per language. English copies dominate wire
# coverage; the others are the corpus's languages.
LANGUAGE_WEIGHTS = {
    "en": 60,
    "ru": 8,
    "zh": 8,
    "zh-Hant": 5,
    "ar": 7,
    "de": 4,
    "it": 4,
    "ko": 2,
    "hy": 2,
}
COUNTRIES = {
    "en": ["United States", "United Kingdom", "India", "Pakistan", "Australia", "Canada"],
    "ru": ["Russia", "Belarus", "Kazakhstan"],
    "zh": ["China", "Singapore"],
    "zh-Hant": ["Taiwan", "Hong Kong"],
    "ar": ["Egypt", "Lebanon", "Saudi Arabia", "Tunisia", "United Arab Emirates"],
    "de": ["Germany", "Austria", "Switzerland"],
    "it": ["Italy"],
    "ko": ["South Korea"],
    "hy": ["Armenia"],
}
OUTLETS = 300
PASSAGES = (10, 40)
PASSAGES_MODE = 16
VOCABULARY = 20_000
FIRST_DAY = datetime.date(2015, 1, 1)
DAYS = 3650
BYLINES = [
    "Anna Keller",
    "Li Wei",
    "Olga Petrova",
    "Omar Haddad",
    "James Carter",
    "Giulia Romano",
    "Kim Min-jun",
    "Sara Lindqvist",
]
# What a copy does with each of the primary's sentences.
VERBATIM, EDITED = 0.45, 0.75  # cumulative: 45% verbatim, 30% edited, the rest left out
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Outlet:
    slug: str
    name: str
    country: str
    language: str


def corpus_sentences(folder: Path) -> dict[str, list[str]]:
    """The corpus's passages (no datelines or bylines), by the language in each
    file's name (``…_zh-Hant.txt``)."""
    pools: dict[str, list[str]] = defaultdict(list)
    for path in sorted(folder.glob("*.txt")):
        language = path.stem.rsplit("_", 1)[-1]
        body = corpus.read(path).body
        for passage in segment(body):
            if not passage.is_boilerplate and len(passage.text) >= 15:
                pools[language].append(passage.text)
    return dict(pools)


def invented_words(rng: random.Random, count: int) -> list[str]:
    """Pronounceable words no corpus text has: the vocabulary's long tail."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables)))
    return sorted(words)


class Generator:
    """Builds the articles of one event at a time from one seeded random source."""

    def __init__(self, *, seed: int, folder: Path, outlets: int = OUTLETS):
        self.rng = random.Random(seed)
        self.pools = corpus_sentences(folder)
        if not self.pools.get("en"):
            raise ValueError(f"{folder}: no English corpus sentences")
        self.languages = [lang for lang in LANGUAGE_WEIGHTS if self.pools.get(lang)]
        self.weights = [LANGUAGE_WEIGHTS[lang] for lang in self.languages]
        self.vocabulary = invented_words(self.rng, VOCABULARY)
        self.outlets = self._outlets(outlets)
        self.by_language: dict[str, list[Outlet]] = defaultdict(list)
        for outlet in self.outlets:
            self.by_language[outlet.language].append(outlet)

    def _outlets(self, count: int) -> list[Outlet]:
        # Every language has outlets in proportion to its weight (at least 3).
        total = sum(self.weights)
        outlets = []
        for language, weight in zip(self.languages, self.weights, strict=True):
            for k in range(max(3, round(count * weight / total))):
                name = f"{self.vocabulary[len(outlets) * 7 % VOCABULARY].title()} {language} {k}"
                outlets.append(
                    Outlet(
                        slug=f"scale-{language.lower()}-{k}",
                        name=f"{name} News",
                        country=self.rng.choice(COUNTRIES.get(language, ["Nowhere"])),
                        language=language,
                    )
                )
        return outlets

    def zipf_word(self) -> str:
        # Rank r with probability ~ 1/r: a few words everywhere, most words rare.
        return self.vocabulary[min(int(VOCABULARY ** self.rng.random()) - 1, VOCABULARY - 1)]

    def edited(self, sentence: str, names: list[str]) -> str:
        """A sentence with a word or two dropped, swapped or replaced (characters
        replaced in CJK text)."""
        rng = self.rng
        if _CJK.search(sentence):
            chars = list(sentence)
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(chars))
                chars[k] = rng.choice(sentence)
            return "".join(chars)
        words = sentence.split()
        if len(words) < 4:
            return sentence
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            k = rng.randrange(len(words) - 1)
            if roll < 0.35:
                del words[k]
            elif roll < 0.6:
                words[k], words[k + 1] = words[k + 1], words[k]
            elif roll < 0.8:
                words[k] = self.zipf_word()
            else:
                words[k] = rng.choice(names)
        return " ".join(words)

    def length(self) -> int:
        return round(self.rng.triangular(PASSAGES[0], PASSAGES[1], PASSAGES_MODE))

    def primary_sentences(self, names: list[str]) -> list[str]:
        rng = self.rng
        pool = self.pools["en"]
        sentences = []
        for sentence in rng.sample(pool, min(self.length(), len(pool))):
            words = sentence.split()
            # The event's own names and the vocabulary's long tail, in some sentences.
            if len(words) > 4 and rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(names)
            if len(words) > 4 and rng.random() < 0.5:
                words[rng.randrange(len(words))] = self.zipf_word()
            sentences.append(" ".join(words))
        # A pool passage without its full stop runs into the next one when the
        # article is split again: top up until the primary has its minimum.
        while len(segment(" ".join(sentences))) < PASSAGES[0]:
            sentences.append(rng.choice(pool))
        return sentences

    def copy_sentences(self, primary: list[str], names: list[str]) -> tuple[list[str], bool]:
        """An English copy: the primary's sentences kept, edited or left out, a few of
        its own; an excerpt stops early. Returns the sentences and whether an excerpt."""
        rng = self.rng
        out = []
        for sentence in primary:
            roll = rng.random()
            if roll < VERBATIM:
                out.append(sentence)
            elif roll < EDITED:
                out.append(self.edited(sentence, names))
            if rng.random() < 0.12:
                out.append(self.edited(rng.choice(self.pools["en"]), names))
        if rng.random() < 0.3 and len(out) > 1:
            # Two stretches swapped: the copy's order differs from the primary's.
            cut = rng.randrange(1, len(out))
            out = out[cut:] + out[:cut]
        excerpt = rng.random() < 0.15 and len(out) > 6
        if excerpt:
            out = out[: rng.randint(3, len(out) // 2)]
        return out or [primary[0]], excerpt

    def foreign_sentences(self, language: str, names: list[str]) -> list[str]:
        """An article in another language from the corpus's sentences in it, the
        short pools stretched with edited repeats."""
        rng = self.rng
        pool = self.pools[language]
        n = self.length()
        picked = rng.sample(pool, min(n, len(pool)))
        while len(picked) < n:
            picked.append(self.edited(rng.choice(pool), names))
        return picked

    @staticmethod
    def body(sentences: list[str], rng: random.Random) -> str:
        """Paragraphs of one to four sentences; CJK sentences joined without spaces."""
        paragraphs, k = [], 0
        while k < len(sentences):
            size = rng.randint(1, 4)
            group = sentences[k : k + size]
            joiner = "" if _CJK.search(group[0]) else " "
            paragraphs.append(joiner.join(group))
            k += size
        return "\n\n".join(paragraphs)

    @staticmethod
    def title(sentence: str) -> str:
        if len(sentence) <= 120:
            return sentence.rstrip(".。")
        return sentence[:120].rsplit(" ", 1)[0] + "…"

    def event(self, number: int, articles: int) -> Iterator[dict]:
        """The ``articles`` lines of event ``number`` (at least 1: the primary)."""
        rng = self.rng
        names = [self.vocabulary[rng.randrange(VOCABULARY)].title() for _ in range(3)]
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        slug = f"scale-event-{number}"
        event_title = f"{names[0]} summit on {names[1]}"
        start = datetime.datetime.combine(day, datetime.time(6), tzinfo=datetime.UTC)
        primary = self.primary_sentences(names)
        outlets = rng.sample(self.by_language["en"], 1)
        used = {outlets[0].slug}
        for _ in range(articles - 1):
            language = rng.choices(self.languages, self.weights)[0]
            candidates = [o for o in self.by_language[language] if o.slug not in used]
            if not candidates:
                candidates = [o for o in self.outlets if o.slug not in used]
            outlet = rng.choice(candidates)
            used.add(outlet.slug)
            outlets.append(outlet)
        for k, outlet in enumerate(outlets):
            excerpt = False
            if k == 0:
                sentences = primary
            elif outlet.language == "en":
                sentences, excerpt = self.copy_sentences(primary, names)
            else:
                sentences = self.foreign_sentences(outlet.language, names)
            published = start + datetime.timedelta(minutes=0 if k == 0 else rng.randrange(4320))
            yield {
                "event": slug,
                "event_title": event_title,
                "event_date": day.isoformat(),
                "outlet": outlet.slug,
                "outlet_name": outlet.name,
                "outlet_country": outlet.country,
                "title": self.title(sentences[0]),
                "url": f"https://example.org/{outlet.slug}/{slug}/{k}",
                "published_at": published.isoformat(),
                "language": outlet.language,
                "body": self.body(sentences, rng),
                "byline": rng.choice(BYLINES) if rng.random() < 0.4 else "",
                "is_primary": k == 0,
                "is_excerpt": excerpt,
            }


def articles(
    *, count: int, events: int, seed: int = 1, folder: Path | None = None
) -> Iterator[dict]:
    """``count`` articles spread as evenly as possible over ``events`` events."""
    if count < 1 or events < 1:
        raise ValueError("need at least one article and one event")
    events = min(events, count)
    folder = folder or next(p for p in CORPUS_CANDIDATES if p.is_dir())
    generator = Generator(seed=seed, folder=folder)
    base, extra = divmod(count, events)
    for number in range(events):
        yield from generator.event(number, base + (number < extra))


def write(path: Path, **kwargs) -> int:
    """Write the lines to ``path`` (streamed); returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for line in articles(**kwargs):
            out.write(json.dumps(line, ensure_ascii=False))
            out.write("\n")
            written += 1
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=None, help="default: articles / 20")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    events = args.events or max(1, args.articles // 20)
    started = time.perf_counter()
    written = write(
        args.output, count=args.articles, events=events, seed=args.seed, folder=args.corpus
    )
    size = args.output.stat().st_size / 1e6
    print(
        f"{written} articles in {min(events, written)} events -> {args.output}"
        f" ({size:.0f} MB, {time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
