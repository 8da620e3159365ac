"""Search speed on a large synthetic database: p50/p95 of typical searches.

Generates N articles (about 20 passages each, in the corpus's languages: English,
Russian, Chinese, Traditional Chinese, Arabic, German, Italian, Korean, Armenian) in
N/20 events from the sentences of the corpus (``shared/corpus/event1``), with words
swapped for words of a Zipf-distributed invented vocabulary so that there are rare
words as well as common ones, plus notes (public and private) on 5% of the articles.
Rows are written with bulk_create, so the index triggers run as a bulk import would
run them. Then times ``selectors.search`` (what the page calls) for common words, rare
words, phrases, CJK words, with and without filters, and the page itself through the
test client, and prints p50/p95 per kind of search and the index's size.

It writes into the database DATABASE_URL names and refuses a database that holds
articles unless --reuse (keep them, if there are as many) or --reset (delete them):

    DATABASE_URL=postgres://mediacompare:mediacompare@127.0.0.1:5432/mc_search \\
        python benchmarks/search_bench.py --articles 10000 --reset
"""

import argparse
import datetime
import os
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS_CANDIDATES = [
    ROOT.parent / "shared" / "corpus" / "event1",
    ROOT / "mediacompare" / "coverage" / "demo" / "event1",
]
# Share of articles per language (the corpus's languages).
LANGUAGE_WEIGHTS = {
    "en": 50,
    "ru": 10,
    "zh": 9,
    "zh-Hant": 5,
    "ar": 7,
    "de": 6,
    "it": 5,
    "ko": 4,
    "hy": 4,
}
PASSAGES_PER_ARTICLE = (8, 32)
ARTICLES_PER_EVENT = 20
OUTLETS = 300
VOCABULARY = 30_000
RARE_WORDS_SQL = (
    "SELECT word FROM ts_stat('SELECT document FROM search_entry"
    " WHERE kind = ''passage'' AND config = ''english''')"
    " WHERE ndoc BETWEEN 3 AND 40 AND word ~ '^[a-z]{6,}$' ORDER BY word LIMIT 200"
)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def corpus_sentences(folder: Path) -> dict[str, list[str]]:
    """Sentences of the corpus's bodies, by the language in each file's name."""
    pools: dict[str, list[str]] = defaultdict(list)
    for path in sorted(folder.glob("*.txt")):
        language = path.stem.rsplit("_", 1)[-1]
        _header, _sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
        for line in body.splitlines():
            for sentence in _SENTENCE_END.split(line.strip()):
                if len(sentence) >= 20:
                    pools[language].append(sentence)
    return pools


def invented_words(rng: random.Random) -> list[str]:
    """Pronounceable words that no corpus text has: the long tail of a vocabulary."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    words = set()
    while len(words) < VOCABULARY:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables)))
    return sorted(words)


def zipf_index(rng: random.Random) -> int:
    # Rank r drawn with probability ~ 1/r: a few words everywhere, most words rare.
    return min(int(VOCABULARY ** rng.random()) - 1, VOCABULARY - 1)


def edited(sentence: str, rng: random.Random, vocabulary: list[str], counts: Counter) -> str:
    if _CJK.search(sentence):
        return sentence
    words = sentence.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        word = vocabulary[zipf_index(rng)]
        counts[word] += 1
        words[rng.randrange(len(words))] = word
    return " ".join(words)


def generate(articles: int, seed: int, folder: Path) -> Counter:
    from django.contrib.auth import get_user_model

    from mediacompare.coverage.models import Article, Event, Outlet, Passage
    from mediacompare.notes.models import Note

    rng = random.Random(seed)
    pools = corpus_sentences(folder)
    languages = [lang for lang in LANGUAGE_WEIGHTS if pools.get(lang)]
    weights = [LANGUAGE_WEIGHTS[lang] for lang in languages]
    vocabulary = invented_words(rng)
    counts: Counter = Counter()

    outlets = Outlet.objects.bulk_create(
        Outlet(
            name=f"Bench outlet {i}",
            slug=f"bench-outlet-{i}",
            country="Nowhere",
            language=rng.choice(languages),
        )
        for i in range(OUTLETS)
    )
    start = datetime.date(2015, 1, 1)
    events = Event.objects.bulk_create(
        Event(
            title=f"Bench event {i}",
            slug=f"bench-event-{i}",
            starts_on=start + datetime.timedelta(days=rng.randrange(3650)),
        )
        for i in range(max(1, articles // ARTICLES_PER_EVENT))
    )
    User = get_user_model()
    users = User.objects.bulk_create(User(username=f"bench-user-{i}") for i in range(50))

    batch = 250
    for first in range(0, articles, batch):
        rows, bodies = [], []
        for number in range(first, min(first + batch, articles)):
            language = rng.choices(languages, weights)[0]
            sentences = [
                edited(rng.choice(pools[language]), rng, vocabulary, counts)
                for _ in range(rng.randint(*PASSAGES_PER_ARTICLE))
            ]
            event = events[number % len(events)]
            paragraphs = [sentences[i : i + 4] for i in range(0, len(sentences), 4)]
            bodies.append(paragraphs)
            rows.append(
                Article(
                    event=event,
                    outlet=rng.choice(outlets),
                    title=sentences[0][:200],
                    language=language,
                    body="\n".join(" ".join(p) for p in paragraphs),
                    source_url=f"https://example.org/bench/{number}",
                    published_at=datetime.datetime.combine(
                        event.starts_on, datetime.time(rng.randrange(24)), tzinfo=datetime.UTC
                    ),
                )
            )
        saved = Article.objects.bulk_create(rows)
        passages = []
        for article, paragraphs in zip(saved, bodies, strict=True):
            offset, index = 0, 0
            for number, paragraph in enumerate(paragraphs):
                for sentence in paragraph:
                    passages.append(
                        Passage(
                            article=article,
                            index=index,
                            paragraph=number,
                            start=offset,
                            end=offset + len(sentence),
                            text=sentence,
                        )
                    )
                    offset += len(sentence) + 1
                    index += 1
        created = Passage.objects.bulk_create(passages, batch_size=2000)
        notes = []
        for article in saved:
            if rng.random() < 0.05:
                passage = rng.choice([p for p in created if p.article_id == article.pk])
                word = vocabulary[zipf_index(rng)]
                counts[word] += 1
                notes.append(
                    Note(
                        author=rng.choice(users),
                        passage=passage,
                        body=f"Compare with the {word} wording; {rng.choice(pools['en'])}",
                        body_html="<p>bench</p>",
                        visibility=rng.choice(["public", "private"]),
                    )
                )
        Note.objects.bulk_create(notes)
        print(f"\r  {min(first + batch, articles):>7} articles", end="", flush=True)
    print()
    return counts


def timed(function, runs: int) -> list[float]:
    from django.db import reset_queries

    timings = []
    for run in range(runs):
        reset_queries()
        started = time.perf_counter()
        function(run)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40, help="timed runs per kind of search")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true", help="keep the articles already there")
    parser.add_argument("--reset", action="store_true", help="delete articles and notes first")
    parser.add_argument("--explain", action="store_true", help="print the plans of some queries")
    args = parser.parse_args()

    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the database to fill (your own: it is written to)")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacompare.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.db.models import Count
    from django.test import Client

    from mediacompare.coverage.models import Article, Event, Outlet
    from mediacompare.notes.models import Note
    from mediacompare.search import selectors
    from mediacompare.search.models import SearchEntry
    from mediacompare.search.query import parse_query

    folder = args.corpus or next(p for p in CORPUS_CANDIDATES if p.is_dir())
    call_command("migrate", verbosity=0)
    existing = Article.objects.count()
    counts: Counter = Counter()
    if existing and args.reset:
        print(f"Deleting {existing} articles and their notes …")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "TRUNCATE notes_note_tags, notes_note, coverage_passagelink,"
                    " coverage_passage, coverage_article, coverage_event, coverage_outlet,"
                    " search_entry CASCADE"
                )
        else:
            for model in (Note, Article, Event, Outlet):
                model.objects.all().delete()
        get_user_model().objects.filter(username__startswith="bench-user-").delete()
        existing = 0
    if existing and not args.reuse:
        parser.error(f"the database holds {existing} articles: add --reuse or --reset")
    if not existing:
        print(f"Generating {args.articles} articles from {folder} …")
        started = time.perf_counter()
        counts = generate(args.articles, args.seed, folder)
        print(f"Ingest with index triggers: {time.perf_counter() - started:.1f} s")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")

    entries = dict(SearchEntry.objects.values_list("kind").annotate(n=Count("id")).order_by())
    print(
        f"Database: {Article.objects.count()} articles, {entries.get('passage', 0)} passages,"
        f" {entries.get('note', 0)} notes, {Event.objects.count()} events"
        f" ({connection.vendor})"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('search_entry')),"
                " pg_size_pretty(pg_relation_size('search_entry_document')),"
                " pg_size_pretty(pg_total_relation_size('coverage_passage')),"
                " pg_size_pretty(pg_database_size(current_database()))"
            )
            total, gin, passages, database = cursor.fetchone()
        print(
            f"Sizes: search_entry {total} (GIN index {gin}); coverage_passage {passages};"
            f" database {database}"
        )

    rng = random.Random(args.seed + 1)
    # Rare words: invented words found in a few dozen rows at most.
    rare = sorted(w for w, c in counts.items() if 3 <= c <= 40)
    if not rare and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(RARE_WORDS_SQL)
            rare = [word for (word,) in cursor.fetchall()]
    rare = rare or ["kelvorin"]
    rng.shuffle(rare)
    events = list(Event.objects.values_list("pk", flat=True)[:2000])
    outlets = list(Outlet.objects.all()[:300])
    anonymous = AnonymousUser()
    reader = Note.objects.filter(visibility="private").select_related("author").first()
    reader = reader.author if reader else anonymous
    event_objects = {e.pk: e for e in Event.objects.filter(pk__in=events)}

    def search(text, user=anonymous, **filters):
        return selectors.search(
            query=parse_query(text), filters=selectors.Filters(**filters), user=user
        )

    since, until = datetime.date(2019, 1, 1), datetime.date(2019, 12, 31)
    kinds = {
        "common word (democracy)": lambda i: search("democracy"),
        "common word, Russian (демократии)": lambda i: search("демократии"),
        "rare invented word": lambda i: search(rare[i % len(rare)]),
        'phrase ("joint article")': lambda i: search('"joint article"'),
        "CJK word (民主)": lambda i: search("民主"),
        "CJK words (民主峰会, 國家利益)": lambda i: search(("民主峰会", "國家利益")[i % 2]),
        "CJK character (俄)": lambda i: search("俄"),
        "OR and NOT (summit OR conference -china)": lambda i: search("summit OR conference -china"),
        "no match": lambda i: search(f"qzxqzx{i}"),
        "common word + event": lambda i: search(
            "democracy", event=event_objects[events[i % len(events)]]
        ),
        "common word + language + year": lambda i: search(
            "democracy", language="en", since=since, until=until
        ),
        "rare word + outlet": lambda i: search(
            rare[i % len(rare)], outlet=outlets[i % len(outlets)]
        ),
        "CJK word + language zh": lambda i: search("民主", language="zh"),
        "common word, logged-in reader": lambda i: search("democracy", user=reader),
        "passages only, page 5": lambda i: selectors.search(
            query=parse_query("china"),
            filters=selectors.Filters(kind="passage"),
            user=anonymous,
            page=5,
        ),
    }
    for function in kinds.values():
        function(0)  # warm caches and connections

    load = os.getloadavg()[0]
    print(f"\nLoad average before timing: {load:.1f} on {os.cpu_count()} cores")
    print(f"\n{'search':<44} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'matches':>9}")
    everything = []
    for name, function in kinds.items():
        timings = timed(function, args.runs)
        everything += timings
        found = function(0)
        total = f"{found.total}{'+' if found.capped else ''}"
        print(
            f"{name:<44} {statistics.median(timings):>8.1f} {percentile(timings, 0.95):>8.1f}"
            f" {max(timings):>8.1f} {total:>9}"
        )
    print(
        f"{'all searches above':<44} {statistics.median(everything):>8.1f}"
        f" {percentile(everything, 0.95):>8.1f} {max(everything):>8.1f}"
    )

    client = Client()
    pages = {
        "page: common word, whole page": ("/search/?q=democracy", {}),
        "page: CJK word, htmx fragment": ("/search/?q=%E6%B0%91%E4%B8%BB", {"HX-Request": "true"}),
        "page: rare word + language, htmx fragment": (
            f"/search/?q={rare[0]}&language=en",
            {"HX-Request": "true"},
        ),
    }
    print()
    for name, (url, headers) in pages.items():
        client.get(url, headers=headers)

        def get(i, url=url, headers=headers):
            response = client.get(url, headers=headers)
            assert response.status_code == 200, (url, response.status_code)

        timings = timed(get, args.runs)
        print(
            f"{name:<44} {statistics.median(timings):>8.1f} {percentile(timings, 0.95):>8.1f}"
            f" {max(timings):>8.1f}"
        )

    if args.explain and connection.vendor == "postgresql":
        from django.test.utils import CaptureQueriesContext

        for text in (
            "democracy",
            "民主峰会",
            rare[0],
            '"joint article"',
            "summit OR conference -china",
        ):
            with CaptureQueriesContext(connection) as captured:
                search(text)
            for query in captured.captured_queries:
                if "ts_rank" in query["sql"] or "ts_headline" in query["sql"]:
                    with connection.cursor() as cursor:
                        cursor.execute("SET jit = off")
                        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                        plan = [row[0] for row in cursor.fetchall()]
                        cursor.execute("RESET jit")
                    which = "candidates" if "ts_rank" in query["sql"] else "page"
                    print(f"\nPlan of the {which} query for {text!r}:")
                    print("\n".join(plan))
    reset_queries()


if __name__ == "__main__":
    main()
