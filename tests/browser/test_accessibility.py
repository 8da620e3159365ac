"""Accessibility: axe-core in Chromium on the reading pages, and the comparison by keyboard.

axe runs with its default rule set (WCAG 2 A and AA, plus its best practices), as
axe-playwright-python ships it: no network needed.
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes import services as note_services
from mediacompare.notes.models import Note

READER, READER_PASSWORD = "reader", "reader-demo-2021"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "narrow": {"width": 390, "height": 844}}
# The row highlight of .row:hover and .row:focus-within in site.css.
ROW_HIGHLIGHT = "rgb(255, 248, 225)"

axe = Axe()


def articles_by_outlet(event) -> dict[str, Article]:
    return {a.outlet.name: a for a in Article.objects.filter(event=event).select_related("outlet")}


def compare_url(event, *articles: Article, extra: str = "") -> str:
    query = "&".join(f"{key}={article.pk}" for key, article in zip("abcd", articles, strict=False))
    return f"{event.get_absolute_url()}compare/?{query}{extra}"


def violations_report(name: str, violations: list[dict]) -> list[str]:
    """One line per violation: what is wrong, how bad, and where."""
    return [
        f"{name}: {v['id']} ({v['impact']}) {v['help']} [{v['helpUrl']}]\n    at "
        + "\n    at ".join(" ".join(node["target"]) for node in v["nodes"])
        for v in violations
    ]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("user", ["anonymous", READER])
def test_axe_finds_no_violations(new_page, demo, log_in, user, viewport):
    event, _accounts = demo
    by_outlet = articles_by_outlet(event)
    pivot, copy, gt, tass = (
        by_outlet[name] for name in ("China News Service", "Teller Report", "Global Times", "TASS")
    )
    german, hk01 = by_outlet["China Radio International (German service)"], by_outlet["HK01"]
    reader = Note._meta.get_field("author").related_model.objects.get(username=READER)
    note = note_services.note_create(
        author=reader,
        passage=gt.passages.get(index=1),
        body="A *public* note, with a tag",
        visibility="public",
        tags="attribution",
    )
    note_services.note_reply(author=reader, parent=note, body="And a reply.")
    first_run = "a2"
    pages = {
        "event list": "/",
        "event": event.get_absolute_url(),
        "article": gt.get_absolute_url(),
        # A targeted row has its own style.
        "comparison, 2 columns": compare_url(event, pivot, gt) + "#a3",
        "comparison, 4 columns, differences only": compare_url(
            event, pivot, copy, gt, tass, extra="&diff=1"
        ),
        # Folded runs of identical rows, and a folded run opened.
        "comparison, 2 columns, copy": compare_url(event, pivot, copy, extra=f"&open={first_run}"),
        # Columns in other languages (lang attributes, the notice on links across them).
        "comparison, across languages": compare_url(event, pivot, german, hk01),
        "passage": gt.passages.get(index=1).get_absolute_url(),
        "note": f"/notes/{note.pk}/",
        "event notes": f"/notes/events/{event.slug}/",
        "method": "/method/",
    }
    if user != "anonymous":
        pages["my notes"] = "/notes/mine/"
        pages["notes to check"] = "/notes/orphaned/"
    page = new_page(viewport=VIEWPORTS[viewport])
    if user != "anonymous":
        page.goto("/")
        log_in(page, READER, READER_PASSWORD)

    problems = []
    for name, url in pages.items():
        page.goto(url)
        if name in ("article", "passage", "note", "event notes", "my notes"):
            # Check the notes panels and, signed in, the note forms in them too.
            page.locator("details.notes").evaluate_all("all => all.forEach(d => (d.open = true))")
        elif name.startswith("comparison"):
            # One notes panel open (loaded on opening with JavaScript), one row hovered.
            page.locator("tbody details.notes > summary").first.click()
            expect(page.locator("tbody details.notes[open] .notes-panel").first).to_be_visible()
            page.locator("tbody tr.row").nth(4).hover()
        results = axe.run(page)
        problems += violations_report(f"{name} ({url})", results.response["violations"])
    assert not problems, f"axe, {user}, {viewport}:\n" + "\n".join(problems)


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const label = el.labels && el.labels.length ? el.labels[0].textContent : "";
          const name = el.getAttribute("aria-label") || label || el.textContent;
          return {
            tag: el.tagName.toLowerCase(),
            name: name.trim().replace(/\\s+/g, " "),
            where: el.closest("form.compare-form") ? "form"
              : el.closest(".pivot-links") ? "pivot"
              : el.closest(".compare-table thead") ? "header"
              : el.closest(".compare-table tbody") ? "passages" : "page",
            outline: getComputedStyle(el).outlineStyle,
            outlineWidth: getComputedStyle(el).outlineWidth,
          };
        }"""
    )


def test_comparison_by_keyboard(page, demo, console_errors):
    event, _accounts = demo
    by_outlet = articles_by_outlet(event)
    pivot, gt = by_outlet["China News Service"], by_outlet["Global Times"]
    page.goto(compare_url(event, pivot, gt))
    # Word differences are announced, not only struck or underlined (site.css).
    for tag, says in (("del", "[deleted: "), ("ins", "[inserted: ")):
        words = page.locator(f"tbody {tag}").first
        cell = words.locator("xpath=ancestor::td")
        said = re.escape(says + words.inner_text().strip()) + r"\s*\]"
        assert re.search(said, cell.aria_snapshot()), tag

    visited = []
    for _ in range(80):
        page.keyboard.press("Tab")
        visited.append(focused(page))
        if visited[-1]["where"] == "passages" and visited[-1]["tag"] == "a":
            break
    names = [f"{step['where']}: {step['name']}" for step in visited]
    assert visited[0]["name"] == "Skip to content", names
    # Regions come in reading order and never interleave.
    regions = [step["where"] for step in visited if step["where"] != "page"]
    order = ["form", "pivot", "header", "passages"]
    assert [r for i, r in enumerate(regions) if i == 0 or regions[i - 1] != r] == order, names
    # The form's controls in their visual order (other fields may come between).
    form_names = iter(step["name"] for step in visited if step["where"] == "form")
    for label in ["Pivot", "Compare with", "and with", "and with", "Only differences", "Compare"]:
        assert any(name.startswith(label) for name in form_names), (label, names)

    # The first passage's link: focus is visible, and its row lights up in every column.
    link = visited[-1]
    assert link["name"].endswith("passage 1, link to this row"), names
    assert link["outline"] != "none" and link["outlineWidth"] != "0px", link
    row_cells = page.locator("tbody tr.row:focus-within > td")
    assert row_cells.count() == 2
    assert row_cells.evaluate_all("tds => tds.map(td => getComputedStyle(td).backgroundColor)") == [
        ROW_HIGHLIGHT,
        ROW_HIGHLIGHT,
    ]

    # Back to the "Make the pivot" link with Shift+Tab, and Enter swaps the view.
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        if focused(page)["where"] == "pivot":
            break
    assert focused(page)["name"] == "Global Times"
    assert focused(page)["outline"] != "none"
    page.evaluate("window.__noReload = 1")
    page.keyboard.press("Enter")
    expect(page.locator(".compare-table thead th").first.get_by_role("link")).to_have_text(
        "Global Times"
    )
    expect(page).to_have_url(re.compile(rf"\?a={gt.pk}&b={pivot.pk}\b"))
    assert page.evaluate("window.__noReload") == 1
    # Focus stays in the "Make the pivot" links (htmx refocuses the same id), not lost.
    expect(page.locator(".pivot-links a").first).to_be_focused()
    assert focused(page)["name"] == "China News Service"
    assert console_errors == []
