"""Reads of notes, always filtered to what the asking user may see (see :mod:`.rules`)."""

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count, Prefetch, Q, QuerySet

from mediacompare.coverage.models import Passage, PassageLink
from mediacompare.notes.models import Note, Tag
from mediacompare.notes.rules import is_editor, visible


def notes_visible_to(user) -> QuerySet[Note]:
    """Every note (top-level or reply) the user may see."""
    return Note.objects.filter(visible(user))


def _with_related(notes: QuerySet[Note], user) -> QuerySet[Note]:
    replies = notes_visible_to(user).select_related("author").order_by("created_at", "id")
    return notes.select_related(
        "author",
        "hidden_by",
        "passage__article__outlet",
        "passage__article__event",
        "linked_passage__article__outlet",
        "linked_passage__article__event",
    ).prefetch_related("tags", Prefetch("replies", queryset=replies, to_attr="thread"))


def threads_visible_to(user) -> QuerySet[Note]:
    """Top-level notes the user may see, with their replies, tags and passages."""
    return _with_related(notes_visible_to(user).filter(parent=None), user)


def _grouped(notes: QuerySet[Note], belongs) -> dict[int, list[Note]]:
    grouped: dict[int, list[Note]] = defaultdict(list)
    for note in notes.order_by("created_at", "id"):
        for passage in (note.passage, note.linked_passage):
            if passage is not None and belongs(passage):
                grouped[passage.pk].append(note)
    return grouped


def notes_by_passage(*, passage_ids: Iterable[int], user) -> dict[int, list[Note]]:
    """The notes the user may see on these passages, grouped by passage, with replies.

    A link note is listed under both of its passages. Three queries, however many notes.
    """
    ids = set(passage_ids)
    notes = threads_visible_to(user).filter(Q(passage_id__in=ids) | Q(linked_passage_id__in=ids))
    return _grouped(notes, lambda passage: passage.pk in ids)


def note_detail(*, pk: int, user) -> Note | None:
    """One top-level note or reply the user may see, with its thread; None otherwise."""
    return _with_related(notes_visible_to(user), user).filter(pk=pk).first()


def passage_partners(*, passage: Passage) -> list[Passage]:
    """Passages of other articles linked to this one, to write a note on the link."""
    links = PassageLink.objects.filter(Q(passage_a=passage) | Q(passage_b=passage)).select_related(
        "passage_a__article__outlet", "passage_b__article__outlet"
    )
    partners = {}
    for link in links:
        other = link.passage_b if link.passage_a_id == passage.pk else link.passage_a
        partners[other.pk] = other
    return sorted(partners.values(), key=lambda p: (p.article.outlet.name, p.article_id, p.index))


def notes_listing(
    *, user, author=None, event=None, tag: str = "", article=None, public_only: bool = False
) -> QuerySet[Note]:
    """Top-level notes for the "My notes" and event pages, newest first, filtered."""
    notes = threads_visible_to(user)
    if author is not None:
        notes = notes.filter(author=author)
    if public_only:
        notes = notes.filter(visibility=Note.Visibility.PUBLIC, hidden_at=None)
    if event is not None:
        notes = notes.filter(passage__article__event=event)
    if article is not None:
        notes = notes.filter(Q(passage__article=article) | Q(linked_passage__article=article))
    if tag:
        notes = notes.filter(tags__name=tag)
    return notes.exclude(deleted_at__isnull=False, replies=None).order_by("-created_at", "-id")


def notes_to_check(*, user) -> QuerySet[Note]:
    """Notes an edit of their article left for someone to look at: orphaned ones (the
    user's own, or every visible one for editors) and the user's notes that moved."""
    orphaned = Q(is_orphaned=True)
    if not is_editor(user):
        orphaned &= Q(author=user)
    moved = Q(moved_at__isnull=False, author=user)
    return threads_visible_to(user).filter(orphaned | moved).order_by("-created_at", "-id")


def tags_visible_to(user, *, event=None, author=None) -> QuerySet[Tag]:
    """Tags on notes ``user`` may see (on ``event``'s, or ``author``'s): a tag only a
    private note carries is its author's alone. Each with ``uses``, how many."""
    on = visible(user, prefix="notes__")
    if event is not None:
        on &= Q(notes__passage__article__event=event)
    if author is not None:
        on &= Q(notes__author=author)
    return Tag.objects.annotate(uses=Count("notes", filter=on, distinct=True)).filter(uses__gt=0)


def tag_names(*, user, event=None, author=None, limit: int = 100) -> list[str]:
    """The most used tags ``user`` may see, for lists and autocompletion."""
    tags = tags_visible_to(user, event=event, author=author).order_by("-uses", "name")
    return list(tags.values_list("name", flat=True)[:limit])


def note_authors(*, notes: QuerySet[Note]) -> list[tuple[int, str]]:
    """The authors of these notes, for a filter's choices."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return list(
        User.objects.filter(pk__in=notes.values("author_id"))
        .order_by(User.USERNAME_FIELD)
        .values_list("pk", User.USERNAME_FIELD)
    )


def notes_for_export(notes: QuerySet[Note]) -> QuerySet[Note]:
    """These notes (not deleted ones) with what their exports read, in a fixed number of
    queries, oldest first."""
    return (
        notes.filter(deleted_at=None)
        .select_related(
            "author",
            "parent",
            "passage__article__event",
            "passage__article__outlet",
            "linked_passage__article__event",
            "linked_passage__article__outlet",
        )
        .prefetch_related("tags")
        .order_by("created_at", "id")
    )
