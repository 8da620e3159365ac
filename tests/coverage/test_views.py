import html
import re
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mediacompare.coverage.models import Article
from mediacompare.notes.models import Note
from tests.factories import SOURCE_TEXT, ArticleFactory, NoteFactory, UserFactory


@pytest.fixture
def pair(db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(
        event=source.event,
        body="Both countries are firmly opposed to the plan.\nOnly this outlet says this here.",
    )
    return source, copy


def compare_url(event, a=None, b=None):
    url = reverse("coverage:compare", args=[event.slug])
    return f"{url}?a={a}&b={b}" if a is not None else url


def test_event_list_shows_events(client, pair):
    source, _ = pair
    response = client.get(reverse("coverage:event_list"))
    assert response.status_code == 200
    assert source.event.title in response.text
    assert "2 articles from 2 outlets" in response.text


def test_event_detail_groups_articles_by_outlet(client, pair):
    source, copy = pair
    response = client.get(source.event.get_absolute_url())
    assert response.status_code == 200
    for article in pair:
        assert article.outlet.name in response.text
        assert article.title in response.text
    assert "Primary source" in response.text
    assert compare_url(source.event, source.pk, copy.pk).replace("&", "&amp;") in response.text


def test_unknown_event_is_404(client, db):
    assert client.get(reverse("coverage:event_detail", args=["nope"])).status_code == 404


def test_article_detail_numbers_passages(client, pair):
    source, _ = pair
    response = client.get(source.get_absolute_url())
    assert response.status_code == 200
    assert 'id="p-1"' in response.text and 'id="p-5"' in response.text
    assert "Log in</a> to add a note" in response.text


def test_article_of_another_event_is_404(client, pair):
    source, _ = pair
    other = ArticleFactory()
    url = reverse("coverage:article_detail", args=[source.event.slug, other.pk])
    assert client.get(url).status_code == 404


def test_passage_detail_and_its_htmx_fragment(client, pair):
    source, _ = pair
    passage = source.passages.get(index=1)
    NoteFactory(passage=passage, body="Public remark", visibility=Note.Visibility.PUBLIC)
    url = passage.get_absolute_url()
    page = client.get(url)
    assert page.status_code == 200
    assert "<html" in page.text and "Public remark" in page.text
    fragment = client.get(url, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    assert fragment.text.strip().startswith(f'<div class="notes-panel" id="notes-{passage.pk}">')
    assert "Public remark" in fragment.text
    assert "HX-Request" in fragment["Vary"]


@pytest.mark.parametrize("number", [0, 99])
def test_passage_out_of_range_is_404(client, pair, number):
    source, _ = pair
    url = reverse("coverage:passage_detail", args=[source.event.slug, source.pk, number])
    assert client.get(url).status_code == 404


def test_compare_defaults_to_the_primary_source(client, pair):
    source, copy = pair
    response = client.get(compare_url(source.event))
    assert response.status_code == 200
    comparison = response.context["comparison"]
    assert comparison.articles == [source, copy]
    assert any(row.is_verbatim for row in comparison.rows)
    assert "Not in " + copy.outlet.name in response.text
    assert "Not in " + source.outlet.name in response.text
    assert '<span class="kind kind-verbatim">Verbatim</span>' in response.text


def test_compare_htmx_returns_only_the_comparison(client, pair):
    source, copy = pair
    response = client.get(
        compare_url(source.event, copy.pk, source.pk), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.text.strip().startswith('<section id="comparison"')
    assert response.context["comparison"].pivot == copy
    assert "HX-Request" in response["Vary"]


def test_compare_up_to_four_columns_with_pivot_links(client, pair):
    source, copy = pair
    third, fourth = ArticleFactory(event=source.event), ArticleFactory(event=source.event)
    url = compare_url(source.event, source.pk, copy.pk) + f"&c={third.pk}&d={fourth.pk}"
    response = client.get(url)
    assert response.status_code == 200
    assert [a for _, a in response.context["columns"]] == [source, copy, third, fourth]
    assert 'class="compare-table columns-4"' in response.text
    swapped = f"?a={third.pk}&amp;b={source.pk}&amp;c={copy.pk}&amp;d={fourth.pk}"
    assert swapped in response.text


def test_compare_differences_only_hides_verbatim_rows(client, pair):
    source, copy = pair
    url = compare_url(source.event, source.pk, copy.pk)
    full = client.get(url).context["comparison"]
    only = client.get(url + "&diff=1").context["comparison"]
    assert only.hidden_verbatim == sum(row.is_verbatim for row in full.rows) > 0
    response = client.get(url + "&diff=on")
    assert "verbatim row hidden" in response.text or "verbatim rows hidden" in response.text


def test_compare_invalid_htmx_request_is_422_with_the_message(client, pair):
    source, _ = pair
    response = client.get(
        compare_url(source.event, source.pk, source.pk), headers={"HX-Request": "true"}
    )
    assert response.status_code == 422
    assert "Choose different articles" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "?a=abc&b=1",
        # The pivot alone is a comparison (an article's link): not an unknown one.
        "?a=999999",
        "?a=999999&b=1",
        "?a=%00&b=1",
        "?a=1&b=1",
        "?a=1.5&b=2",
        "?b=" + "9" * 40,
    ],
)
def test_compare_bad_query_strings_answer_400_with_a_message(client, pair, query):
    source, _ = pair
    response = client.get(compare_url(source.event) + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.text


def test_compare_needs_two_articles(client, db):
    article = ArticleFactory()
    response = client.get(compare_url(article.event))
    assert response.status_code == 404
    assert "fewer than two articles" in response.text


def test_compare_refuses_articles_of_another_event(client, pair):
    source, _ = pair
    stranger = ArticleFactory()
    response = client.get(compare_url(source.event, source.pk, stranger.pk))
    assert response.status_code == 400


def test_views_refuse_post(client, pair):
    source, _ = pair
    assert client.post(source.get_absolute_url()).status_code == 405


def _grow(event, articles: int, notes_per_passage: int, users):
    for _ in range(articles):
        article = ArticleFactory(event=event)
        for passage in article.passages.all():
            for k in range(notes_per_passage):
                NoteFactory(passage=passage, author=users[k % len(users)])


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_event_and_comparison_query_counts_do_not_grow_with_content(client, pair):
    source, copy = pair
    reader, writer = UserFactory(), UserFactory()
    client.force_login(reader)
    urls = [
        source.event.get_absolute_url(),
        compare_url(source.event, source.pk, copy.pk),
        compare_url(source.event, source.pk, copy.pk) + "&c={}&d={}",
    ]
    _grow(source.event, articles=2, notes_per_passage=1, users=[reader, writer])
    for passage in [*source.passages.all(), *copy.passages.all()]:
        NoteFactory(passage=passage, author=writer, visibility=Note.Visibility.PUBLIC)
    third, fourth = source.event.articles.exclude(pk__in=[source.pk, copy.pk])[:2]
    urls[2] = urls[2].format(third.pk, fourth.pk)
    before = [_queries(client, url) for url in urls]
    _grow(source.event, articles=3, notes_per_passage=3, users=[reader, writer])
    for passage in [*source.passages.all(), *copy.passages.all(), *third.passages.all()]:
        NoteFactory(passage=passage, author=reader, visibility=Note.Visibility.PRIVATE)
        NoteFactory(passage=passage, author=writer, visibility=Note.Visibility.PUBLIC)
    after = [_queries(client, url) for url in urls]
    assert before == after
    assert Article.objects.count() == 7
    # Recorded for the closing note: `pytest -k query_counts -s` prints them.
    print("queries (event, compare 2 columns, compare 4 columns):", after)


def test_history_restore_gets_the_whole_page(client, pair):
    source, copy = pair
    url = compare_url(source.event, source.pk, copy.pk)
    response = client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.text


def test_long_comparisons_come_a_page_of_rows_at_a_time(client, db, settings):
    from mediacompare.coverage import selectors

    sentences = [f"Sentence number {n} talks about topic {n} in detail here." for n in range(70)]
    source = ArticleFactory(body="\n".join(sentences), is_primary=True)
    copy = ArticleFactory(event=source.event, body="\n".join(sentences[::2]))
    url = compare_url(source.event, source.pk, copy.pk)
    page = client.get(url)
    window = page.context["window"]
    assert len(window.rows) == selectors.ROWS_PER_PAGE and window.next_start == 30
    assert "Show the next rows" in page.text
    more = client.get(f"{url}&start=30&fragment=rows", headers={"HX-Request": "true"})
    assert more.status_code == 200
    assert more.text.lstrip().startswith('<tr id="a31"') and "<table" not in more.text
    deep = client.get(f"{url}&row=a65")
    assert deep.context["window"].start == 60
    assert 'id="a65"' in deep.text and "Show earlier rows" in deep.text


def test_outlet_text_is_escaped_in_the_comparison(client, db):
    source = ArticleFactory(body="<script>alert(1)</script> says the outlet & more.")
    copy = ArticleFactory(event=source.event, body="<b>bold</b> claim with an ampersand & more.")
    response = client.get(compare_url(source.event, source.pk, copy.pk))
    assert "<script>alert" not in response.text and "<b>bold" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_passage_panel_offers_a_note_on_the_link_it_is_compared_with(client, pair):
    source, copy = pair
    client.force_login(UserFactory())
    passage = source.passages.get(index=4)
    partner = copy.passages.get(index=1)
    response = client.get(
        f"{passage.get_absolute_url()}?partner={partner.pk}", headers={"HX-Request": "true"}
    )
    assert f'name="linked_passage" value="{partner.pk}"' in response.text
    assert "<html" not in response.text


def test_logging_in_from_a_comparisons_notes_panel_comes_back_to_the_comparison(client, pair):
    """A panel loads when opened, from its passage's page; its "Log in" links come back
    to the row of the comparison it was opened in, not to that passage's page."""
    source, copy = pair
    passage = copy.passages.get(index=1)
    url = compare_url(source.event, source.pk, copy.pk)
    page = client.get(url).text
    panel_url = html.unescape(
        re.search(rf'hx-get="({re.escape(passage.get_absolute_url())}[^"]*)"', page)[1]
    )
    panel = client.get(panel_url, headers={"HX-Request": "true"}).text
    back = unquote(re.search(r'href="/accounts/login/\?next=([^"]+)">Log in</a>', panel)[1])
    assert back.startswith(f"{url}&row=")
    anchor = back.partition("#")[2]
    assert back.endswith(f"&row={anchor}#{anchor}") and f'<tr id="{anchor}"' in page


def test_compare_form_shows_only_the_column_choosers(client, pair):
    source, copy = pair
    text = client.get(compare_url(source.event, source.pk, copy.pk) + "&start=0").text
    for name in "abcd":
        assert f'name="{name}"' in text
    assert 'name="start"' not in text and 'name="row"' not in text


def test_links_that_change_the_columns_swap_the_form_too(client, pair):
    source, copy = pair
    url = compare_url(source.event, source.pk, copy.pk)
    view = client.get(url + "&fragment=view", headers={"HX-Request": "true"})
    assert view.text.lstrip().startswith('<div id="compare-view" class="compare-view">')
    assert '<form method="get"' in view.text and '<section id="comparison"' in view.text
    only_table = client.get(url, headers={"HX-Request": "true"})
    assert '<form method="get"' not in only_table.text
    page = client.get(url).text
    assert 'hx-target="closest .compare-view"' in page and "fragment=view" in page
    # Every control targets relative to itself.
    assert 'hx-target="#' not in page


def test_event_page_figures_name_left_out_paragraphs(client, pair):
    source, _ = pair
    text = client.get(source.event.get_absolute_url()).text
    # The copy keeps only the pivot's last paragraph, word for word.
    assert "Reproduces 25% verbatim" in text
    assert "Leaves out paragraphs 1–3." in text


def test_event_page_figures_count_what_an_article_in_another_language_translates(client, pair):
    from tests.coverage.test_services import GERMAN_TEXT

    source, copy = pair
    german = ArticleFactory(event=source.event, language="de", body=GERMAN_TEXT)
    page = client.get(source.event.get_absolute_url()).text
    figures = {
        article: page.split(f'href="{article.get_absolute_url()}">')[1]
        .split('<td class="figures">')[1]
        .split("</td>")[0]
        for article in (copy, german)
    }
    # Two of the pivot's four passages are translated: not "reproduces 0%" and nothing more.
    assert "translates 50%" in " ".join(figures[german].split())
    assert "translates" not in figures[copy]


def test_three_columns_show_the_pivots_words_each_outlet_leaves_out(client, db):
    source = ArticleFactory(is_primary=True)
    cut = ArticleFactory(
        event=source.event, body="Both countries are opposed to the plan, they say."
    )
    third = ArticleFactory(event=source.event)
    url = compare_url(source.event, source.pk, cut.pk) + f"&c={third.pk}"
    text = client.get(url).text
    assert '<del class="foreign">firmly </del>' in text
    assert "words of the pivot (or of the row’s first passage) it leaves out" in text


def test_punctuation_and_capitals_only_are_shown_as_such(client, db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(event=source.event, body="both countries are firmly opposed to the plan!")
    text = client.get(compare_url(source.event, source.pk, copy.pk)).text
    assert '<span class="diff-minor">both </span>' in text
    assert '<span class="diff-minor">Both </span>' in text
    assert "<del>Both" not in text and "<ins>both" not in text


def test_passages_and_titles_carry_their_articles_language(client, db):
    source = ArticleFactory(is_primary=True)
    german = ArticleFactory(event=source.event, language="de", body="Ein ganz anderer Satz.")
    for url in [
        compare_url(source.event, source.pk, german.pk),
        german.get_absolute_url(),
        german.passages.first().get_absolute_url(),
    ]:
        text = client.get(url).text
        assert 'lang="de" data-passage-id=' in text, url
    assert (
        'class="col-title" lang="de"'
        in client.get(compare_url(source.event, source.pk, german.pk)).text
    )


def test_arabic_titles_and_passages_are_marked_right_to_left(client, db):
    """Arabic read left to right (full stops at the wrong end, lines aligned left)."""
    source = ArticleFactory(is_primary=True)
    arabic = ArticleFactory(
        event=source.event,
        language="ar",
        title="روسيا والصين",
        body="قال السفيران إن القمة ستثير المواجهة.",
    )
    pages = {
        "event": source.event.get_absolute_url(),
        "article": arabic.get_absolute_url(),
        "passage": arabic.passages.first().get_absolute_url(),
        "compare": compare_url(source.event, source.pk, arabic.pk),
        "compare as pivot": compare_url(source.event, arabic.pk, source.pk),
    }
    for name, url in pages.items():
        text = client.get(url).text
        marked = re.findall(r'<[^>]*\blang="ar"[^>]*>', text)
        assert marked, name
        assert all('dir="rtl"' in tag for tag in marked), (name, marked)
        # Nothing in English or German says it is right to left.
        assert text.count('dir="rtl"') == len(marked), name
    page = client.get(arabic.get_absolute_url()).text
    assert re.search(r'<h1 lang="ar" dir="rtl">', page)
    assert re.search(r'<span class="passage-text"[^>]* dir="rtl" lang="ar"', page)


def test_the_comparison_opens_on_the_article_covering_the_pivot_most(client, db):
    source = ArticleFactory(is_primary=True)
    # Published first, in the pivot's language, but it keeps one sentence only.
    weak = ArticleFactory(
        event=source.event, body="Both countries are firmly opposed to the plan, said a source."
    )
    strong = ArticleFactory(event=source.event, body=SOURCE_TEXT)
    response = client.get(compare_url(source.event))
    assert response.context["comparison"].articles == [source, strong]
    assert weak.published_at < strong.published_at


# Twelve sentences with nothing in common: any engine links a copy of them word for word.
DISTINCT = [
    "The harbour authority closed two piers after the storm damaged their cranes.",
    "Farmers in the north say the drought has halved this year's cotton harvest.",
    "A new railway line will link the capital with the coast by the end of 2026.",
    "Scientists measured the glacier retreating forty metres since last spring.",
    "The senate voted to raise tariffs on imported steel by eight per cent.",
    "An orchestra from Vienna opened the festival with a symphony by Dvořák.",
    "Health officials began a vaccine campaign in schools on Monday morning.",
    "The satellite launched from a desert base will map forests across Africa.",
    "Election observers reported long queues but few irregularities at polling stations.",
    "The city museum returned three bronze statues to the country they came from.",
    "Engineers found a leak in the gas pipeline that runs under the river.",
    "The embassy advised travellers to avoid the border region until further notice.",
]


def test_an_articles_compare_link_opens_a_comparison_with_it_as_pivot(client, db):
    """ "Compare this article with another" names the pivot alone: the comparison opens
    on it and the article reproducing most of it (it answered 400, "Compare with: This
    field is required", to the app's own link)."""
    source = ArticleFactory(is_primary=True)
    weak = ArticleFactory(
        event=source.event, body="Both countries are firmly opposed to the plan, said a source."
    )
    strong = ArticleFactory(event=source.event, body=SOURCE_TEXT)
    page = client.get(weak.get_absolute_url()).text
    link = html.unescape(re.search(r'<a href="([^"]+)">Compare this article with another', page)[1])
    response = client.get(link)
    assert response.status_code == 200
    assert response.context["comparison"].articles[0] == weak
    assert response.context["comparison"].articles[1] in (source, strong)
    # Other columns named, or a pivot the event does not have: as before.
    assert client.get(f"{link}&b={source.pk}").context["comparison"].articles == [weak, source]


def test_runs_of_verbatim_rows_are_folded_and_open_with_and_without_htmx(client, db):
    sentences = DISTINCT
    source = ArticleFactory(body="\n".join(sentences), is_primary=True)
    changed = list(sentences)
    changed[6] = "Something else entirely happened in a distant valley, officials said."
    copy = ArticleFactory(event=source.event, body="\n".join(changed))
    url = compare_url(source.event, source.pk, copy.pk)
    response = client.get(url)
    window = response.context["window"]
    runs = [unit for unit in window.rows if unit.is_run]
    # Passages 1-6 and 8-12 are verbatim in both: two folded runs, one row between.
    assert [len(run.rows) for run in runs] == [6, 5]
    assert response.text.count('class="verbatim-run"') == 2
    assert 'id="a1"' in response.text and 'id="a2"' not in response.text
    assert "6 rows word for word in every column" in response.text
    # Without JavaScript: the link opens that run in the page.
    opened = client.get(url + "&open=a8")
    assert 'id="a9"' in opened.text and opened.text.count('class="verbatim-run"') == 1
    # With htmx: the run's rows alone, to replace its folded row.
    rows = client.get(url + "&open=a8&fragment=run", headers={"HX-Request": "true"})
    assert rows.text.lstrip().startswith('<tr id="a8"') and rows.text.count("<tr ") == 5
    # A deep link to a row inside a run opens it.
    assert 'id="a4"' in client.get(url + "&row=a4").text
    # Differences only: no verbatim rows, so nothing to fold.
    assert "verbatim-run" not in client.get(url + "&diff=1").text


def test_the_matrix_heading_numbers_passages_as_its_squares_do(client, pair):
    """The pivot's dateline (passage 1) has no square: the heading names the passages
    the squares are (2 to 5), not a count from 1 that is off by one from every square."""
    source, copy = pair
    text = client.get(source.event.get_absolute_url()).text
    assert '<span class="visually-hidden">Passage 2: ' in text
    assert '<span class="visually-hidden">Passage 1: ' not in text
    assert "Pivot passages 2 to 5</th>" in text


def test_a_far_off_date_is_marked_off_the_scale_not_drawn_day_by_day(client, pair):
    import datetime

    source, _ = pair
    typo = ArticleFactory(
        event=source.event,
        published_at=datetime.datetime(2099, 11, 27, 9, 0, tzinfo=datetime.UTC),
    )
    response = client.get(source.event.get_absolute_url())
    # One tick a day to 2099 made a 645 KB page.
    assert len(response.content) < 80_000
    timeline = response.context["timeline"]
    assert len(timeline.ticks) <= 13
    assert [point.article for point in timeline.points if point.off_scale] == [typo]
    assert f"Off the scale: {typo.outlet.name}, 27 Nov 2099" in response.text


def test_the_event_page_keeps_its_matrix_until_the_event_changes(client, pair):
    from mediacompare.coverage import services

    source, copy = pair
    url = source.event.get_absolute_url()
    cold = _queries(client, url)
    warm = _queries(client, url)
    # The matrix and timeline come from the cache: no passages or links are read.
    assert warm < cold
    assert "Reproduces 25% verbatim" in client.get(url).text
    services.article_update(article=copy, body=SOURCE_TEXT)
    assert "Reproduces 100% verbatim" in client.get(url).text
    # An article's own fields (its date, for the timeline) change the page too.
    services.article_update(article=copy, title="Renamed", published_at=None)
    assert f"No date: {copy.outlet.name}" in client.get(url).text


def test_the_comparison_reads_placement_and_texts_from_the_cache_until_the_event_changes(
    client, pair
):
    from mediacompare.coverage import services
    from mediacompare.notes import services as note_services

    source, copy = pair
    url = compare_url(source.event, source.pk, copy.pk)
    cold = _queries(client, url)
    warm = _queries(client, url)
    # Passages, links, texts and diffs: four queries the cache saves.
    assert cold - warm == 4
    first = client.get(url).text
    assert "Only this outlet says this here." in first
    services.article_update(article=copy, body=copy.body.replace("says this", "writes this"))
    assert "Only this outlet writes this here." in client.get(url).text
    # One reader's highlights are theirs: rendered for them, never cached for others.
    reader = UserFactory()
    passage = copy.passages.get(text__startswith="Only")
    start = passage.start + passage.text.index("writes")
    note_services.note_create(author=reader, passage=passage, body="x", start=start, end=start + 6)
    client.force_login(reader)
    assert '<mark class="note-span"' in client.get(url + f"&row=b{passage.number}").text
    client.logout()
    assert '<mark class="note-span"' not in client.get(url + f"&row=b{passage.number}").text


def test_method_page_shows_the_published_figures(client, db, django_assert_max_num_queries):
    from mediacompare.alignment.accuracy import blind_sets, held_out_folds

    with django_assert_max_num_queries(0):
        response = client.get(reverse("coverage:method"))
    assert response.status_code == 200
    measured = blind_sets()["all"]
    assert f"Measured on {measured['pairs']} pairs of news articles" in response.text
    assert f"Of the links shown, <strong>{round(100 * measured['precision'])}%</strong>" in (
        response.text
    )
    assert f"{round(100 * held_out_folds()['recall'])}% of the links are found" in response.text
    for language in ("Arabic", "Chinese", "Russian"):
        assert language in response.text
    assert "Partial quote" in response.text


def test_method_page_splits_the_figures_by_language(client, db):
    from mediacompare.alignment.accuracy import blind_sets

    split = blind_sets()["by_languages"]
    response = client.get(reverse("coverage:method"))
    assert 'id="method-languages"' in response.text
    assert f"Across two languages ({split['cross']['pairs']} pairs)" in response.text
    assert f"{round(100 * split['cross']['recall'])}%" in response.text


def test_compare_across_languages_says_how_often_links_are_found_there(client, pair):
    from mediacompare.alignment.accuracy import blind_sets

    source, copy = pair
    german = ArticleFactory(
        event=source.event, language="de", body="Beide Länder lehnen den Plan entschieden ab."
    )
    cross = blind_sets()["by_languages"]["cross"]
    method = reverse("coverage:method") + "#method-languages"
    response = client.get(compare_url(source.event, source.pk, german.pk))
    assert response.status_code == 200
    notice = response.text.split('class="notice across-languages">')[1].split("</p>")[0]
    assert f"{german.outlet.name} is in German, the pivot in English: across" in notice
    assert f"found {round(100 * cross['recall'])}% of the links" in notice
    assert f"{100 - round(100 * cross['unmatched_precision'])}% of the passages" in notice
    assert f'href="{method}"' in notice
    # The same in the fragment that htmx swaps in when the columns change.
    fragment = client.get(
        compare_url(source.event, source.pk, german.pk) + "&fragment=view",
        headers={"HX-Request": "true"},
    )
    assert 'class="notice across-languages"' in fragment.text
    # Three columns: only the one in another language is named.
    three = client.get(compare_url(source.event, source.pk, copy.pk) + f"&c={german.pk}")
    notice = three.text.split('class="notice across-languages">')[1].split("</p>")[0]
    assert notice.startswith(f"{german.outlet.name} is in German, the pivot in English:")
    # One language: no notice.
    same = client.get(compare_url(source.event, source.pk, copy.pk))
    assert "across-languages" not in same.text


def test_event_matrix_says_how_often_left_out_is_wrong_across_languages(client, pair):
    from mediacompare.alignment.accuracy import blind_sets

    source, _copy = pair
    url = source.event.get_absolute_url()
    assert "legend-languages" not in client.get(url).text  # one language
    ArticleFactory(event=source.event, language="de", body="Beide Länder lehnen ihn ab.")
    ArticleFactory(event=source.event, language="hy", body="Դեսպանները հոդված են։")  # not compared
    split = blind_sets()["by_languages"]
    legend = client.get(url).text.split('class="legend-languages">')[1].split("</span>")[0]
    assert legend.startswith("1 of the articles is in another language than the pivot")
    assert f"{100 - round(100 * split['cross']['unmatched_precision'])}% of the passages" in legend
    assert f"({100 - round(100 * split['same']['unmatched_precision'])}% within" in legend
    # Their rows say which language they are in.
    page = client.get(url).text
    assert (
        '<span class="badge" title="German"><span class="visually-hidden">In </span>de</span>'
        in (page)
    )
    assert page.count('<span class="visually-hidden">In </span>') == 2  # German, Armenian


def test_method_page_is_linked_from_the_footer_and_the_legends(client, pair):
    source, copy = pair
    method = reverse("coverage:method")
    for url in (
        reverse("coverage:event_list"),
        source.event.get_absolute_url(),
        compare_url(source.event, source.pk, copy.pk),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert f'href="{method}"' in response.text, url
    compare = client.get(compare_url(source.event, source.pk, copy.pk))
    assert "What the kinds mean, and how often links are right" in compare.text
    event = client.get(source.event.get_absolute_url())
    assert "how links are made, and how often they are right" in event.text


def test_method_page_refuses_writes(client, db):
    assert client.post(reverse("coverage:method")).status_code == 405


def test_without_javascript_a_note_comes_back_to_its_passages_notes_open(client, pair):
    source, copy = pair
    reader = UserFactory()
    client.force_login(reader)
    page = client.get(copy.get_absolute_url()).text
    back = f"{copy.get_absolute_url()}?notes=2#p-2"
    assert f'name="next" value="{back}"' in page
    assert page.count('<details class="notes"') == 2 and " open>" not in page
    passage = copy.passages.get(index=1)
    response = client.post(
        reverse("notes:create"), {"passage": passage.pk, "body": "Seen.", "next": back}
    )
    assert response.status_code == 302 and response["Location"] == back
    page = client.get(back).text
    assert '<details class="notes" data-has-notes open>' in page
    assert page.count(" open>") == 1
    assert client.get(copy.get_absolute_url() + "?notes=x").status_code == 400


def test_rows_of_a_column_not_compared_say_not_compared_in_every_other_column(client, pair):
    """An Armenian article (a language the model lacks) is compared with no other: its
    passages' rows must not call the other columns' empty cells "Added"/"Not in X", and
    the other articles' rows must not say it leaves them out (either way round)."""
    source, copy = pair
    armenian = ArticleFactory(
        event=source.event, language="hy", body="Դեսպանները հոդված են։\nԵրկրորդ նախադասություն։"
    )

    def rows(text):  # datelines (not content) leave their other cells empty
        found = re.findall(r'<tr id="[a-d]\d+" class="row[^"]*">.*?</tr>', text, re.S)
        return [row for row in found if "row-boilerplate" not in row.split(">")[0]]

    for a, b in ((source, armenian), (armenian, source)):
        text = client.get(compare_url(source.event, a.pk, b.pk)).text
        assert "Not in " not in text and ">Added<" not in text, (a.language, b.language)
        for row in rows(text):
            assert row.count("kind-not-compared") == 1, row
    # Three columns: the English copy is compared with the pivot, not with the Armenian.
    text = client.get(compare_url(source.event, source.pk, copy.pk) + f"&c={armenian.pk}").text
    for row in rows(text):
        if row.startswith('<tr id="c'):  # an Armenian passage's row
            assert "Not in " not in row and row.count("kind-not-compared") == 2, row
        else:  # the pivot's and the copy's rows: the Armenian column is not compared
            assert f"Not in {armenian.outlet.name}" not in row, row
            assert row.count("kind-not-compared") == 1, row
    # The copy's own passage, not in the pivot, is still an addition the pivot lacks.
    assert f"Not in {source.outlet.name}" in text
