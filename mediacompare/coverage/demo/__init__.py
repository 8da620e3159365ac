"""Demo content: real coverage of one event, excerpted with source URLs kept.

The texts are copies of ``shared/corpus/event1`` files (header lines, ``---``,
then the body; see README.md for the little that was removed), so the project
carries its demo with it.  Articles are written through the article writer
(``coverage.services``), like every other way in.
"""

import json
from datetime import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from mediacompare.accounts.roles import editors_group
from mediacompare.alignment import corpus
from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event, Outlet, Passage

DEMO_DIR = Path(__file__).resolve().parent

# Local use only: printed by `make run` and written in the README.
DEMO_ACCOUNTS = {
    "reader": "reader-demo-2021",
    "editor": "editor-demo-2021",
}
EDITOR_GROUP = "Editors"


@transaction.atomic
def load_event(name: str = "event1", *, files: list[str] | None = None) -> Event:
    """Create or refresh the demo event, its outlets and articles, through the article
    writer; align the event once at the end.

    ``files`` limits the articles to those corpus files (tests load a few).
    """
    data = json.loads((DEMO_DIR / f"{name}.json").read_text(encoding="utf-8"))
    outlets = {}
    for fields in data["outlets"]:
        fields = dict(fields)
        slug = fields.pop("slug")
        outlets[slug], _ = Outlet.objects.update_or_create(slug=slug, defaults=fields)
    event_fields = dict(data["event"])
    event, _ = Event.objects.update_or_create(slug=event_fields.pop("slug"), defaults=event_fields)
    for entry in data["articles"]:
        if files is not None and entry["file"] not in files:
            continue
        fields = dict(entry)
        fields["body"] = corpus.read(DEMO_DIR / name / fields.pop("file")).body
        outlet = outlets[fields.pop("outlet")]
        if fields.get("published_at"):
            fields["published_at"] = datetime.fromisoformat(fields["published_at"])
        existing = Article.objects.filter(
            event=event, outlet=outlet, source_url=fields["source_url"]
        ).first()
        if existing is None:
            services.article_create(event=event, outlet=outlet, align=False, **fields)
        else:
            services.article_update(article=existing, align=False, **fields)
    services.event_realign(event=event)
    return event


# Sample public notes, so that the demo shows what notes look like: (outlet slug, words
# of the passage, words the note is on or "" for the whole passage, body, tags).
DEMO_NOTES = [
    (
        "the-news-international",
        "National Journal",
        "National Journal",
        "The op-ed ran in **The National Interest**; several AFP copies name the wrong journal.",
        "factual error, afp",
    ),
    (
        "rt",
        "rubber bullets",
        "rubber bullets and tear gas",
        "A line Russian outlets lead with; the China News Service report leaves it out.",
        "omission",
    ),
    (
        "global-times",
        "wimpy show",
        "",
        "Whose words? The quote is attributed to no one in this paragraph.",
        "attribution",
    ),
]


@transaction.atomic
def create_demo_notes(event: Event) -> int:
    """The sample notes, by the demo reader, once (re-running adds nothing)."""
    from mediacompare.notes.models import Note
    from mediacompare.notes.services import note_create

    reader = get_user_model().objects.get(username="reader")
    if Note.objects.filter(author=reader, passage__article__event=event).exists():
        return 0
    created = 0
    for outlet_slug, passage_words, span, body, tags in DEMO_NOTES:
        passage = (
            Passage.objects.filter(
                article__event=event,
                article__outlet__slug=outlet_slug,
                text__contains=passage_words,
            )
            .select_related("article")
            .first()
        )
        if passage is None:
            continue
        start = end = None
        if span:
            start = passage.start + passage.text.index(span)
            end = start + len(span)
        note_create(
            author=reader,
            passage=passage,
            body=body,
            visibility=Note.Visibility.PUBLIC,
            start=start,
            end=end,
            tags=tags,
            rate_limit=False,
        )
        created += 1
    return created


def create_demo_accounts() -> dict[str, str]:
    """The demo reader and editor, with their known passwords (reset on every run)."""
    User = get_user_model()
    editors = editors_group()
    for username, password in DEMO_ACCOUNTS.items():
        user, _ = User.objects.get_or_create(username=username)
        user.set_password(password)
        user.is_staff = username == "editor"
        user.save()
        if user.is_staff:
            user.groups.add(editors)
    return DEMO_ACCOUNTS
