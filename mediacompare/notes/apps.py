from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "mediacompare.notes"

    def ready(self):
        # Notes follow the texts they are on: coverage says when an article's text
        # changed, without importing the notes app (see coverage/signals.py).
        from mediacompare.coverage import signals
        from mediacompare.notes.services import anchors

        signals.passage_removed.connect(anchors.on_passage_removed, dispatch_uid="notes-follow")
        signals.article_resplit.connect(anchors.on_article_resplit, dispatch_uid="notes-reanchor")
