from collections import Counter
from pathlib import Path

from django.core.management import call_command

from mediacompare.alignment import corpus
from mediacompare.coverage import services
from mediacompare.coverage.demo import DEMO_DIR, load_event
from mediacompare.coverage.models import Article, Comparison, Outlet, Passage, PassageLink
from mediacompare.notes.models import Note

# A few files in four scripts: loading them is cheap; one test loads everything.
SOME = [
    "00_SEED_chinanews_en.txt",
    "01_chinanews_tellerreport_en.txt",
    "03_cri-german_de.txt",
    "30_hk01_zh.txt",
    "48_azattv_hy.txt",
]


def test_demo_articles_are_written_through_the_article_writer(db, monkeypatch):
    created, updated = [], []
    real_create, real_update = services.article_create, services.article_update

    def create(**kwargs):
        created.append(kwargs["title"])
        return real_create(**kwargs)

    def update(**kwargs):
        updated.append(kwargs["article"].pk)
        return real_update(**kwargs)

    monkeypatch.setattr(services, "article_create", create)
    monkeypatch.setattr(services, "article_update", update)
    event = load_event(files=SOME)
    assert len(created) == len(SOME) and not updated
    links = PassageLink.objects.count()
    load_event(files=SOME)
    assert len(updated) == len(SOME)
    assert event.articles.count() == len(SOME)
    assert PassageLink.objects.count() == links


def test_demo_subset_aligns_across_languages_and_says_what_was_not_compared(db):
    event = load_event(files=SOME)
    primary = event.articles.get(is_primary=True)
    assert primary.outlet.slug == "china-news-service"
    teller = event.articles.get(outlet__slug="teller-report")
    verbatim = PassageLink.objects.filter(article_a=primary, article_b=teller, kind="verbatim")
    assert verbatim.count() >= 5
    hk01 = event.articles.get(outlet__slug="hk01")
    # The Hong Kong outlet's sentences are content (they were all "not content" before).
    assert hk01.passages.filter(is_boilerplate=False).count() >= 6
    assert hk01.passages.get(text__startswith="撰文").is_boilerplate
    translations = PassageLink.objects.filter(kind="translation", article_a__event=event)
    assert translations.filter(article_b=hk01).exists()
    assert all(link.diff == [] for link in translations)
    armenian = event.articles.get(language="hy")
    assert not PassageLink.objects.filter(article_b=armenian).exists()
    assert not Comparison.objects.get(article_a=primary, article_b=armenian).compared
    assert Comparison.objects.filter(compared=True).count() == len(SOME) * (len(SOME) - 1) // 2 - 4


def test_demo_texts_are_the_corpus_files_with_their_headers():
    data = (DEMO_DIR / "event1.json").read_text(encoding="utf-8")
    files = sorted(p.name for p in (DEMO_DIR / "event1").glob("*.txt"))
    assert len(files) == 49
    for name in files:
        assert name in data
        text = corpus.read(DEMO_DIR / "event1" / name)
        assert {"outlet", "url", "title", "language", "completeness"} <= set(text.header)
        assert text.body.strip()
    # Archive junk removed (see demo/README.md).
    for name in ("07_goaspotlight-ria-novosti_en.txt", "09_rusreality_en.txt"):
        assert "[excerpt" not in Path(DEMO_DIR / "event1" / name).read_text(encoding="utf-8")
        assert "[variant copy" not in Path(DEMO_DIR / "event1" / name).read_text(encoding="utf-8")


def test_load_demo_and_align_commands(db, capsys):
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "49 articles" in output
    assert "reader / reader-demo-2021" in output and "editor / editor-demo-2021" in output
    assert "3 sample public notes" in output
    spans = Note.objects.exclude(quote="").values_list("quote", flat=True)
    assert sorted(spans) == ["National Journal", "rubber bullets and tear gas"]
    languages = Counter(a.language.split("-")[0] for a in Article.objects.all())
    assert set(languages) == {"en", "zh", "ru", "ar", "de", "it", "ko", "hy"}
    assert Outlet.objects.count() >= 40
    assert PassageLink.objects.filter(kind="translation").exists()
    assert not Passage.objects.filter(is_boilerplate=False, article__language="en", embedding=None)
    call_command("align")
    assert "automatic links" in capsys.readouterr().out
