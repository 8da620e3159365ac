import datetime

import pytest

from mediacompare.ingest.rows import ArticleRow, RowError, body_key

VALID = {
    "event": "summit",
    "event_date": "2021-12-09",
    "outlet": "tass",
    "language": "en",
    "body": "The ambassadors wrote a joint article.\nThey criticised the summit.",
}


def test_a_valid_row_is_read_with_its_defaults():
    row = ArticleRow.from_json(VALID)
    assert row.title == "The ambassadors wrote a joint article."
    assert row.event_date == datetime.date(2021, 12, 9)
    assert (row.is_primary, row.is_excerpt, row.url) == (False, False, "")


def test_every_problem_of_a_row_is_reported():
    with pytest.raises(RowError) as caught:
        ArticleRow.from_json(
            {
                "event": "Not a slug!",
                "language": "English!!",
                "published_at": "27/11/2021",
                "url": "ftp://example.org/a",
                "is_primary": "yes",
                "colour": "red",
            }
        )
    problems = " | ".join(caught.value.problems)
    for expected in [
        "unknown keys colour",
        "“outlet” is required",
        "“body” is required",
        "“event” must be a slug",
        "not a BCP 47 language code",
        "“published_at” must be an ISO date",
        "“url” is not an http(s) address",
        "“is_primary” must be true or false",
    ]:
        assert expected in problems


def test_a_language_is_checked_against_the_vocabulary():
    with pytest.raises(RowError, match="use “en”"):
        ArticleRow.from_json({**VALID, "language": "English"})
    assert ArticleRow.from_json({**VALID, "language": "ZH-hans"}).language == "zh-Hans"


def test_dates_keep_their_precision():
    day = ArticleRow.from_json({**VALID, "published_at": "2021-11-27"})
    assert (day.published_at.hour, day.published_precision) == (0, "day")
    moment = ArticleRow.from_json({**VALID, "published_at": "2021-11-27T19:44:00+03:00"})
    assert (moment.published_at.hour, moment.published_precision) == (16, "minute")


def test_not_an_object():
    with pytest.raises(RowError, match="JSON object"):
        ArticleRow.from_json(["a", "list"])


def test_the_body_key_ignores_spacing_and_case():
    assert body_key("One  two.\r\nThree ") == body_key("one two. three")
    assert body_key("one two") != body_key("one three")
