"""The whole review in Chromium, with JavaScript on and off.

The demo editor, in the comparison of the China News Service report with Global Times,
rejects a link, draws a missing one (from a pivot passage shown as a gap) and confirms
another; the event is realigned; all three decisions hold. The demo reader then sees
the marks on the links the editor kept, and no control.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.test import Client
from playwright.sync_api import expect

from mediacompare.coverage import services
from mediacompare.coverage.demo import create_demo_accounts, load_event
from mediacompare.coverage.models import Article, PassageLink

FILES = ["00_SEED_chinanews_en.txt", "20_globaltimes_en.txt", "36_tass_en.txt"]


@pytest.fixture
def scene(transactional_db):
    event = load_event(files=FILES)
    create_demo_accounts()
    pivot = Article.objects.get(event=event, is_primary=True)
    other = Article.objects.get(event=event, outlet__name="Global Times")
    links = PassageLink.objects.filter(
        Q(article_a=pivot, article_b=other) | Q(article_a=other, article_b=pivot)
    ).select_related("passage_a", "passage_b")
    ranked = sorted(links, key=lambda link: link.score)
    rejected, confirmed = ranked[0], ranked[-1]
    linked = {link.passage_a_id for link in links} | {link.passage_b_id for link in links}
    # A pivot content passage Global Times has no link to, and one of its passages.
    lonely = next(
        p for p in pivot.passages.order_by("index") if p.pk not in linked and not p.is_boilerplate
    )
    partner = next(
        p
        for p in other.passages.order_by("index")
        if not p.is_boilerplate and p.pk not in {rejected.passage_a_id, rejected.passage_b_id}
    )
    return {
        "event": event, "pivot": pivot, "other": other, "rejected": rejected,
        "confirmed": confirmed, "lonely": lonely, "partner": partner,
        "url": f"/events/{event.slug}/compare/?a={pivot.pk}&b={other.pk}",
    }  # fmt: skip


def sign_in(page, live_server, username: str) -> None:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def pivot_row(link: PassageLink, pivot: Article) -> str:
    mine = link.passage_a if link.passage_a.article_id == pivot.pk else link.passage_b
    return f"a{mine.index + 1}"


def pair_of(link: PassageLink) -> dict:
    return {"passage_a": link.passage_a_id, "passage_b": link.passage_b_id}


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_an_editor_reviews_the_links_and_the_decisions_survive_realignment(
    new_page, live_server, scene, console_errors, js
):
    page = new_page(java_script_enabled=js)
    sign_in(page, live_server, "editor")
    pivot, rejected, confirmed = scene["pivot"], scene["rejected"], scene["confirmed"]

    # Reject the weakest link, from the keyboard.
    row = pivot_row(rejected, pivot)
    page.goto(f"{scene['url']}&row={row}#{row}")
    if js:
        page.evaluate("window.notReloaded = true")
    reject = page.locator(f"#reject-{rejected.pk}")
    reject.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#reject-{rejected.pk}")).to_have_count(0)
    assert not PassageLink.objects.filter(pk=rejected.pk).exists()

    # Confirm the strongest.
    row = pivot_row(confirmed, pivot)
    page.goto(f"{scene['url']}&row={row}#{row}")
    page.locator(f"#confirm-{confirmed.pk}").click()
    expect(page.locator(f"#{row} .reviewed-mark").first).to_be_visible()

    # Draw a link from a pivot passage shown as a gap.
    lonely, partner = scene["lonely"], scene["partner"]
    row = f"a{lonely.index + 1}"
    page.goto(f"{scene['url']}&row={row}#{row}")
    if js:
        page.evaluate("window.notReloaded = true")
    page.locator(f"#{row} .side-pivot .review-draw").click()
    page.get_by_label(partner.text).check()
    page.get_by_label("Kind of link").select_option("paraphrase")
    page.get_by_role("button", name="Draw the link").click()
    if js:
        # Swapped in place: the page was never reloaded.
        assert page.evaluate("window.notReloaded") is True
    expect(page.locator(f"#{row} .reviewed-mark").first).to_be_visible()
    drawn = PassageLink.objects.get(
        Q(passage_a=lonely, passage_b=partner) | Q(passage_a=partner, passage_b=lonely)
    )
    assert (drawn.origin, drawn.kind) == ("editor", "paraphrase")

    # The event is realigned (no request of the page's on the way): all three decisions hold.
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")
    services.event_realign(event=scene["event"])
    assert not PassageLink.objects.filter(**pair_of(rejected)).exists()
    kept = PassageLink.objects.get(**pair_of(confirmed))
    assert (kept.origin, kept.kind) == ("editor", confirmed.kind)
    assert PassageLink.objects.filter(pk=drawn.pk, origin="editor", kind="paraphrase").exists()

    # The passage page shows the decisions in its history.
    page.goto(lonely.get_absolute_url())
    expect(page.locator(".review-history")).to_contain_text("Drawn")
    expect(page.locator(".review-history")).to_contain_text("editor")

    # A reader sees the marks and no control.
    reader = new_page(java_script_enabled=js)
    sign_in(reader, live_server, "reader")
    reader.goto(f"{scene['url']}&row={row}#{row}")
    expect(reader.locator(f"#{row} .reviewed-mark").first).to_be_visible()
    expect(reader.locator(".legend-reviewed")).to_contain_text("an editor confirmed")
    expect(reader.locator(".review-controls, .review-decide, .review-draw")).to_have_count(0)
    reader.goto(lonely.get_absolute_url())
    expect(reader.locator(".review-decide, .review-mark")).to_have_count(0)
    expect(reader.locator(".review-links .reviewed-mark")).to_have_count(1)
    assert console_errors == []


def test_the_review_queue_from_the_keyboard(new_page, live_server, scene, console_errors):
    page = new_page()
    sign_in(page, live_server, "editor")
    page.goto(f"/events/{scene['event'].slug}/")
    page.get_by_role("link", name="Review the links of this event").click()
    counts = page.locator(".review-counts")
    expect(counts).to_contain_text("0 reviewed")
    first = page.locator(".queue-item").first
    first.get_by_role("button", name="Reject").focus()
    page.keyboard.press("Enter")
    expect(counts).to_contain_text("1 reviewed")
    # Focus moves to the item that took the decided one's place once htmx has settled
    # the swap (a moment after the counts change), so wait for it rather than read it.
    page.wait_for_function(
        "document.activeElement && document.activeElement.closest('.queue-item')"
        " && document.activeElement.closest('.queue-item').id === 'q-1'",
        timeout=5000,
    )
    assert console_errors == []
