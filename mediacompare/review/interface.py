"""What coverage pages show of the review: the one interface between the two apps.

Coverage imports this module and nothing else of the review app, and its templates
include the review app's partials and nothing else:

- ``review/_link_controls.html``: in a comparison cell, a passage's link as an editor
  reviews it (confirm, reject, retype), and the links to draw one; given ``view`` (the
  coverage ``PassageView``), ``cell``, ``columns`` and ``next_url``. Readers see nothing.
- ``review/_link_mark.html``: the quiet mark readers see on a link an editor confirmed,
  retyped or drew; given ``link`` (anything with an ``origin``).
- ``review/_passage_review.html``: on a passage's page, its links (with the controls
  for editors), the form to mark it as content or not, and its history; with the
  context :func:`passage_review` gives.

The other way, the review app learns of re-splits and realignments through
``coverage.signals``: no arrow goes back from coverage to the review's internals.
"""

from django.urls import reverse

from mediacompare.alignment import kinds
from mediacompare.coverage.models import Passage
from mediacompare.review.rules import may_review
from mediacompare.review.selectors import passage_history, passage_links

__all__ = ["KIND_CHOICES", "REVIEWED_EXAMPLE", "may_review", "passage_review", "queue_url"]

KIND_CHOICES = kinds.CHOICES
# What the legend shows the mark on.
REVIEWED_EXAMPLE = {"origin": "editor"}


def passage_review(*, passage: Passage, user, next_url: str) -> dict:
    """The context of ``review/_passage_review.html`` for ``passage`` (whose ``article``
    is loaded): its links, its history and, for editors, what they may do."""
    reviewing = may_review(user)
    others = []
    if reviewing:
        others = list(
            passage.article.event.articles.exclude(pk=passage.article_id)
            .select_related("outlet")
            .order_by("outlet__name", "pk")
        )
    return {
        "reviewing": reviewing,
        "review_links": passage_links(passage=passage),
        "review_history": passage_history(passage=passage),
        "review_articles": others,
        "review_kinds": KIND_CHOICES,
        "review_next": next_url,
    }


def queue_url(event) -> str:
    return reverse("review:queue", args=[event.slug])
