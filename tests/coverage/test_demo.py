from django.core.management import call_command

from mediacompare.coverage.demo import load_event
from mediacompare.coverage.models import Article, Outlet, PassageLink
from mediacompare.notes.models import Note


def test_demo_event_loads_real_coverage_and_is_idempotent(db):
    event = load_event()
    articles = list(event.articles.select_related("outlet"))
    assert len({a.outlet_id for a in articles}) >= 7
    names = {a.outlet.name for a in articles}
    assert {
        "China News Service",
        "Global Times",
        "TASS",
        "China Daily",
        "News.ru",
        "Sputnik",
    } <= names
    assert any("AFP" in a.byline for a in articles)
    primary = event.articles.get(is_primary=True)
    assert primary.outlet.slug == "china-news-service"
    assert all(a.source_url for a in articles)
    assert any(a.is_excerpt for a in articles)
    links = PassageLink.objects.count()
    assert links > 50
    # The Teller Report copy reproduces the seed article word for word.
    teller = event.articles.get(outlet__slug="teller-report")
    assert (
        PassageLink.objects.filter(article_a=primary, article_b=teller, kind="verbatim").count()
        >= 5
    )

    load_event()
    assert Article.objects.count() == len(articles)
    assert Outlet.objects.count() == len({a.outlet_id for a in articles})
    assert PassageLink.objects.count() == links


def test_load_demo_and_align_commands(db, capsys):
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "reader / reader-demo-2021" in output and "editor / editor-demo-2021" in output
    assert "3 sample public notes" in output
    spans = Note.objects.exclude(quote="").values_list("quote", flat=True)
    assert sorted(spans) == ["National Journal", "rubber bullets and tear gas"]
    call_command("load_demo")
    assert Note.objects.count() == 3
    call_command("align")
    assert "automatic links" in capsys.readouterr().out
