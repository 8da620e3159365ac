import pytest
from django.tasks import default_task_backend

from mediacompare.alignment import caches
from mediacompare.coverage import tasks
from mediacompare.coverage.models import PassageLink, PendingAlignment
from mediacompare.coverage.services import request_event_alignment
from mediacompare.coverage.tasks import align_event, realign_article
from tests.factories import ArticleFactory, EventFactory

DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


def test_realign_article_task_recomputes_links(db):
    source = ArticleFactory()
    copy = ArticleFactory(event=source.event)
    PassageLink.objects.all().delete()
    result = realign_article.enqueue(copy.pk)
    assert result.return_value == 4
    assert PassageLink.objects.filter(article_a=source, article_b=copy).count() == 4


def test_realign_article_task_skips_a_deleted_article(db):
    article = ArticleFactory()
    pk = article.pk
    article.delete()
    assert realign_article.enqueue(pk).return_value == 0


def per_text_entries() -> int:
    return sum(caches.sizes()[name] for name in caches.PER_TEXT)


def test_a_finished_task_empties_the_engines_per_text_caches(db):
    source = ArticleFactory()
    copy = ArticleFactory(event=source.event)
    tasks.services.article_realign(article=copy)  # not a task: the caches stay
    assert per_text_entries() > 0
    assert realign_article.enqueue(copy.pk).return_value == 4
    assert per_text_entries() == 0


def test_a_failed_task_empties_them_too(db, monkeypatch):
    source = ArticleFactory()
    copy = ArticleFactory(event=source.event)

    def broken(*, article):
        tasks.services.alignment.align(source.body, copy.body)
        raise RuntimeError("engine crashed")

    monkeypatch.setattr(tasks.services, "article_realign", broken)
    result = realign_article.enqueue(copy.pk)
    assert result.status == "FAILED"
    assert per_text_entries() == 0


def test_the_immediate_backend_aligns_at_once(db):
    assert not tasks.services.runs_in_background()
    source = ArticleFactory()
    ArticleFactory(event=source.event)
    assert PassageLink.objects.count() == 4
    assert not PendingAlignment.objects.exists()


@pytest.fixture
def background(settings):
    settings.TASKS = DUMMY
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def queued_alignments(backend) -> list:
    return [r for r in backend.results if r.task.name == "align_event"]


def test_saving_articles_in_the_background_queues_one_task_per_event(
    db, background, django_capture_on_commit_callbacks
):
    event = EventFactory()
    with django_capture_on_commit_callbacks(execute=True):
        source = ArticleFactory(event=event)
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(event=event)
        ArticleFactory(event=event)
    # Split now (notes are re-anchored with the save), aligned later by a worker.
    assert source.passages.count() == 5
    assert not PassageLink.objects.exists()
    assert [r.args for r in queued_alignments(background)] == [[event.pk]]
    pending = PendingAlignment.objects.get(event=event)
    assert pending.generation == 3
    assert not pending.failed


def test_align_event_aligns_and_clears_the_pending_row(
    db, background, django_capture_on_commit_callbacks
):
    event = EventFactory()
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(event=event)
        ArticleFactory(event=event)
    assert align_event.call(event.pk) == 4
    assert PassageLink.objects.count() == 4
    assert not PendingAlignment.objects.exists()
    # Nothing pending: a stray duplicate run does nothing.
    assert align_event.call(event.pk) == 0


def test_align_event_runs_again_when_articles_changed_meanwhile(db, background, monkeypatch):
    event = EventFactory()
    ArticleFactory(event=event)
    background.clear()
    realign = tasks.services.event_realign

    def realign_while_an_editor_saves(*, event):
        request_event_alignment(event.pk)
        return realign(event=event)

    monkeypatch.setattr(tasks.services, "event_realign", realign_while_an_editor_saves)
    align_event.call(event.pk)
    # The row stays, and one more run is queued for the change it could not see.
    assert PendingAlignment.objects.get(event=event).generation == 2
    assert len(queued_alignments(background)) == 1


def test_a_failing_alignment_is_retried_then_reported(db, background, settings, monkeypatch):
    settings.ALIGNMENT_ATTEMPTS = 2
    event = EventFactory()
    ArticleFactory(event=event)
    background.clear()

    def broken(*, event):
        raise RuntimeError("engine crashed")

    monkeypatch.setattr(tasks.services, "event_realign", broken)
    with pytest.raises(RuntimeError):
        align_event.call(event.pk)
    pending = PendingAlignment.objects.get(event=event)
    assert (pending.attempts, pending.failed) == (1, False)
    assert len(queued_alignments(background)) == 1
    with pytest.raises(RuntimeError):
        align_event.call(event.pk)
    pending.refresh_from_db()
    assert (pending.attempts, pending.failed) == (2, True)
    assert pending.last_error == "RuntimeError: engine crashed"
    # No third attempt is queued; a new request starts again.
    assert len(queued_alignments(background)) == 1
    assert request_event_alignment(event.pk) is True
    pending.refresh_from_db()
    assert (pending.attempts, pending.failed) == (0, False)


def test_the_event_page_says_alignment_pending_only_while_it_is(db, client, background):
    event = EventFactory()
    ArticleFactory(event=event)
    assert "Alignment pending" in client.get(event.get_absolute_url()).content.decode()
    align_event.call(event.pk)
    assert "Alignment pending" not in client.get(event.get_absolute_url()).content.decode()


def test_the_event_page_says_when_alignment_failed(db, client):
    event = EventFactory()
    PendingAlignment.objects.create(event=event, failed=True, attempts=3, last_error="x")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Alignment failed after 3 attempts" in page
    assert "Alignment pending" not in page


def test_the_immediate_backend_runs_a_requested_alignment_on_commit(
    db, django_capture_on_commit_callbacks
):
    source = ArticleFactory()
    ArticleFactory(event=source.event)
    PassageLink.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        assert request_event_alignment(source.event_id) is True
        assert PendingAlignment.objects.filter(event_id=source.event_id).exists()
    assert PassageLink.objects.count() == 4
    assert not PendingAlignment.objects.exists()
