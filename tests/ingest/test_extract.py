from pathlib import Path

import pytest

from mediacompare.ingest.extract import ExtractionError, count_words, extract

PAGES = Path(__file__).with_name("pages")


def test_an_article_page_gives_its_text_title_byline_date_and_language():
    page = extract((PAGES / "article.html").read_bytes())
    assert page.title == "Ambassadors call for an end to confrontation"
    assert page.byline == "Jane Roe"
    assert page.published_on.isoformat() == "2021-11-27"
    assert page.language == "en"
    assert page.site_name == "The Daily Example"
    assert page.url == "https://daily.example.org/world/2021/11/27/ambassadors"
    paragraphs = page.body.split("\n")
    assert paragraphs[0].startswith("WASHINGTON, November 27.")
    assert paragraphs[-1].startswith("Both countries are firmly opposed")
    # Navigation, footer and the headline are not the article's text.
    assert "Subscribe" not in page.body and "Copyright" not in page.body
    assert "Ambassadors call for" not in page.body


def test_the_language_comes_from_content_language_when_html_has_no_lang():
    page = extract((PAGES / "russian.html").read_text(encoding="utf-8"))
    assert page.language == "ru"
    assert page.body.startswith("ВАШИНГТОН, 27 ноября.")


def test_a_paywalled_stub_is_refused_with_a_clear_message():
    with pytest.raises(ExtractionError, match="paywalled stub"):
        extract((PAGES / "paywalled.html").read_bytes())


def test_a_page_without_an_article_is_refused():
    with pytest.raises(ExtractionError, match="No article text"):
        extract((PAGES / "not_an_article.html").read_bytes())


def test_an_oversized_page_is_refused_unread():
    with pytest.raises(ExtractionError, match="larger than 5 MB"):
        extract(b"<p>" + b"x" * (5 * 1024 * 1024) + b"</p>")


def test_words_are_counted_in_cjk_text_too():
    assert count_words("one two three") == 3
    assert count_words("中俄两国大使联合发表文章") == 6
