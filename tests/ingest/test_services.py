import io
import zipfile

import numpy as np
from django.db import connection
from django.tasks import default_task_backend
from django.test.utils import CaptureQueriesContext

from mediacompare.alignment import embed
from mediacompare.coverage import services as coverage
from mediacompare.coverage.models import Article, Event, Outlet, PassageLink, PendingAlignment
from mediacompare.ingest import services, sources
from tests.factories import ArticleFactory, OutletFactory
from tests.ingest.conftest import jsonl


def run(stream, **kwargs):
    defaults = kwargs.pop("defaults", sources.Defaults())
    report = services.validate(stream, defaults=defaults)
    return report, services.import_rows(stream, report, defaults=defaults, **kwargs)


def test_valid_rows_are_imported_with_passages_embeddings_and_links(
    db, row, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report, outcome = run(jsonl(row(1), row(2, is_primary=True)))
    assert (report.rows, report.problems) == (2, [])
    assert (outcome.created, outcome.updated) == (2, 0)
    event = Event.objects.get(slug="summit")
    assert (event.title, str(event.starts_on)) == ("The summit", "2021-12-09")
    assert Outlet.objects.get(slug="outlet-1").country == "Russia"
    article = Article.objects.get(source_url="https://example.org/2")
    assert article.is_primary and article.published_precision == "minute"
    assert article.passages.count() == 2
    assert not article.passages.filter(embedding=None).exists()
    # The immediate backend aligned the event once, at the end.
    assert PassageLink.objects.filter(article_a__event=event).exists()
    assert not PendingAlignment.objects.exists()


def test_invalid_rows_are_reported_by_line_and_the_others_imported(db, row):
    stream = jsonl(row(1), "{not json", row(2, language="xx-nope"), row(3, event="new-event"))
    report, outcome = run(stream)
    problems = [str(p) for p in report.problems]
    assert problems[0].startswith("line 2: not JSON")
    assert problems[1].startswith("line 3: language:")
    # The new event is dated by the event_date of its row; this one is valid.
    assert len(problems) == 2
    assert outcome.created == 2
    assert Event.objects.filter(slug="new-event").exists()


def test_a_new_event_needs_a_date(db, row):
    no_date = row(1, event="undated")
    del no_date["event_date"]
    report, outcome = run(jsonl(no_date))
    assert [str(p) for p in report.problems] == [
        "line 1: event “undated” is new: give its “event_date” (YYYY-MM-DD)"
    ]
    assert outcome.created == 0
    assert not Event.objects.filter(slug="undated").exists()


def test_importing_again_updates_instead_of_duplicating(db, row):
    run(jsonl(row(1), row(2)))
    # Same URL, new title; same body without a URL: both update.
    again = row(2)
    del again["url"]
    _, outcome = run(jsonl(row(1, title="Corrected title"), again))
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 2, 0)
    assert Article.objects.count() == 2
    assert Article.objects.get(source_url="https://example.org/1").title == "Corrected title"
    _, outcome = run(jsonl(row(1, title="Corrected title")))
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 1)


def test_a_later_row_with_the_same_body_replaces_the_earlier_one(db, row):
    report, outcome = run(jsonl(row(1), row(2, body=row(1)["body"].upper())))
    assert report.superseded == {"line 1"}
    assert outcome.created == 1
    assert Article.objects.get().source_url == "https://example.org/2"


def test_one_primary_per_event_and_a_url_stays_in_its_event(db, row):
    stored = ArticleFactory(is_primary=True)
    report, outcome = run(
        jsonl(
            row(1, is_primary=True),
            row(2, is_primary=True),
            row(3, event=stored.event.slug, is_primary=True),
            row(4, url=stored.source_url),
        )
    )
    problems = [str(p) for p in report.problems]
    assert problems[0].startswith(
        "line 2: event “summit” already has a primary article in this file"
    )
    assert problems[1].startswith(
        f"line 4: this URL is already imported in event “{stored.event.slug}”"
    )
    assert problems[2].startswith(f"line 3: event “{stored.event.slug}” already has a primary")
    assert outcome.created == 1


def test_in_the_background_the_import_queues_one_alignment_per_event(
    db, row, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _, outcome = run(jsonl(*(row(n) for n in range(5)), row(9, event="other")))
    assert outcome.alignments_queued == 2
    assert {r.args[0] for r in default_task_backend.results} == set(
        Event.objects.values_list("pk", flat=True)
    )
    # The workers embed as part of the alignment.
    assert not PassageLink.objects.exists()
    assert not Article.objects.first().passages.exclude(embedding=None).exists()
    default_task_backend.clear()
    # The same file again changes nothing, so nothing is realigned.
    with django_capture_on_commit_callbacks(execute=True):
        _, again = run(jsonl(*(row(n) for n in range(5)), row(9, event="other")))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    assert again.alignments_queued == 0 and len(again.events) == 2
    assert default_task_backend.results == []


def corpus_file(outlet: str, body: str, url: str = "", completeness: str = "COMPLETE") -> str:
    return (
        f"outlet: {outlet}\nurl: {url}\ntitle: {outlet} reports\ndate: dateline 2021-11-27\n"
        f"language: en (machine translation from zh)\ncompleteness: {completeness}\n---\n{body}\n"
    )


def test_a_zip_of_corpus_files_and_pages_is_imported_into_the_given_event(db):
    page = io.BytesIO()
    with zipfile.ZipFile(page, "w") as archive:
        archive.writestr(
            "a.txt",
            corpus_file("China News Service", "The ambassadors wrote an article.\nIt was long."),
        )
        archive.writestr(
            "b.txt",
            corpus_file("TASS (Russia)", "The ambassadors wrote.", "https://tass.com/1", "EXCERPT"),
        )
        archive.writestr("broken.txt", "no header here")
        archive.writestr("__MACOSX/._a.txt", "ignored")
        with open("tests/ingest/pages/article.html", "rb") as html:
            archive.writestr("pages/daily.html", html.read())
    defaults = sources.Defaults(event="zip-event", event_title="Zipped", event_date="2021-11-27")
    report, outcome = run(page, defaults=defaults)
    assert [str(p) for p in report.problems] == [
        "broken.txt: no header: expected 'key: value' lines, then a '---' line"
    ]
    assert outcome.created == 3
    tass = Article.objects.get(outlet__slug="tass-russia")
    assert (tass.outlet.name, tass.is_excerpt, tass.source_url) == (
        "TASS (Russia)",
        True,
        "https://tass.com/1",
    )
    assert tass.published_at.date().isoformat() == "2021-11-27"
    daily = Article.objects.get(outlet__name="The Daily Example")
    assert daily.byline == "Jane Roe"
    assert daily.title == "Ambassadors call for an end to confrontation"


def test_an_outlet_name_is_one_outlet_in_the_file_and_in_the_database(db, row):
    OutletFactory(name="TASS", slug="tass")
    OutletFactory(name="Existing", slug="existing")
    report, outcome = run(
        jsonl(
            row(1, outlet="tass", outlet_name="TASS"),
            row(2, outlet="tass-agency", outlet_name="TASS"),
            row(3, outlet="new-slug", outlet_name="Existing"),
            row(4, outlet="x" * 101),
        )
    )
    assert [str(p) for p in report.problems] == [
        "line 2: outlet name “TASS” is also given to outlet “tass” (line 1); one name, one outlet",
        "line 4: “outlet” is longer than 100 characters",
        "line 3: outlet name is already that of outlet “existing”; use that slug, or another name",
    ]
    assert outcome.created == 1


def test_a_batch_costs_the_same_queries_however_many_rows_and_outlets_it_has(db, row):
    """Events and outlets are read and created once per batch, passages written in one
    statement: a batch's queries do not grow with its rows."""

    def queries(count: int, start: int) -> int:
        rows = [row(start + n, event=f"event-{start}-{n % 2}") for n in range(count)]
        stream = jsonl(*rows)
        report = services.validate(stream)
        with CaptureQueriesContext(connection) as captured:
            outcome = services.import_rows(stream, report, align=False, embed_now=False)
        assert outcome.created == count
        return len(captured)

    # Two new events each time, every row a new outlet.
    assert queries(3, start=0) == queries(30, start=100)
    assert Outlet.objects.count() == 33
    assert Article.objects.count() == 33
    assert set(Article.objects.values_list("passages__index", flat=True)) == {0, 1}


def test_new_and_known_rows_in_one_batch(db, row):
    run(jsonl(row(1), row(2)))
    first = Article.objects.get(source_url="https://example.org/1")
    _, outcome = run(
        jsonl(row(1, title="Corrected title"), row(2), row(3), row(4, outlet="outlet-1"))
    )
    assert (outcome.created, outcome.updated, outcome.unchanged) == (2, 1, 1)
    first.refresh_from_db()
    assert first.title == "Corrected title"
    assert Article.objects.get(source_url="https://example.org/4").outlet.slug == "outlet-1"
    assert Outlet.objects.count() == 3


def test_passages_written_in_bulk_are_those_of_the_single_writer(db, row):
    """The batch writer (COPY on PostgreSQL) stores what article_create stores: spans,
    paragraphs, boilerplate flags and embeddings."""
    body = (
        "Article 1 says the ambassadors wrote a joint article.\n\n"
        "They said that democracy is not the patent of any one country.\n"
        "Follow us on Twitter for more news."
    )
    run(jsonl(row(1, body=body)), embed_now=True, align=False)
    bulk = Article.objects.get(source_url="https://example.org/1")
    single = coverage.article_create(
        event=bulk.event,
        outlet=OutletFactory(),
        title="Same",
        body=body,
        language="en",
        align=False,
    )
    fields = ("index", "paragraph", "start", "end", "text", "is_boilerplate", "embedding_model")
    assert list(bulk.passages.order_by("index").values_list(*fields)) == list(
        single.passages.order_by("index").values_list(*fields)
    )
    for a, b in zip(
        bulk.passages.order_by("index"), single.passages.order_by("index"), strict=True
    ):
        assert (a.embedding is None) == (b.embedding is None)
        if a.embedding is not None:
            assert np.allclose(embed.unpack(bytes(a.embedding)), embed.unpack(bytes(b.embedding)))
