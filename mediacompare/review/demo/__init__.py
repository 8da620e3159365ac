"""The demo editor's review of the demo event's links, applied through the services.

``decisions.json`` holds decisions made by reading both passages of each link: every link
between the primary article and nine others (English, German, Chinese, Russian, Italian)
and the first items of the review queue. Each names its articles by corpus file and its
passages by text (never by id), so it applies to any fresh load of the demo.
"""

import json
from collections import Counter, defaultdict
from pathlib import Path

from django.db import transaction

from mediacompare.coverage.demo import DEMO_DIR
from mediacompare.coverage.models import Article, Event, Passage, PassageLink
from mediacompare.review import services
from mediacompare.review.models import LinkDecision, PassageDecision, State

DECISIONS = Path(__file__).resolve().parent / "decisions.json"


def load_decisions(path: Path = DECISIONS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _articles_by_file(event: Event, name: str = "event1") -> dict[str, Article]:
    data = json.loads((DEMO_DIR / f"{name}.json").read_text(encoding="utf-8"))
    articles = {(a.outlet.slug, a.source_url): a for a in event.articles.select_related("outlet")}
    return {
        entry["file"]: articles[(entry["outlet"], entry["source_url"])]
        for entry in data["articles"]
        if (entry["outlet"], entry["source_url"]) in articles
    }


def _passage(article: Article | None, text: str, occurrence: int = 0) -> Passage | None:
    """The passage of ``article`` with ``text`` (its ``occurrence``-th, from 0, when the
    article repeats a sentence)."""
    if article is None:
        return None
    found = list(
        Passage.objects.filter(article=article, text=text)
        .select_related("article__event")
        .order_by("index")
    )
    return found[occurrence] if occurrence < len(found) else None


def _linked(a: Passage, b: Passage) -> bool:
    return PassageLink.objects.filter(passage_a=a, passage_b=b).exists()


@transaction.atomic
def apply_decisions(*, event: Event, editor, decisions: dict | None = None) -> dict[str, int]:
    """Apply the demo review as ``editor`` through the review services; a decision already
    in force is left alone (loading the demo again changes nothing). A confirmation of a
    link the engine no longer proposes is applied as a drawn link of the confirmed kind
    (counted apart too, as "confirmed, drawn"). Returns how many were applied, kept and
    not found (a passage text the demo no longer has)."""
    decisions = decisions or load_decisions()
    by_file = _articles_by_file(event)
    done = Counter()
    for entry in decisions["links"]:
        first = _passage(
            by_file.get(entry["file_a"]), entry["text_a"], entry.get("occurrence_a", 0)
        )
        second = _passage(
            by_file.get(entry["file_b"]), entry["text_b"], entry.get("occurrence_b", 0)
        )
        if first is None or second is None:
            done["not found"] += 1
            continue
        a, b = (first, second) if first.article_id < second.article_id else (second, first)
        kind = entry.get("kind", "")
        action = entry["action"]
        # A confirmation may stand as a drawn link (below).
        in_force = [action, "draw"] if action == "confirm" else [action]
        if LinkDecision.objects.filter(
            passage_a=a, passage_b=b, state=State.ACTIVE, action__in=in_force, kind=kind
        ).exists():
            done["kept"] += 1
            continue
        if action == "confirm" and not _linked(a, b):
            # The editor judged these passages linked, of this kind; the engine that
            # proposed the link no longer does: the judgement holds, as a drawn link.
            action = "draw"
        try:
            services.link_decide(
                editor=editor, passage=first, partner=second, action=action, kind=kind
            )
        except services.ReviewError:
            # The automatic link a retype judged is gone (the engine changed).
            done["not found"] += 1
            continue
        done["applied"] += 1
        if action != entry["action"]:
            done["confirmed, drawn"] += 1
    for entry in decisions.get("passages", []):
        passage = _passage(by_file.get(entry["file"]), entry["text"])
        if passage is None:
            done["not found"] += 1
            continue
        if PassageDecision.objects.filter(
            passage=passage, state=State.ACTIVE, is_boilerplate=not entry["content"]
        ).exists():
            done["kept"] += 1
            continue
        services.passage_mark(editor=editor, passage=passage, is_boilerplate=not entry["content"])
        done["applied"] += 1
    return dict(done)


def summary(decisions: dict | None = None) -> dict:
    """What the review found: decisions by action, and per kind of automatic link, how
    many were confirmed, retyped or rejected, with the precision
    (confirmed + retyped) / judged. A rejected pair that had no link (a likely partner
    the queue offered) and drawn links are counted apart: they measure recall, not
    precision."""
    decisions = decisions or load_decisions()
    actions = Counter(entry["action"] for entry in decisions["links"])
    per_kind: dict[str, Counter] = defaultdict(Counter)
    drawn = Counter()
    offered_rejected = 0
    for entry in decisions["links"]:
        action = entry["action"]
        if action == "draw":
            drawn[entry["kind"]] += 1
        elif action == "confirm":
            per_kind[entry["kind"]]["confirmed"] += 1
        elif action == "retype":
            per_kind[entry["was"]]["retyped"] += 1
        elif entry.get("was"):
            per_kind[entry["was"]]["rejected"] += 1
        else:
            offered_rejected += 1
    kinds = {}
    for kind, counts in sorted(per_kind.items()):
        judged = sum(counts.values())
        kept = counts["confirmed"] + counts["retyped"]
        kinds[kind] = {**counts, "precision": round(kept / judged, 3) if judged else None}
    return {
        "actions": dict(actions),
        "kinds": kinds,
        "drawn": dict(drawn),
        "likely partners rejected": offered_rejected,
        "passages marked": len(decisions.get("passages", [])),
    }
