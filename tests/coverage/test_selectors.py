import pytest

from mediacompare.coverage import selectors
from mediacompare.coverage.selectors import overview
from tests.factories import ArticleFactory


@pytest.fixture
def pair(db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(
        event=source.event,
        body=(
            "A sentence the source never had, about something else entirely.\n"
            "Both countries are firmly opposed to the plan.\n"
            "They said that democracy is not the patent of any one country."
        ),
    )
    return source, copy


def texts(cell):
    return [view.passage.text for view in cell.views]


def shown(articles, **kwargs):
    """The comparison's rows as a page shows them, every one (texts read)."""
    rows = selectors.comparison(articles=articles, **kwargs).rows
    return read(selectors.shown_rows(rows, articles=articles))


def read(rows):
    """Ask for the rows' texts, as a page does when it renders them."""
    for row in rows:
        for view in [] if row.is_run else [v for cell in row.cells for v in cell.views]:
            assert view.marked.startswith('<span class="passage-text"')
    return rows


def test_comparison_pairs_linked_passages_and_shows_gaps(pair, user):
    source, copy = pair
    rows = shown([source, copy])
    pivot_texts = [row.cells[0].views[0].passage.text for row in rows if not row.is_addition]
    assert pivot_texts == [p.text for p in source.passages.order_by("index")]
    by_pivot = {row.cells[0].views[0].passage.text: row for row in rows if not row.is_addition}
    opposed = by_pivot["Both countries are firmly opposed to the plan."]
    assert texts(opposed.cells[1]) == ["Both countries are firmly opposed to the plan."]
    assert opposed.cells[1].kinds == ["verbatim"]
    assert opposed.is_verbatim
    stoke = by_pivot[
        "The summit will stoke ideological confrontation and create new dividing lines."
    ]
    assert stoke.is_gap and stoke.cells[1].views == []
    additions = [row for row in rows if row.is_addition]
    assert [texts(row.cells[1])[0][:10] for row in additions] == ["A sentence"]
    assert additions[0].anchor == "b1"
    # The addition comes before the pivot's first row: nothing of the copy precedes it.
    assert rows[0] is additions[0]


def test_each_passage_appears_once(pair, user):
    source, copy = pair
    third = ArticleFactory(event=source.event)
    rows = shown([source, copy, third])
    for column, article in enumerate([source, copy, third]):
        placed = [view.passage.pk for row in rows for view in row.cells[column].views]
        assert sorted(placed) == sorted(article.passages.values_list("pk", flat=True))


def test_three_columns_align_each_to_the_pivot(pair, user):
    source, copy = pair
    third = ArticleFactory(event=source.event)
    rows = shown([source, copy, third])
    opposed = next(
        row
        for row in rows
        if not row.is_addition and row.cells[0].views[0].passage.text.startswith("Both")
    )
    assert [cell.kinds for cell in opposed.cells[1:]] == [["verbatim"], ["verbatim"]]
    assert opposed.is_verbatim
    # The third article copies the source whole: every pivot row has it.
    assert all(row.cells[2].views for row in rows if not (row.is_addition or row.is_boilerplate))
    dateline = next(row for row in rows if not row.is_addition)
    assert dateline.is_boilerplate and not dateline.is_gap


def test_additions_shared_by_two_non_pivot_columns_share_a_row(db, user):
    source = ArticleFactory(body="The pivot says one thing only here.")
    shared = "Both outlets add this same sentence about the summit in Washington."
    second = ArticleFactory(event=source.event, body=f"Lead of the second outlet today.\n{shared}")
    third = ArticleFactory(event=source.event, body=shared)
    rows = shown([source, second, third])
    row = next(row for row in rows if texts(row.cells[1]) == [shared])
    assert texts(row.cells[2]) == [shared]
    assert row.cells[2].kinds == ["verbatim"]
    assert row.anchor == "b2"


def test_differences_only_hides_verbatim_rows(pair, user):
    source, copy = pair
    full = selectors.comparison(articles=[source, copy])
    only = selectors.comparison(articles=[source, copy], differences_only=True)
    verbatim = [row for row in full.rows if row.is_verbatim]
    assert verbatim
    assert only.hidden_verbatim == len(verbatim)
    assert len(only.rows) == len(full.rows) - len(verbatim)
    assert not any(row.is_verbatim for row in only.rows)


def test_comparison_summary_counts_shared_passages(pair, user):
    source, copy = pair
    comparison = selectors.comparison(articles=[source, copy])
    pivot, other = selectors.comparison_summary(comparison)
    assert pivot.total == source.passages.count()
    assert (other.total, other.linked) == (3, 2)
    assert other.by_kind == {"verbatim": 2}


def test_default_pivot_is_the_primary_source_else_the_earliest(pair):
    source, copy = pair
    articles = selectors.event_articles(event=source.event)
    assert selectors.default_pivot(articles=articles) == source
    source.is_primary = False
    source.save()
    articles = selectors.event_articles(event=source.event)
    assert selectors.default_pivot(articles=articles) == articles[0]
    assert selectors.default_pivot(articles=[]) is None


def test_event_list_counts_articles_and_outlets(pair):
    source, _ = pair
    event = selectors.event_list().get(pk=source.event_id)
    assert event.article_count == 2
    assert event.outlet_count == 2


def test_event_coverage_gives_the_best_kind_per_pivot_passage(pair):
    source, copy = pair
    german = ArticleFactory(
        event=source.event, language="de", body="Das Wetter in Hamburg war diese Woche kalt."
    )
    articles = selectors.event_articles(event=source.event)
    overview = selectors.event_coverage(event=source.event, articles=articles, pivot=source)
    assert [p.is_boilerplate for p in overview.passages] == [False] * 4
    by_article = {outlet.article: outlet for outlet in overview.outlets}
    assert set(by_article) == {copy, german}
    covered = by_article[copy]
    assert covered.kinds == [None, "verbatim", None, "verbatim"]
    assert covered.verbatim_share == 50 and covered.covered_share == 50
    assert covered.left_out_paragraphs == "1, 3"
    assert [p.text[:10] for p in covered.additions] == ["A sentence"]
    # German is compared now (translation links); its weather sentence matches nothing.
    assert by_article[german].compared and by_article[german].left_out_paragraphs == "1–4"


def test_event_coverage_counts_the_pivot_passages_an_article_translates(pair):
    from tests.coverage.test_services import GERMAN_TEXT

    source, copy = pair
    german = ArticleFactory(event=source.event, language="de", body=GERMAN_TEXT)
    articles = selectors.event_articles(event=source.event)
    overview = selectors.event_coverage(event=source.event, articles=articles, pivot=source)
    by_article = {outlet.article: outlet for outlet in overview.outlets}
    # Two of the pivot's four passages, in German: neither verbatim nor reworded.
    shown = by_article[german]
    assert shown.kinds.count("translation") == 2
    assert (shown.verbatim_share, shown.reworded_share, shown.partial_share) == (0, 0, 0)
    assert shown.translated_share == 50 and shown.covered_share == 50
    assert by_article[copy].translated_share == 0


def test_event_coverage_says_not_compared_with_the_reason_for_a_language_the_model_lacks(pair):
    source, _ = pair
    armenian = ArticleFactory(
        event=source.event, language="hy", body="Դեսպանները հոդված են հրապարակել։"
    )
    articles = selectors.event_articles(event=source.event)
    overview = selectors.event_coverage(event=source.event, articles=articles, pivot=source)
    shown = next(outlet for outlet in overview.outlets if outlet.article == armenian)
    assert not shown.compared and shown.additions == [] and shown.left_out_paragraphs == ""
    assert "does not know Armenian" in shown.reason
    assert selectors.not_compared(articles=[source, armenian]) == {armenian.pk: shown.reason}


def test_across_languages_lists_the_compared_columns_in_another_language(pair):
    source, copy = pair  # both English
    german = ArticleFactory(event=source.event, language="de", body="Beide Länder sind dagegen.")
    hant = ArticleFactory(event=source.event, language="zh-Hant", body="兩國堅決反對。")
    hans = ArticleFactory(event=source.event, language="zh", body="两国坚决反对。")
    armenian = ArticleFactory(event=source.event, language="hy", body="Դեսպանները հոդված են։")
    columns = [source, copy, german, armenian]
    not_compared = selectors.not_compared(articles=columns)
    assert list(not_compared) == [armenian.pk]
    assert selectors.across_languages(articles=columns, not_compared=not_compared) == [german]
    # Another script of one language is the same language; the pivot decides.
    assert selectors.across_languages(articles=[hans, hant], not_compared={}) == []
    assert selectors.across_languages(articles=[hans, source, hant], not_compared={}) == [source]


def test_language_accuracy_splits_the_published_figures_by_language():
    from mediacompare.alignment.accuracy import blind_sets

    published = blind_sets()
    split = selectors.language_accuracy()
    same, cross = published["by_languages"]["same"], published["by_languages"]["cross"]
    assert split.same.pairs + split.cross.pairs == published["all"]["pairs"]
    assert (
        split.cross.pairs
        == split.cross.cross_language_pairs
        == published["all"]["cross_language_pairs"]
    )
    assert split.same.links + split.cross.links == published["all"]["links"]
    assert split.cross.recall == round(100 * cross["recall"])
    assert split.same.unmatched_precision == round(100 * same["unmatched_precision"])
    assert split.cross.unmatched_wrong == 100 - round(100 * cross["unmatched_precision"])
    # A rate with nothing to count is not shown as 100%: no translation within a language.
    assert split.same.translation_recall is None and split.cross.copy_recall is None


def test_cached_pages_are_keyed_on_the_published_accuracy(tmp_path, monkeypatch):
    from mediacompare.alignment import accuracy
    from mediacompare.coverage.selectors import events

    events.markup_version.cache_clear()
    before = events.markup_version()
    changed = tmp_path / "accuracy.json"
    changed.write_text(accuracy.ACCURACY_PATH.read_text(encoding="utf-8") + " ")
    monkeypatch.setattr(accuracy, "ACCURACY_PATH", changed)
    events.markup_version.cache_clear()
    try:
        assert events.markup_version() != before
    finally:
        events.markup_version.cache_clear()


def test_ranges_compress_consecutive_numbers():
    assert overview._ranges([1, 2, 3, 5, 7, 8]) == "1–3, 5, 7–8"
    assert overview._ranges([]) == ""


def test_event_timeline_places_articles_in_time_order(pair):
    source, copy = pair
    undated = ArticleFactory(event=source.event, published_at=None)
    timeline = selectors.event_timeline(articles=[copy, source, undated])
    assert [p.article for p in timeline.points] == [source, copy]
    assert timeline.undated == [undated]
    xs = [p.x for p in timeline.points]
    assert timeline.axis_start <= xs[0] <= xs[1] <= timeline.axis_end
    assert [label for _, label in timeline.ticks] == ["27 Nov", "28 Nov"]
    assert selectors.event_timeline(articles=[]).points == []


def test_row_window_pages_through_rows_and_finds_an_anchor(pair):
    source, copy = pair
    comparison = selectors.comparison(articles=[source, copy])
    total = len(comparison.rows)
    first = selectors.row_window(comparison, size=2)
    assert (first.start, len(first.rows), first.previous_start, first.next_start) == (0, 2, None, 2)
    last_anchor = comparison.rows[-1].anchor
    found = selectors.row_window(comparison, anchor=last_anchor, size=2)
    assert comparison.rows[-1] in found.rows and found.next_start is None
    assert found.previous_start == found.start - 2
    assert selectors.row_window(comparison, start=10_000, size=2).start == total - 1
    assert selectors.row_window(comparison, anchor="z9", size=2).start == 0


def test_shown_rows_attach_texts_diffs_urls_and_notes(pair):
    from mediacompare.notes.interface import PassageNotes

    source, copy = pair
    window = selectors.row_window(selectors.comparison(articles=[source, copy]))
    first = source.passages.get(index=0)
    given = PassageNotes(first.pk)
    rows = read(selectors.shown_rows(window.rows, articles=[source, copy], notes={first.pk: given}))
    views = [view for row in rows if not row.is_run for cell in row.cells for view in cell.views]
    assert all(
        view.passage.text and view.url.endswith(f"/{view.passage.number}/") for view in views
    )
    assert any(view.chunks for view in views)
    assert [view.notes for view in views if view.passage.pk == first.pk] == [given]
    assert all(view.html.startswith('<span class="passage-text"') for view in views)


def test_with_more_than_two_columns_each_column_shows_what_it_leaves_out_of_the_pivot(db):
    source = ArticleFactory(is_primary=True)
    cut = ArticleFactory(
        event=source.event, body="Both countries are opposed to the plan, they say."
    )
    third = ArticleFactory(event=source.event)
    rows = shown([source, cut, third])
    row = next(row for row in rows if row.cells[1].views and not row.is_addition)
    chunks = row.cells[1].views[0].chunks
    assert ("other", "firmly ") in chunks
    assert "".join(text for op, text in chunks if op != "other") == cut.passages.get().text


def test_event_timeline_marks_far_off_dates_and_keeps_ticks_few(pair):
    import datetime

    source, copy = pair
    base = source.published_at
    late = ArticleFactory(event=source.event, published_at=base + datetime.timedelta(days=3))
    typo = ArticleFactory(event=source.event, published_at=base.replace(year=2099))
    timeline = selectors.event_timeline(articles=[source, copy, late, typo])
    assert [(p.article, p.off_scale) for p in timeline.points if p.off_scale] == [(typo, "after")]
    assert max(p.x for p in timeline.points) == timeline.axis_end
    assert [label for _, label in timeline.ticks][:2] == ["27 Nov", "28 Nov"]
    # Months of coverage, none of it an outlier: a tick a month, not a day.
    spread = [
        ArticleFactory(event=source.event, published_at=base + datetime.timedelta(days=d))
        for d in (0, 60, 120, 200)
    ]
    timeline = selectors.event_timeline(articles=spread)
    assert not timeline.off_scale and len(timeline.ticks) <= 13


def test_method_reads_the_published_figures_in_whole_percent():
    from mediacompare.alignment.accuracy import blind_sets, held_out_folds
    from mediacompare.coverage.selectors import method

    shown = method()
    published = blind_sets()
    assert shown.blind.pairs == published["all"]["pairs"]
    assert shown.blind.precision == round(100 * published["all"]["precision"])
    assert shown.blind.unmatched_precision == round(100 * published["all"]["unmatched_precision"])
    assert [f.name for f in shown.blind_sets] == list(published["sets"])
    assert shown.by_languages == selectors.language_accuracy()
    assert shown.training["recall"] == round(100 * held_out_folds()["recall"])
    assert [value for value, _label, _text in shown.kinds] == [
        "verbatim",
        "edited",
        "partial",
        "paraphrase",
        "translation",
    ]
    assert "Chinese" in shown.languages and "Armenian" not in shown.languages
