"""Searching the index: languages, CJK, filters, ranking and paging, who sees which note."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Permission

from mediacompare.notes import services as note_services
from mediacompare.notes.models import Note
from mediacompare.search import selectors
from mediacompare.search.query import parse_query
from tests.factories import ArticleFactory, EventFactory, NoteFactory, OutletFactory, UserFactory
from tests.search.conftest import KOREAN, TRADITIONAL, kinds, postgresql_only

pytestmark = pytest.mark.django_db


def page_of(text, user=None, **filters):
    return selectors.search(
        query=parse_query(text),
        filters=selectors.Filters(**filters),
        user=user or AnonymousUser(),
    )


def test_chinese_words_find_chinese_text(find, chinese_article, english_article):
    passages = {p.text: p.pk for p in chinese_article.passages.all()}
    summit = [pk for text, pk in passages.items() if "民主峰会" in text]
    assert sorted(kinds(find("民主峰会"), "passage")) == sorted(summit)
    assert kinds(find("民主峰会"), "article") == [chinese_article.pk]
    # A two-character word, a single character, a phrase across a run's end.
    assert len(kinds(find("民主"), "passage")) == 3
    assert len(kinds(find("权"), "passage")) == 1
    assert kinds(find('"美国12月"'), "passage") == [
        pk for text, pk in passages.items() if "美国12月" in text
    ]
    # Characters that are not adjacent in the text are not a match.
    assert find("民峰") == []
    assert find("专利 -民主") == []


def test_traditional_chinese_and_korean(find):
    article = ArticleFactory(body=TRADITIONAL + "\n" + KOREAN, language="zh-Hant")
    assert kinds(find("國家利益"), "article") == [article.pk]
    assert kinds(find("全人類"), "article") == [article.pk]
    # Korean particles stick to words: '민주정상회의'를 is found by 민주 and 정상회의.
    assert kinds(find("민주 정상회의"), "article") == [article.pk]


def test_matches_are_marked_in_the_text(chinese_article, english_article):
    page = page_of("民主峰会")
    passage = next(r for r in page.results if r.kind == "passage")
    assert [s.text for s in passage.snippet if s.hit] == ["民主峰会"]
    page = page_of("summit", kind="article")
    (article,) = page.results
    assert [s.text.lower() for s in article.title if s.hit] == ["summit"]
    assert "".join(s.text for s in article.title) == english_article.title


def test_long_texts_are_cut_around_the_first_match():
    body = (
        ("Filler words about nothing in particular. " * 30)
        + "The Zanzibar accord. "
        + ("More filler afterwards for length. " * 30)
    )
    ArticleFactory(body=body)
    (result,) = page_of("zanzibar", kind="article").results
    text = "".join(s.text for s in result.snippet)
    assert text.startswith("…") and text.endswith("…")
    assert len(text) < 400
    assert [s.text for s in result.snippet if s.hit] == ["Zanzibar"]


@postgresql_only
def test_words_match_in_their_forms_per_language(find):
    english = ArticleFactory(body="Both countries defend their democracies.", language="en")
    russian = ArticleFactory(body="Послы говорят о демократии.", language="ru")
    german = ArticleFactory(body="Die Botschafter sprechen über Demokratien.", language="de")
    assert kinds(find("democracy"), "article") == [english.pk]
    assert kinds(find("демократия"), "article") == [russian.pk]
    assert kinds(find("Demokratie"), "article") == [german.pk]


@postgresql_only
def test_only_stop_words_is_said(english_article):
    page = page_of("the of", kind="passage", language="en")
    assert page.only_stop_words
    assert page.results == []


def test_filters(find):
    early = datetime.datetime(2021, 11, 26, 12, tzinfo=datetime.UTC)
    late = datetime.datetime(2021, 12, 3, 12, tzinfo=datetime.UTC)
    event, other_event = EventFactory(), EventFactory()
    tass, xinhua = OutletFactory(), OutletFactory()
    a = ArticleFactory(event=event, outlet=tass, published_at=early, body="Quokka one.")
    b = ArticleFactory(event=other_event, outlet=xinhua, published_at=late, body="Quokka two.")
    c = ArticleFactory(
        event=event, outlet=xinhua, published_at=late, body="Quokka drei.", language="de"
    )
    assert set(kinds(find("quokka", kind="article"), "article")) == {a.pk, b.pk, c.pk}
    assert set(kinds(find("quokka", kind="article", event=event), "article")) == {a.pk, c.pk}
    assert set(kinds(find("quokka", kind="article", outlet=xinhua), "article")) == {b.pk, c.pk}
    assert set(kinds(find("quokka", kind="article", language="de"), "article")) == {c.pk}
    day = datetime.date(2021, 11, 26)
    assert kinds(find("quokka", kind="article", since=day, until=day), "article") == [a.pk]
    assert set(
        kinds(find("quokka", kind="article", since=day + datetime.timedelta(1)), "article")
    ) == {b.pk, c.pk}
    assert find("quokka", kind="passage", until=day) == [("passage", a.passages.get().pk)]
    assert find("quokka", kind="note") == []


def test_titles_rank_above_mentions():
    ArticleFactory(title="Other news", body="A passing mention of the Galapagos.")
    titled = ArticleFactory(title="Galapagos summit", body="Nothing else.")
    page = page_of("galapagos", kind="article")
    assert [r.article.pk for r in page.results][0] == titled.pk


def test_pages_and_the_cap(monkeypatch, find):
    monkeypatch.setattr(selectors, "PER_PAGE", 2)
    monkeypatch.setattr(selectors, "CAP", 5)
    article = ArticleFactory(body="\n".join(f"Wombat number {i}." for i in range(7)))
    first = page_of("wombat", kind="passage")
    assert (first.total, first.capped, first.has_next, len(first.results)) == (5, True, True, 2)
    pages = [kinds(find("wombat", kind="passage", page=n), "passage") for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert len({pk for p in pages for pk in p}) == 5
    assert set().union(*pages) <= set(article.passages.values_list("pk", flat=True))
    assert page_of("wombat", kind="passage", event=EventFactory()).total == 0


class TestNotePrivacy:
    @pytest.fixture
    def notes(self, user, other_user):
        passage = ArticleFactory().passages.first()

        def note(author, visibility, body, tags=""):
            return note_services.note_create(
                author=author,
                passage=passage,
                body=body,
                visibility=visibility,
                tags=tags,
                rate_limit=False,
            )

        return {
            "mine_private": note(user, Note.Visibility.PRIVATE, "Mine marsupial", "secretmine"),
            "theirs_private": note(
                other_user, Note.Visibility.PRIVATE, "Theirs marsupial", "secrettheirs"
            ),
            "theirs_public": note(other_user, Note.Visibility.PUBLIC, "Public marsupial", "open"),
        }

    def found(self, find, user, text="marsupial"):
        return set(kinds(find(text, user=user), "note"))

    def test_anonymous_readers_find_public_notes_only(self, find, notes):
        assert self.found(find, None) == {notes["theirs_public"].pk}

    def test_authors_find_their_private_notes_and_never_anyone_elses(self, find, notes, user):
        assert self.found(find, user) == {notes["mine_private"].pk, notes["theirs_public"].pk}
        assert self.found(find, user, "secretmine") == {notes["mine_private"].pk}
        # Neither the body nor the tags of someone else's private note match.
        assert self.found(find, user, "theirs") == set()
        assert self.found(find, user, "secrettheirs") == set()
        assert find("secrettheirs", user=user) == []

    def test_hidden_notes_are_found_by_their_author_and_editors_only(
        self, find, notes, user, other_user
    ):
        editor = UserFactory()
        editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
        hidden = notes["theirs_public"]
        note_services.note_hide(note=hidden, editor=editor, reason="Off topic")
        assert self.found(find, None) == set()
        assert self.found(find, user) == {notes["mine_private"].pk}
        assert hidden.pk in self.found(find, other_user)
        assert hidden.pk in self.found(find, UserFactory._meta.model.objects.get(pk=editor.pk))

    def test_replies_to_hidden_notes_are_hidden_with_them(self, find, notes, user):
        parent = notes["theirs_public"]
        reply = note_services.note_reply(
            author=user, parent=parent, body="Reply about wallabies", rate_limit=False
        )
        assert self.found(find, None, "wallabies") == {reply.pk}
        editor = UserFactory()
        editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
        note_services.note_hide(note=parent, editor=editor, reason="Off topic")
        assert self.found(find, None, "wallabies") == set()

    def test_a_note_made_private_leaves_others_results(self, find, user, other_user):
        note = NoteFactory(author=other_user, body="Platypus remark")
        assert self.found(find, user, "platypus") == {note.pk}
        note_services.note_update(
            note=note, editor=other_user, body=note.body, visibility="private"
        )
        assert self.found(find, user, "platypus") == set()
        assert self.found(find, other_user, "platypus") == {note.pk}


def test_long_chinese_texts_are_cut_around_the_first_match():
    ArticleFactory(
        body="前言。" * 300 + "中俄呼吁停止挑动隔阂与对立。" + "后记。" * 300, language="zh"
    )
    (result,) = page_of("挑动隔阂", kind="article").results
    text = "".join(s.text for s in result.snippet)
    assert text.startswith("…") and text.endswith("…") and len(text) < 450
    assert [s.text for s in result.snippet if s.hit] == ["挑动隔阂"]


@postgresql_only
def test_a_left_out_word_is_left_out_in_the_rows_own_language(find):
    # 'wars' is 'war' in English: the simple configuration's '!wars' must not let it in.
    article = ArticleFactory(title="Report", body="China is at war.", language="en")
    assert kinds(find("china", kind="passage"), "passage") == [article.passages.get().pk]
    assert find("china -wars", kind="passage") == []


@postgresql_only
def test_a_left_out_word_after_stop_words_only_leaves_it_out(find):
    # "the" is a stop word in English: what is left is "not china", every row without it.
    kept = ArticleFactory(title="Report", body="Moscow hosts a summit.", language="en")
    ArticleFactory(title="Report", body="China hosts a summit.", language="en")
    assert kinds(find("the -china", kind="passage"), "passage") == [kept.passages.get().pk]


@postgresql_only
def test_the_query_is_built_for_the_configurations_the_index_holds():
    from django.db import connection

    from mediacompare.search import backends

    ArticleFactory(body="Summit talks.", language="en")
    backend = backends.for_connection(connection)
    with backend.reading():
        prepared = backend.prepare(parse_query("summit -china"), ["english", "french", "simple"])
    # Notes' configuration (simple) has no row yet, French none at all.
    assert sorted(prepared.by_config) == ["english"]
    # The index is asked the words that must appear; the rows, the whole query.
    assert prepared.combined_positive == "( 'summit' )"
    assert prepared.combined == "( 'summit' & !'china' )"


@postgresql_only
def test_a_language_no_row_is_in_finds_nothing_and_stop_words_are_still_said():
    ArticleFactory(body="Summit talks.", language="en")
    page = page_of("summit", language="fr")
    assert (page.total, page.only_stop_words) == (0, False)
    assert page_of("le", language="fr", kind="article").only_stop_words
