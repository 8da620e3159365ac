"""Writes to coverage: articles, their passages and the links between passages.

One writer per aggregate: every way in (admin, demo loader, task, command, import,
tests) creates or changes an article through :func:`article_create`,
:func:`article_update` or :func:`article_save`, which split the body into passages
(:func:`article_split`), embed the new or changed ones (:func:`article_embed`) and
align the article with its event's others (:func:`article_align`); an event is
aligned as one job by :func:`event_realign`.  Splitting and aligning happen here,
never in ``save()`` or signals.
"""

from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.tasks.backends.immediate import ImmediateBackend
from rapidfuzz.distance import Indel

from mediacompare import alignment
from mediacompare.alignment import embed
from mediacompare.alignment.engine import Document, align_event
from mediacompare.coverage import signals
from mediacompare.coverage.languages import language_name
from mediacompare.coverage.models import (
    Article,
    Comparison,
    Event,
    Outlet,
    Passage,
    PassageLink,
    PendingAlignment,
)
from mediacompare.coverage.revision import event_changed

# Kept passages are parked at these indices while being renumbered, so the
# (article, index) unique constraint holds at every step.
_PARKING_OFFSET = 1_000_000


def normalise_body(body: str) -> str:
    """Line endings as ``\\n`` and no trailing blank space: offsets must be stable."""
    return body.replace("\r\n", "\n").replace("\r", "\n").strip()


@transaction.atomic
def article_create(
    *,
    event: Event,
    outlet: Outlet,
    title: str,
    body: str,
    language: str,
    source_url: str = "",
    byline: str = "",
    published_at=None,
    published_precision: str = Article.DatePrecision.MINUTE,
    published_approximate: bool = False,
    is_excerpt: bool = False,
    is_primary: bool = False,
    translated_from: str = "",
    align: bool = True,
) -> Article:
    """Create an article, split it into passages, embed them and align it with its
    event's other articles.

    ``align=False`` leaves the aligning to the caller, who loads several articles and
    then aligns the event once (:func:`event_realign`).
    """
    article = Article(
        event=event,
        outlet=outlet,
        title=title,
        body=normalise_body(body),
        language=language,
        source_url=source_url,
        byline=byline,
        published_at=published_at,
        published_precision=published_precision,
        published_approximate=published_approximate,
        is_excerpt=is_excerpt,
        is_primary=is_primary,
        translated_from=translated_from,
    )
    article.full_clean()
    article.save()
    _article_refresh(article, align=align)
    return article


@transaction.atomic
def article_update(*, article: Article, align: bool = True, **fields) -> Article:
    """Change an article's fields; a changed body or language is re-split, re-embedded
    and re-aligned (``align=False``: see :func:`article_create`)."""
    if "body" in fields:
        fields["body"] = normalise_body(fields["body"])
    previous = Article.objects.only("body", "language").get(pk=article.pk)
    for name, value in fields.items():
        setattr(article, name, value)
    article.full_clean()
    article.save()
    if article.body != previous.body or article.language != previous.language:
        _article_refresh(article, align=align)
    return article


@transaction.atomic
def article_save(*, article: Article) -> Article:
    """Save an article edited in place (as the admin does), then split, embed and align it."""
    article.body = normalise_body(article.body)
    article.full_clean()
    article.save()
    _article_refresh(article, align=True)
    return article


@transaction.atomic
def article_realign(*, article: Article) -> int:
    """Re-split, re-embed what changed and re-align one article now (a task's job);
    returns the links stored."""
    article_split(article=article)
    article_embed(article=article)
    return article_align(article=article)


def _article_refresh(article: Article, *, align: bool) -> int:
    """Split the article (notes are re-anchored in the caller's transaction); embed and
    align it now, or, when tasks run in a background worker, leave both to the event's
    coalesced alignment task (never at request time)."""
    article_split(article=article)
    if align and runs_in_background():
        request_event_alignment(article.event_id)
        return 0
    article_embed(article=article)
    return article_align(article=article) if align else 0


@dataclass(frozen=True)
class SplitResult:
    kept: int
    changed: int
    created: int
    removed: int

    @property
    def changed_anything(self) -> bool:
        return bool(self.changed or self.created or self.removed)


@transaction.atomic
def article_split(*, article: Article) -> SplitResult:
    """Bring the article's passages in line with its body.

    Passages whose text is unchanged keep their row (and so their notes and editor
    links); changed passages are updated in place, pairwise within a changed block;
    passages that disappear hand their notes to the nearest remaining passage
    before they go. Notes anchored to a text span are then re-anchored.
    """
    segments = alignment.segment(article.body, language=article.language)
    old = list(article.passages.order_by("index"))
    row_for_segment: dict[int, Passage] = {}
    # Old passages that disappear, with the new segment nearest to where they stood.
    removed: list[tuple[Passage, int]] = []
    for i1, i2, j1, j2 in _blocks([p.text for p in old], [s.text for s in segments]):
        paired = min(i2 - i1, j2 - j1)
        for offset in range(paired):
            row_for_segment[j1 + offset] = old[i1 + offset]
        for offset in range(paired, i2 - i1):
            removed.append((old[i1 + offset], min(j1 + paired, len(segments) - 1)))

    def fields_of(index: int) -> dict:
        segment = segments[index]
        return {
            "index": index,
            "paragraph": segment.paragraph,
            "start": segment.start,
            "end": segment.end,
            "text": segment.text,
            "is_boilerplate": segment.is_boilerplate,
        }

    changed = [
        row
        for index, row in row_for_segment.items()
        if any(getattr(row, name) != value for name, value in fields_of(index).items())
    ]
    parked = changed + [passage for passage, _ in removed]
    if parked:
        for row in parked:
            row.index += _PARKING_OFFSET
        Passage.objects.bulk_update(parked, ["index"])
    if changed:
        for index, row in row_for_segment.items():
            if row.text != segments[index].text:
                # Another sentence now: its embedding is recomputed by article_embed.
                row.embedding, row.embedding_model = None, ""
            for name, value in fields_of(index).items():
                setattr(row, name, value)
        Passage.objects.bulk_update(changed, [*fields_of(0), "embedding", "embedding_model"])

    created = Passage.objects.bulk_create(
        Passage(article=article, **fields_of(index))
        for index in range(len(segments))
        if index not in row_for_segment
    )

    if removed:
        rows_by_index = {p.index: p for p in [*row_for_segment.values(), *created]}
        for passage, nearest in removed:
            if rows_by_index:
                closest = min(rows_by_index, key=lambda i: abs(i - nearest))
                signals.passage_removed.send(
                    sender=Passage, passage=passage, successor=rows_by_index[closest]
                )
        Passage.objects.filter(pk__in=[p.pk for p, _ in removed]).delete()

    result = SplitResult(
        kept=len(row_for_segment) - len(changed),
        changed=len(changed),
        created=len(created),
        removed=len(removed),
    )
    if result.changed_anything:
        signals.article_resplit.send(sender=Article, article=article)
        event_changed(article.event_id)
    return result


def _blocks(old: list[str], new: list[str]):
    """Runs ``(i1, i2, j1, j2)`` of old and new passage texts to pair up: equal
    runs, and each changed block (rapidfuzz's alignment, not difflib)."""
    i = j = 0
    for op in Indel.opcodes(old, new):
        if op.tag != "equal":
            continue
        if op.src_start > i or op.dest_start > j:
            yield i, op.src_start, j, op.dest_start
        yield op.src_start, op.src_end, op.dest_start, op.dest_end
        i, j = op.src_end, op.dest_end
    if i < len(old) or j < len(new):
        yield i, len(old), j, len(new)


@transaction.atomic
def article_embed(*, article: Article) -> int:
    """Embed the article's content passages that have no embedding from the current
    model (new or changed text): the passage's vector and its clauses', packed in one
    field (512 bytes each); returns how many passages were embedded.

    Passages of a language the model lacks, and boilerplate, keep none.
    """
    passages = list(article.passages.order_by("index"))
    return _embed_missing([article], {article.pk: passages})


def _embed_missing(articles: list[Article], passages: dict[int, list[Passage]]) -> int:
    """Embed, in one batch, the passages of ``articles`` (``passages``: each article's
    rows, updated in memory too) that need a vector from the current model, and drop
    those of boilerplate and of languages the model lacks; returns how many passages
    were embedded.

    Each distinct text is embedded once (wire copies repeat sentences across an
    event), and one that another passage of these articles already holds from the
    current model is copied from it: a text's vectors do not depend on its batch.
    """
    todo: list[Passage] = []
    dropped: list[Passage] = []
    known: dict[str, bytes] = {}
    for article in articles:
        supported = embed.is_supported(article.language)
        for row in passages[article.pk]:
            if not supported or row.is_boilerplate:
                if row.embedding is not None:
                    row.embedding, row.embedding_model = None, ""
                    dropped.append(row)
            elif row.embedding is None or row.embedding_model != embed.MODEL_ID:
                todo.append(row)
            else:
                known.setdefault(row.text, row.embedding)
    distinct = [text for text in dict.fromkeys(row.text for row in todo) if text not in known]
    for text, matrix in zip(distinct, embed.embed_with_clauses(distinct), strict=True):
        known[text] = embed.pack(matrix)
    for row in todo:
        row.embedding, row.embedding_model = known[row.text], embed.MODEL_ID
    _store_embeddings(todo + dropped)
    return len(todo)


def _store_embeddings(rows: list[Passage]) -> None:
    """Write the rows' embedding fields: one plain UPDATE per row, sent together
    (psycopg pipelines ``executemany``), where ``bulk_update`` would build and send a
    CASE of every row's value (its SQL costs more CPU than the model's work on a
    short passage). No search trigger watches these columns."""
    if not rows:
        return
    meta = Passage._meta
    quote = connection.ops.quote_name
    embedding, model = meta.get_field("embedding"), meta.get_field("embedding_model")
    sql = (
        f"UPDATE {quote(meta.db_table)} SET {quote(embedding.column)} = %s, "
        f"{quote(model.column)} = %s WHERE {quote(meta.pk.column)} = %s"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                (
                    embedding.get_db_prep_save(row.embedding, connection),
                    row.embedding_model,
                    row.pk,
                )
                for row in rows
            ],
        )


def _document(article: Article, passages: list[Passage]) -> Document:
    """The engine's view of a stored article: its passages and stored embeddings."""
    segments = [
        alignment.Passage(
            index=p.index, start=p.start, end=p.end, paragraph=p.paragraph, text=p.text
        )
        for p in passages
    ]
    vectors = None
    if embed.is_supported(article.language):
        vectors = [
            embed.unpack(p.embedding)
            if p.embedding is not None and p.embedding_model == embed.MODEL_ID
            else None
            for p in passages
        ]
    return Document(segments, article.language, vectors)


def _excluded_pairs(involving: Q) -> set[tuple[int, int]]:
    """Passage pairs automatic links must not touch: those an editor drew or
    confirmed (``origin=editor``), never overwritten nor duplicated, and those the
    receivers of ``signals.excluded_link_pairs`` name (pairs an editor rejected)."""
    excluded = set(
        PassageLink.objects.filter(involving, origin=PassageLink.Origin.EDITOR).values_list(
            "passage_a_id", "passage_b_id"
        )
    )
    for _receiver, pairs in signals.excluded_link_pairs.send(
        sender=PassageLink, involving=involving
    ):
        excluded |= set(pairs or ())
    return excluded


def _not_compared_reason(first: Article, second: Article) -> str:
    missing = sorted(
        {language_name(a.language) for a in (first, second) if not embed.is_supported(a.language)}
    )
    return f"different languages, and the alignment model does not know {' or '.join(missing)}"


def _passages_of(articles: list[Article]) -> dict[int, list[Passage]]:
    """Each article's passages in order, in one query."""
    passages: dict[int, list[Passage]] = {a.pk: [] for a in articles}
    for row in Passage.objects.filter(article__in=[a.pk for a in articles]).order_by(
        "article_id", "index"
    ):
        passages[row.article_id].append(row)
    return passages


def _align_and_store(
    articles: list[Article],
    pairs: list[tuple[int, int]],
    involving: Q,
    passages: dict[int, list[Passage]] | None = None,
) -> int:
    """Align the given pairs of ``articles`` (positions, lower id first) in one engine
    call with statistics over all of them, and replace the automatic links and the
    comparison records of those pairs (``passages``: the articles' rows, if loaded)."""
    if passages is None:
        passages = _passages_of(articles)
    documents = [_document(a, passages[a.pk]) for a in articles]
    result = align_event(documents, pairs=pairs)
    PassageLink.objects.filter(involving, origin=PassageLink.Origin.AUTOMATIC).delete()
    excluded = _excluded_pairs(involving)
    links: list[PassageLink] = []
    comparisons: list[Comparison] = []
    for (ia, ib), aligned in result.pairs.items():
        first, second = articles[ia], articles[ib]
        comparisons.append(
            Comparison(
                article_a=first,
                article_b=second,
                compared=aligned.compared,
                reason="" if aligned.compared else _not_compared_reason(first, second),
            )
        )
        rows_a = {p.index: p for p in passages[first.pk]}
        rows_b = {p.index: p for p in passages[second.pk]}
        for link in aligned.links:
            one_to_one = len(link.a) == 1 and len(link.b) == 1
            for i in link.a:
                for j in link.b:
                    pa, pb = rows_a[i], rows_b[j]
                    # Not content (the segmenter's or an editor's verdict) is never linked.
                    if (pa.pk, pb.pk) in excluded or pa.is_boilerplate or pb.is_boilerplate:
                        continue
                    diff = link.diff if one_to_one else []
                    links.append(
                        PassageLink(
                            # Ids rather than objects: cheaper for thousands of rows.
                            article_a_id=first.pk,
                            article_b_id=second.pk,
                            passage_a_id=pa.pk,
                            passage_b_id=pb.pk,
                            kind=link.kind,
                            score=round(min(max(link.score, 0.0), 1.0), 4),
                            origin=PassageLink.Origin.AUTOMATIC,
                            diff=diff,
                        )
                    )
    PassageLink.objects.bulk_create(links, batch_size=2000)
    # ``involving`` names article_a / article_b, as Comparison does.
    Comparison.objects.filter(involving).delete()
    Comparison.objects.bulk_create(comparisons, batch_size=2000)
    if articles:
        event_changed(articles[0].event_id)
    return len(links)


@transaction.atomic
def article_align(*, article: Article) -> int:
    """Recompute the automatic links between an article and its event's other articles.

    Every other article is aligned with it, in any language: different languages get
    ``translation`` links (no word diff), unless the model lacks one of them, when the
    pair is recorded as not compared (:class:`Comparison`). Statistics come from the
    whole event, and the stored embeddings are reused. Links an editor drew or confirmed
    are kept as they are and never duplicated. Returns the number of automatic links
    stored.
    """
    articles = list(Article.objects.filter(event_id=article.event_id).order_by("pk"))
    position = next(k for k, a in enumerate(articles) if a.pk == article.pk)
    pairs = [(min(position, k), max(position, k)) for k in range(len(articles)) if k != position]
    return _align_and_store(articles, pairs, Q(article_a=article) | Q(article_b=article))


@transaction.atomic
def event_realign(*, event: Event) -> int:
    """Re-split every article of an event, embed what is missing and recompute all its
    automatic links in one engine call (each pair once, statistics over the whole
    event). Returns the number of links stored."""
    articles = list(event.articles.order_by("pk"))
    for article in articles:
        article_split(article=article)
    passages = _passages_of(articles)
    _embed_missing(articles, passages)
    pairs = [(i, j) for i in range(len(articles)) for j in range(i + 1, len(articles))]
    # By the articles' ids, not through their event: the links table grows with every
    # event aligned, and a join to the event let PostgreSQL scan all of it whenever its
    # statistics were stale (each event's realignment grew with the database).
    involving = Q(article_a__in=[a.pk for a in articles])
    return _align_and_store(articles, pairs, involving, passages)


@transaction.atomic
def articles_create_bulk(*, articles: list[Article], embed_now: bool = True) -> list[Article]:
    """Create many new articles at once, for imports: each is validated, split and
    embedded as :func:`article_create` would, but with one INSERT per table and one
    batch of embeddings for all of them. Nothing is aligned: the caller asks for each
    event's alignment once (``coverage.tasks.request_event_alignment``).

    ``embed_now=False`` leaves the embedding to the event's alignment, which embeds
    what is missing (:func:`event_realign`): with background workers, the import then
    only writes rows, and the model runs in the workers, in parallel.

    The caller has checked what needs the database (the events and outlets exist, at
    most one primary article per event); the database's constraints still hold.
    """
    for article in articles:
        article.body = normalise_body(article.body)
        # Foreign keys and constraints are the caller's and the database's to check:
        # validating them here would cost several queries per article.
        article.full_clean(exclude=["event", "outlet"], validate_constraints=False)
    created = Article.objects.bulk_create(articles)
    # Per passage: the Passage fields, in _PASSAGE_COLUMNS order.
    rows: list[list] = []
    to_embed: list[list] = []
    for article in created:
        supported = embed.is_supported(article.language)
        for index, segment in enumerate(alignment.segment(article.body, article.language)):
            row = [
                article.pk,
                index,
                segment.paragraph,
                segment.start,
                segment.end,
                segment.text,
                segment.is_boilerplate,
                None,
                "",
            ]
            rows.append(row)
            if embed_now and supported and not segment.is_boilerplate:
                to_embed.append(row)
    if to_embed:
        vectors = embed.embed_with_clauses([row[5] for row in to_embed])
        for row, matrix in zip(to_embed, vectors, strict=True):
            row[7], row[8] = embed.pack(matrix), embed.MODEL_ID
    _passages_insert(rows)
    for event_id in sorted({article.event_id for article in created}):
        event_changed(event_id)
    return created


_PASSAGE_COLUMNS = (
    "article_id",
    "index",
    "paragraph",
    "start",
    "end",
    "text",
    "is_boilerplate",
    "embedding",
    "embedding_model",
)


def _passages_insert(rows: list[list]) -> None:
    """Insert new passages (rows of _PASSAGE_COLUMNS). On PostgreSQL with COPY, one
    statement for the batch: an INSERT of thousands of rows costs more to build and
    send than to run. The search index's triggers see COPY as one INSERT."""
    connection = transaction.get_connection()
    if connection.vendor != "postgresql":
        Passage.objects.bulk_create(
            (Passage(**dict(zip(_PASSAGE_COLUMNS, row, strict=True))) for row in rows),
            batch_size=1000,
        )
        return
    columns = ", ".join(connection.ops.quote_name(name) for name in _PASSAGE_COLUMNS)
    table = connection.ops.quote_name(Passage._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def runs_in_background() -> bool:
    """Whether tasks go to a worker (settings.TASKS), so alignment must not run here."""
    return not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend)


@transaction.atomic
def request_event_alignment(event_id: int) -> bool:
    """Ask for an event to be aligned by a task; returns whether a task was queued.

    Coalesced: while the event's :class:`PendingAlignment` row exists, a task is queued
    or running for it, and a new request only bumps the row's generation (the running
    task then queues one more run when it finishes). The task is queued when the
    caller's transaction commits (``signals.alignment_requested``, answered by
    ``coverage.tasks``), so a worker never sees uncommitted articles.
    """
    pending = PendingAlignment.objects.select_for_update().filter(event_id=event_id).first()
    if pending is None:
        try:
            with transaction.atomic():
                PendingAlignment.objects.create(event_id=event_id)
        except IntegrityError:
            # Another request created the row since: it queued the task; bump its generation.
            return request_event_alignment(event_id)
        queue = True
    else:
        # A failed row has no task any more: this request starts a new series of attempts.
        queue = pending.failed
        pending.generation += 1
        if pending.failed:
            pending.failed, pending.attempts = False, 0
        pending.save(update_fields=["generation", "failed", "attempts", "requested_at"])
    if queue:
        transaction.on_commit(
            lambda: signals.alignment_requested.send(sender=PendingAlignment, event_id=event_id)
        )
    return queue
