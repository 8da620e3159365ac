import pytest
from django.core.exceptions import ValidationError

from mediacompare.alignment import embed
from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Comparison, Passage, PassageLink
from mediacompare.notes.models import Note
from tests.factories import SOURCE_TEXT, ArticleFactory, EventFactory, NoteFactory, OutletFactory


@pytest.fixture
def pair(db):
    source = ArticleFactory()
    copy = ArticleFactory(
        event=source.event,
        body=(
            "They said that democracy is not the patent of any one country.\n"
            "An unrelated sentence about the weather in Moscow this week.\n"
            "Both countries are firmly opposed to the plan."
        ),
    )
    return source, copy


def test_article_create_splits_the_body_into_passages_with_offsets(db):
    article = ArticleFactory()
    passages = list(article.passages.order_by("index"))
    assert [p.index for p in passages] == list(range(len(passages)))
    for passage in passages:
        assert article.body[passage.start : passage.end] == passage.text
    assert passages[-1].text == "Both countries are firmly opposed to the plan."
    assert [p.paragraph for p in passages][-2:] == [2, 3]


def test_article_create_aligns_with_the_events_other_articles(pair):
    source, copy = pair
    links = PassageLink.objects.filter(article_a=source, article_b=copy)
    linked = {(link.passage_a.text, link.passage_b.text, link.kind) for link in links}
    assert (
        "Both countries are firmly opposed to the plan.",
        "Both countries are firmly opposed to the plan.",
        "verbatim",
    ) in linked
    weather = copy.passages.get(text__startswith="An unrelated")
    assert not PassageLink.objects.filter(passage_b=weather).exists()
    for link in links:
        assert link.origin == PassageLink.Origin.AUTOMATIC
        assert "".join(text for op, text in link.diff if op in "=-").strip() == link.passage_a.text


GERMAN_TEXT = (
    "Sie sagten, die Demokratie sei nicht das Patent eines einzelnen Landes.\n"
    "Der Gipfel werde ideologische Konfrontation schüren und neue Trennlinien schaffen.\n"
    "Ein Satz über das Wetter in Hamburg in dieser Woche."
)
ARMENIAN_TEXT = "Դեսպանները հոդված են հրապարակել ժողովրդավարության մասին։"


def test_articles_in_other_languages_get_translation_links_without_diffs(pair):
    source, _ = pair
    german = ArticleFactory(event=source.event, language="de", body=GERMAN_TEXT)
    links = PassageLink.objects.filter(article_a=source, article_b=german)
    linked = {(link.passage_a.text[:20], link.passage_b.text[:20]) for link in links}
    assert ("They said that democ", "Sie sagten, die Demo") in linked
    assert ("The summit will stok", "Der Gipfel werde ide") in linked
    assert not links.filter(passage_b__text__startswith="Ein Satz").exists()
    assert {link.kind for link in links} == {"translation"}
    assert all(link.diff == [] and 0.0 < link.score <= 1.0 for link in links)
    assert Comparison.objects.get(article_a=source, article_b=german).compared


def test_a_language_the_model_lacks_is_not_compared_and_says_why(pair):
    source, copy = pair
    armenian = ArticleFactory(event=source.event, language="hy", body=ARMENIAN_TEXT)
    assert not PassageLink.objects.filter(article_b=armenian).exists()
    assert not armenian.passages.exclude(embedding=None).exists()
    for other in (source, copy):
        comparison = Comparison.objects.get(article_a=other, article_b=armenian)
        assert not comparison.compared
        assert "Armenian" in comparison.reason
    assert Comparison.objects.get(article_a=source, article_b=copy).compared
    # Two articles in the language are compared on their words.
    second = ArticleFactory(event=source.event, language="hy", body=ARMENIAN_TEXT)
    assert Comparison.objects.get(article_a=armenian, article_b=second).compared
    assert PassageLink.objects.get(article_a=armenian, article_b=second).kind == "verbatim"


def test_passages_store_compact_embeddings_computed_once(pair, monkeypatch):
    source, copy = pair
    content = source.passages.filter(is_boilerplate=False)
    assert content.exists() and not content.filter(embedding=None).exists()
    assert all(len(bytes(p.embedding)) % embed.DIM == 0 for p in content)
    assert {len(bytes(p.embedding)) for p in content} >= {embed.DIM}
    assert set(content.values_list("embedding_model", flat=True)) == {embed.MODEL_ID}
    assert not source.passages.filter(is_boilerplate=True, embedding__isnull=False).exists()

    embedded: list[str] = []

    def counting(texts):
        embedded.extend(texts)
        return real(texts)

    real = embed.embed_with_clauses
    monkeypatch.setattr(embed, "embed_with_clauses", counting)
    services.event_realign(event=source.event)
    services.article_save(article=copy)
    assert embedded == []
    # Adding an article embeds that article's passages only.
    third = ArticleFactory(event=source.event, body="A third outlet wrote one new sentence here.")
    assert embedded == ["A third outlet wrote one new sentence here."]
    # Changing one sentence embeds that sentence only.
    embedded.clear()
    services.article_update(article=third, body="A third outlet wrote one other sentence here.")
    assert embedded == ["A third outlet wrote one other sentence here."]


def test_event_realign_aligns_the_event_in_one_engine_call(pair, monkeypatch):
    source, _ = pair
    ArticleFactory(event=source.event, language="de", body=GERMAN_TEXT)
    calls = []
    real = services.align_event

    def counting(documents, **kwargs):
        calls.append(len(kwargs["pairs"]))
        return real(documents, **kwargs)

    monkeypatch.setattr(services, "align_event", counting)
    stored = services.event_realign(event=source.event)
    assert calls == [3]
    assert stored == PassageLink.objects.filter(article_a__event=source.event).count()
    assert Comparison.objects.filter(article_a__event=source.event).count() == 3


def test_event_realign_replaces_links_by_article_ids_without_joining_the_event(pair):
    """The replaced rows are found by the event's article ids, an index lookup that does
    not depend on the planner's guess for a join to the event (at 100,000 articles a
    stale guess made each realignment scan the whole links table)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    source, _ = pair
    with CaptureQueriesContext(connection) as queries:
        services.event_realign(event=source.event)

    deletes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith("DELETE") and "coverage_passagelink" in q["sql"].split("WHERE")[0]
    ]
    assert deletes
    assert not any("coverage_article" in sql for sql in deletes)
    assert PassageLink.objects.filter(article_a__event=source.event).exists()


def test_article_create_refuses_an_empty_body_and_writes_nothing(db):
    event, outlet = EventFactory(), OutletFactory()
    with pytest.raises(ValidationError):
        services.article_create(event=event, outlet=outlet, title="T", body="   ", language="en")
    assert not Article.objects.exists()


def test_a_second_primary_article_is_refused(db):
    first = ArticleFactory(is_primary=True)
    with pytest.raises(ValidationError):
        ArticleFactory(event=first.event, is_primary=True)
    assert first.event.articles.count() == 1


def test_editing_the_body_keeps_unchanged_passages_and_their_notes(pair):
    source, _ = pair
    kept = source.passages.get(text__startswith="They said")
    note = NoteFactory(passage=kept)
    services.article_update(article=source, body="A new first paragraph was added.\n" + SOURCE_TEXT)
    kept.refresh_from_db()
    note.refresh_from_db()
    assert kept.text.startswith("They said")
    assert kept.index == 3
    assert source.body[kept.start : kept.end] == kept.text
    assert note.passage_id == kept.pk


def test_removing_a_passage_moves_its_notes_to_a_neighbour(pair):
    source, _ = pair
    doomed = source.passages.get(text__startswith="The summit will stoke")
    note = NoteFactory(passage=doomed)
    services.article_update(article=source, body=SOURCE_TEXT.replace(doomed.text + "\n", ""))
    note.refresh_from_db()
    assert not Passage.objects.filter(pk=doomed.pk).exists()
    assert note.passage.article_id == source.pk
    assert Note.objects.count() == 1


def test_span_notes_are_reanchored_after_an_edit(pair, user):
    from mediacompare.notes import services as note_services

    source, _ = pair
    passage = source.passages.get(text__startswith="They said")
    start = source.body.index("democracy is not")
    note = note_services.note_create(
        author=user, passage=passage, body="Key claim", start=start, end=start + 16
    )
    services.article_update(article=source, body="Inserted words before it all.\n" + SOURCE_TEXT)
    note.refresh_from_db()
    assert source.body[note.start : note.end] == "democracy is not"
    assert not note.is_orphaned
    services.article_update(article=source, body=SOURCE_TEXT.replace("democracy is not", "it is"))
    note.refresh_from_db()
    assert note.is_orphaned
    assert note.quote == "democracy is not"


def test_realignment_keeps_links_drawn_by_editors(pair):
    source, copy = pair
    left = source.passages.get(text__startswith="The summit will stoke")
    right = copy.passages.get(text__startswith="An unrelated")
    PassageLink.objects.create(
        article_a=source,
        article_b=copy,
        passage_a=left,
        passage_b=right,
        kind=PassageLink.Kind.PARAPHRASE,
        score=0.5,
        origin=PassageLink.Origin.EDITOR,
    )
    automatic_before = PassageLink.objects.filter(origin="automatic").count()
    services.event_realign(event=source.event)
    services.article_align(article=copy)
    assert PassageLink.objects.filter(origin="editor", passage_a=left, passage_b=right).count() == 1
    assert PassageLink.objects.filter(origin="automatic").count() == automatic_before


def test_normalise_body_unifies_line_endings():
    assert services.normalise_body("  One.\r\nTwo.\rThree.  ") == "One.\nTwo.\nThree."


def test_event_realign_embeds_each_distinct_text_of_the_event_once(db, monkeypatch):
    event = EventFactory()
    shared = "The two ambassadors wrote a joint article about the summit."
    ArticleFactory(event=event, body=f"{shared}\n\nThe first outlet added this sentence.")
    ArticleFactory(event=event, body=f"{shared}\n\nThe second outlet added another one.")
    Passage.objects.filter(article__event=event).update(embedding=None, embedding_model="")
    embedded: list[str] = []
    real = embed.embed_with_clauses

    def counting(texts):
        embedded.extend(texts)
        return real(texts)

    monkeypatch.setattr(embed, "embed_with_clauses", counting)
    services.event_realign(event=event)
    assert sorted(embedded) == sorted(
        [shared, "The first outlet added this sentence.", "The second outlet added another one."]
    )
    copies = Passage.objects.filter(article__event=event, text=shared)
    assert len({bytes(p.embedding) for p in copies}) == 1
    assert set(copies.values_list("embedding_model", flat=True)) == {embed.MODEL_ID}
    # A copy whose vectors are stale takes them from the other, without the model.
    embedded.clear()
    Passage.objects.filter(pk=copies[0].pk).update(embedding=None, embedding_model="")
    services.event_realign(event=event)
    assert embedded == []
    assert len({bytes(p.embedding) for p in copies}) == 1
