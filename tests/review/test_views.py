import re

import pytest
from django.urls import reverse

from mediacompare.coverage.models import PassageLink
from mediacompare.review import services
from mediacompare.review.models import LinkDecision, PassageDecision
from tests.factories import ArticleFactory
from tests.review.conftest import passage

PLAN = "Both countries are firmly"
SUMMIT = "The summit will stoke"
WEATHER = "An unrelated sentence"
HTMX = {"HX-Request": "true"}


def compare_url(source, copy):
    return reverse("coverage:compare", args=[source.event.slug]) + f"?a={source.pk}&b={copy.pk}"


def decide(client, first, second, action, kind="", headers=None, **extra):
    data = {"passage": first.pk, "partner": second.pk, "action": action, "kind": kind, **extra}
    return client.post(reverse("review:decide"), data, headers=headers or {})


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_only_editors_may_post_decisions_or_see_the_queue(client, pair, reader, who):
    source, copy = pair
    if who == "reader":
        client.force_login(reader)
    left, right = passage(source, PLAN), passage(copy, PLAN)
    assert decide(client, left, right, "reject").status_code == 403
    draw = reverse("review:draw", args=[left.pk])
    assert client.get(draw, {"with": copy.pk}).status_code == 403
    assert client.post(draw, {"partner": right.pk, "kind": "paraphrase"}).status_code == 403
    assert client.post(reverse("review:mark", args=[left.pk]), {"content": "no"}).status_code == 403
    assert client.get(reverse("review:queue", args=[source.event.slug])).status_code == 403
    assert not LinkDecision.objects.exists() and not PassageDecision.objects.exists()
    assert PassageLink.objects.filter(passage_a=left, passage_b=right).exists()


def test_readers_see_the_mark_and_no_controls_editors_see_both(client, pair, editor, reader):
    source, copy = pair
    services.link_decide(
        editor=editor, passage=passage(source, PLAN), partner=passage(copy, PLAN), action="confirm"
    )
    url = compare_url(source, copy)
    client.force_login(editor)
    page = client.get(url).content.decode()
    assert "review-decide" in page and "Link with" in page and "✓" in page
    # The editor's rows are not cached for the reader who comes next.
    client.force_login(reader)
    page = client.get(url).content.decode()
    assert "review-decide" not in page and "Link with" not in page
    assert page.count("reviewed-mark") == 2  # the legend's and the link's
    passage_page = client.get(passage(source, PLAN).get_absolute_url()).content.decode()
    assert "review-decide" not in passage_page and "Mark as not content" not in passage_page
    assert "Confirmed" in passage_page and editor.username in passage_page


def test_a_decision_without_javascript_goes_back_where_it_was_made(client, pair, editor):
    source, copy = pair
    client.force_login(editor)
    left, right = passage(source, PLAN), passage(copy, PLAN)
    back = compare_url(source, copy) + "&row=a4#a4"
    response = decide(client, left, right, "retype", kind="edited", next=back)
    assert response.status_code == 303 and response["Location"] == back
    assert PassageLink.objects.get(passage_a=left, passage_b=right).kind == "edited"


def test_the_comparisons_decision_forms_come_back_to_their_row(client, pair, editor):
    # Without JavaScript the page reloads after a decision: at the top, unless the address
    # it comes back to names the row as well as asking for it.
    source, copy = pair
    client.force_login(editor)
    page = client.get(compare_url(source, copy)).content.decode()
    backs = re.findall(r'name="next" value="([^"]*)"', page)
    assert backs
    for back in backs:
        row = re.search(r"&amp;row=(\w+)", back).group(1)
        assert back.endswith(f"&amp;row={row}#{row}")


def test_an_htmx_decision_is_sent_the_fragment_it_swaps(client, pair, editor):
    source, copy = pair
    client.force_login(editor)
    left, right = passage(source, PLAN), passage(copy, PLAN)
    back = left.get_absolute_url()
    response = decide(client, left, right, "confirm", headers=HTMX, next=back, fragment="review")
    assert response.status_code == 303 and response["Location"] == back + "?fragment=review"
    panel = client.get(response["Location"], headers=HTMX)
    html = panel.content.decode()
    assert html.lstrip().startswith('<section class="passage-review review-scope"')
    assert "Confirmed" in html and "✓" in html


def test_the_htmx_comparison_after_a_decision_is_its_comparison_fragment(client, pair, editor):
    source, copy = pair
    client.force_login(editor)
    left, right = passage(source, PLAN), passage(copy, PLAN)
    back = compare_url(source, copy) + "&row=a4#a4"
    response = decide(client, left, right, "reject", headers=HTMX, next=back)
    assert response["Location"] == back.split("#")[0]
    html = client.get(response["Location"], headers=HTMX).content.decode()
    assert html.lstrip().startswith('<section id="comparison" class="comparison review-scope"')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "confirm"}, "not linked"),
        ({"action": "draw", "kind": "translation"}, "same language"),
        ({"action": "explode"}, "Select a valid choice"),
    ],
)
def test_bad_decisions_are_400_with_the_reason_or_422_in_place(client, pair, editor, data, message):
    source, copy = pair
    client.force_login(editor)
    left, right = passage(source, SUMMIT), passage(copy, WEATHER)
    response = decide(client, left, right, **data)
    assert response.status_code == 400 and message in response.content.decode()
    response = decide(client, left, right, headers=HTMX, **data)
    assert response.status_code == 422 and response["HX-Retarget"] == "this"
    assert message in response.content.decode()
    assert not LinkDecision.objects.exists()


def test_a_decision_on_passages_that_do_not_exist_is_404(client, pair, editor):
    source, _ = pair
    client.force_login(editor)
    response = client.post(
        reverse("review:decide"),
        {"passage": passage(source, PLAN).pk, "partner": 999999, "action": "reject"},
    )
    assert response.status_code == 404


def test_draw_lists_the_other_articles_passages_and_draws_the_chosen_one(client, pair, editor):
    source, copy = pair
    client.force_login(editor)
    left, right = passage(source, SUMMIT), passage(copy, WEATHER)
    url = reverse("review:draw", args=[left.pk])
    page = client.get(url, {"with": copy.pk}).content.decode()
    assert page.count('type="radio" name="partner"') == copy.passages.count()
    # On its own page a plain form; loaded into a comparison, it swaps the comparison.
    assert 'class="review-draw-form">' in page
    fragment = client.get(url, {"with": copy.pk}, headers=HTMX).content.decode()
    assert fragment.lstrip().startswith("<form") and "<html" not in fragment
    assert 'hx-target="closest .review-scope"' in fragment
    response = client.post(f"{url}?with={copy.pk}", {"partner": right.pk, "kind": "paraphrase"})
    assert response.status_code == 303
    link = PassageLink.objects.get(passage_a=left, passage_b=right)
    assert (link.kind, link.origin) == ("paraphrase", "editor")
    assert client.post(url, {"kind": "paraphrase"}).status_code == 400
    assert client.get(url, {"with": 999999}).status_code == 400


def test_marking_a_passage_not_content_and_back(client, pair, editor):
    source, _ = pair
    client.force_login(editor)
    target = passage(source, PLAN)
    url = reverse("review:mark", args=[target.pk])
    assert client.post(url, {"content": "no"}).status_code == 303
    target.refresh_from_db()
    assert target.is_boilerplate
    page = client.get(target.get_absolute_url()).content.decode()
    assert "Mark as content" in page and "Marked not content" in page
    client.post(url, {"content": "yes"})
    target.refresh_from_db()
    assert not target.is_boilerplate
    assert client.post(url, {"content": "maybe"}).status_code == 400


def test_the_queue_lists_low_scores_first_and_counts(client, pair, editor):
    source, copy = pair
    client.force_login(editor)
    url = reverse("review:queue", args=[source.event.slug])
    page = client.get(url).content.decode()
    automatic = PassageLink.objects.filter(origin="automatic").count()
    assert f"<strong>0</strong> reviewed · <strong>{automatic}</strong> pending" in page
    services.link_decide(
        editor=editor, passage=passage(source, PLAN), partner=passage(copy, PLAN), action="reject"
    )
    page = client.get(url).content.decode()
    assert f"<strong>1</strong> reviewed · <strong>{automatic - 1}</strong> pending" in page
    assert client.get(url, {"page": "x"}).status_code == 400


def test_the_queue_shows_flagged_decisions_first_and_dismisses_them(client, pair, editor):
    from mediacompare.coverage import services as coverage
    from tests.factories import SOURCE_TEXT

    source, copy = pair
    client.force_login(editor)
    services.link_decide(
        editor=editor, passage=passage(source, PLAN), partner=passage(copy, PLAN), action="confirm"
    )
    coverage.article_update(article=source, body=SOURCE_TEXT.replace("Both countries", "Two"))
    url = reverse("review:queue", args=[source.event.slug])
    page = client.get(url).content.decode()
    assert "<strong>1</strong> flagged" in page
    first = page.index('class="queue-item')
    assert "no longer has this passage" in page[first : first + 600]
    decision = LinkDecision.objects.get()
    response = client.post(reverse("review:dismiss", args=["link", decision.pk]), {"next": url})
    assert response.status_code == 303
    decision.refresh_from_db()
    assert decision.state == "superseded"


def test_the_queue_costs_the_same_queries_whatever_its_size(
    client, pair, editor, django_assert_max_num_queries
):
    source, copy = pair
    client.force_login(editor)
    url = reverse("review:queue", args=[source.event.slug])
    client.get(url)
    with django_assert_max_num_queries(16):
        client.get(url)
    for n in range(3):
        ArticleFactory(
            event=source.event,
            body=f"Number {n}: both countries are firmly opposed to the plan.\n{SUMMIT} fires.",
        )
    with django_assert_max_num_queries(16):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(url, {"page": 2}).status_code == 200


def test_a_translation_offers_no_retype_and_no_other_link_offers_translation(client, pair, editor):
    source, copy = pair
    german = ArticleFactory(event=source.event, language="de", body="Beide Länder lehnen ab.")
    plan, german_plan = passage(source, PLAN), german.passages.select_related("article").get()
    services.link_decide(
        editor=editor, passage=plan, partner=german_plan, action="draw", kind="translation"
    )
    client.force_login(editor)
    page = client.get(plan.get_absolute_url()).content.decode()
    forms = page.split('class="review-decide"')[1:]
    by_partner = {form.split('name="partner" value="')[1].split('"')[0]: form for form in forms}
    translation = by_partner[str(german_plan.pk)].split("</form>")[0]
    same = by_partner[str(passage(copy, PLAN).pk)].split("</form>")[0]
    assert 'value="confirm"' in translation and 'value="reject"' in translation
    assert 'value="retype"' not in translation and "<select" not in translation
    assert 'value="retype"' in same and 'value="paraphrase"' in same
    assert 'value="translation"' not in same
