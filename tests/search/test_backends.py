"""The triggers keep the index in step with every way articles, passages and notes change:
services, admin-style saves, bulk writes, queryset updates and raw SQL."""

import datetime

import pytest
from django.db import connection

from mediacompare.coverage import services as coverage_services
from mediacompare.coverage.models import Article, Passage
from mediacompare.notes import services as note_services
from mediacompare.notes.models import Note, Tag
from mediacompare.search import backends, cjk
from mediacompare.search.models import SearchEntry
from tests.factories import ArticleFactory, EventFactory, NoteFactory, OutletFactory, UserFactory
from tests.search.conftest import CHINESE, KOREAN, TRADITIONAL, kinds

pytestmark = pytest.mark.django_db


def entries_of(article):
    return SearchEntry.objects.filter(article=article)


def test_an_article_gets_one_row_and_one_per_passage(find):
    article = ArticleFactory(title="Ambassadors on democracy")
    entries = entries_of(article)
    assert entries.filter(kind="article").count() == 1
    assert sorted(entries.filter(kind="passage").values_list("passage_id", flat=True)) == sorted(
        article.passages.values_list("pk", flat=True)
    )
    row = entries.get(kind="article")
    assert (row.event_id, row.outlet_id, row.language) == (
        article.event_id,
        article.outlet_id,
        "en",
    )
    assert row.published_at == article.published_at


def test_editing_the_body_reindexes_changed_passages(find):
    article = ArticleFactory()
    assert find("patent") != []
    coverage_services.article_update(
        article=article, body=article.body.replace("patent", "privilege")
    )
    assert find("patent") == []
    assert kinds(find("privilege"), "passage") == [
        article.passages.get(text__contains="privilege").pk
    ]
    assert entries_of(article).filter(kind="passage").count() == article.passages.count()


def test_an_admin_style_save_reindexes_title_and_outlet(find):
    article = ArticleFactory(title="Old headline")
    article.title = "Fresh headline"
    coverage_services.article_save(article=article)
    assert find("old headline") == []
    assert find("fresh headline") == [("article", article.pk)]
    article.outlet.name = "Renamed Agency"
    article.outlet.save()
    assert find('"renamed agency"') == [("article", article.pk)]


def test_moving_an_article_moves_its_rows_filters(find):
    article = ArticleFactory()
    other = EventFactory()
    Article.objects.filter(pk=article.pk).update(
        event=other, published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    rows = entries_of(article)
    assert set(rows.values_list("event_id", flat=True)) == {other.pk}
    assert {r.date() for r in rows.values_list("published_at", flat=True)} == {
        datetime.date(2020, 1, 1)
    }


def test_a_new_language_changes_the_configuration():
    article = ArticleFactory(language="en")
    Article.objects.filter(pk=article.pk).update(language="de-AT")
    assert set(entries_of(article).values_list("language", "config")) == {("de", "german")}


def test_bulk_create_bulk_update_queryset_update_and_delete(find):
    article = ArticleFactory()
    created = Passage.objects.bulk_create(
        [
            Passage(article=article, index=100 + i, paragraph=9, start=0, end=5, text=text)
            for i, text in enumerate(["Zanzibar harbour", "Quokka island"])
        ]
    )
    assert sorted(kinds(find("zanzibar OR quokka"), "passage")) == sorted(p.pk for p in created)
    created[0].text = "Timbuktu market"
    Passage.objects.bulk_update(created, ["text"])
    assert kinds(find("timbuktu"), "passage") == [created[0].pk]
    assert find("zanzibar") == []
    Passage.objects.filter(pk=created[1].pk).update(text="Kerguelen station")
    assert kinds(find("kerguelen"), "passage") == [created[1].pk]
    Passage.objects.filter(pk__in=[p.pk for p in created]).delete()
    assert find("timbuktu OR kerguelen") == []


def test_renumbering_passages_rewrites_no_words(django_assert_max_num_queries):
    article = ArticleFactory()
    before = dict(entries_of(article).filter(kind="passage").values_list("passage_id", "id"))
    Passage.objects.filter(article=article).update(index=models_f("index") + 1000)
    after = dict(entries_of(article).filter(kind="passage").values_list("passage_id", "id"))
    assert after == before


def models_f(name):
    from django.db.models import F

    return F(name)


def test_raw_sql_writes_are_indexed_too(find):
    article = ArticleFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            'INSERT INTO coverage_passage (article_id, "index", paragraph, start, "end", text,'
            " is_boilerplate, embedding_model)"
            " VALUES (%s, 500, 9, 0, 5, 'Ouagadougou summit', %s, '')",
            [article.pk, False],
        )
    assert len(kinds(find("ouagadougou"), "passage")) == 1


def test_deleting_an_article_empties_its_rows():
    article = ArticleFactory()
    pk = article.pk
    article.delete()
    assert not SearchEntry.objects.filter(article_id=pk).exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM search_entry_fts"
                " WHERE rowid NOT IN (SELECT id FROM search_entry)"
            )
            assert cursor.fetchone()[0] == 0


def test_notes_follow_their_writers(find, user):
    passage = ArticleFactory().passages.first()
    note = note_services.note_create(
        author=user,
        passage=passage,
        body="Mentions the Pyongyang angle",
        tags="geopolitics",
        visibility=Note.Visibility.PUBLIC,
        rate_limit=False,
    )
    assert find("pyongyang") == [("note", note.pk)]
    assert find("geopolitics") == [("note", note.pk)]
    note_services.note_update(
        note=note, editor=user, body="Mentions Vladivostok", visibility="public", tags="ports"
    )
    assert find("pyongyang") == []
    assert find("geopolitics") == []
    assert find("vladivostok ports") == [("note", note.pk)]
    Tag.objects.filter(name="ports").update(name="harbours")
    assert find("harbours") == [("note", note.pk)]
    other = passage.article.passages.last()
    note_services.notes_move(from_passage=passage, to_passage=other)
    assert SearchEntry.objects.get(note=note).passage_id == other.pk
    pk = note.pk
    note_services.note_delete(note=note, editor=user)
    assert find("vladivostok") == []
    assert not SearchEntry.objects.filter(note_id=pk).exists()


def test_a_deleted_note_with_replies_keeps_no_words(find, user, other_user):
    note = NoteFactory(author=user, body="Kamchatka remark")
    note_services.note_reply(author=other_user, parent=note, body="Agreed", rate_limit=False)
    note_services.note_delete(note=note, editor=user)
    assert find("kamchatka") == []
    assert SearchEntry.objects.filter(note=note).exists()


@pytest.mark.parametrize(
    "text",
    [
        CHINESE,
        TRADITIONAL,
        KOREAN,
        "東京タワーは2024年に",
        "G20峰会，民主 said 美国",
        "plain",
        "𠀋𠀋a",
    ],
)
def test_sql_cuts_cjk_as_python_does(text):
    """The triggers' SQL and cjk.index_text produce the same tokens."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT to_tsvector('simple', search_prepare(%s))::text,"
                " to_tsvector('simple', %s)::text",
                [text, cjk.index_text(text)],
            )
            from_sql, from_python = cursor.fetchone()
        else:
            sql = backends.sqlite.prepare_sql("%s")
            cursor.execute(f"SELECT {sql}", [text] * sql.count("%s"))
            from_sql, from_python = cursor.fetchone()[0].split(), cjk.index_text(text).split()
    assert from_sql == from_python


def test_install_is_idempotent_and_nothing_is_missing():
    with connection.cursor() as cursor:
        backend = backends.for_connection(connection)
        backend.install(cursor)
        backend.install(cursor)
        assert backend.missing(cursor) == []


def test_every_source_has_its_row(user):
    ArticleFactory(body="One sentence.\nAnother one.")
    NoteFactory(author=user)
    assert SearchEntry.objects.filter(kind="article").count() == Article.objects.count()
    assert SearchEntry.objects.filter(kind="passage").count() == Passage.objects.count()
    assert SearchEntry.objects.filter(kind="note").count() == Note.objects.count()


def test_outlets_and_users_unrelated_to_rows_change_nothing():
    article = ArticleFactory()
    before = list(entries_of(article).values_list("id", flat=True))
    OutletFactory()
    UserFactory()
    assert list(entries_of(article).values_list("id", flat=True)) == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's refresh functions")
def test_a_refresh_writes_the_rows_of_the_ids_given_or_of_all_for_null():
    first, second = ArticleFactory(), ArticleFactory()
    SearchEntry.objects.all().delete()
    passage = first.passages.first()
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_refresh_passages(%s)", [[passage.pk]])
        cursor.execute("SELECT search_refresh_articles(%s)", [[second.pk]])
        assert sorted(SearchEntry.objects.values_list("kind", "article_id", "passage_id")) == [
            ("article", second.pk, None),
            ("passage", first.pk, passage.pk),
        ]
        cursor.execute("SELECT search_refresh_passages(NULL), search_refresh_articles(NULL)")
    assert SearchEntry.objects.filter(kind="passage").count() == Passage.objects.count()
    assert SearchEntry.objects.filter(kind="article").count() == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index")
def test_the_filters_are_pruned_inside_the_gin_index():
    """Word and filters are one GIN scan (btree_gin): the rows with the word are never
    fetched to test a filter (issue 13). The words-only index of before is replaced."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE INDEX search_entry_document ON search_entry USING gin (document)")
        backends.postgresql.install(cursor)
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_entry'"
            " AND indexdef LIKE '%%USING gin%%'"
        )
        [(name, definition)] = cursor.fetchall()
        assert name == "search_entry_words"
        assert definition.endswith("USING gin (document, language, kind, event_id, outlet_id)")
        # The test database is too small for the planner to choose an index by itself.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM search_entry"
            " WHERE document @@ 'quokka'::tsquery AND language = 'ko'"
        )
        plan = "\n".join(row for (row,) in cursor.fetchall())
    assert "Bitmap Index Scan on search_entry_words" in plan, plan
    condition = next(line for line in plan.splitlines() if "Index Cond" in line)
    assert "(document @@" in condition and "(language)::text = 'ko'" in condition, plan
