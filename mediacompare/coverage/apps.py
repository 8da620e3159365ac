from django.apps import AppConfig


class CoverageConfig(AppConfig):
    name = "mediacompare.coverage"

    def ready(self):
        # The services request alignments by signal; the tasks module queues them.
        from mediacompare.coverage import signals, tasks

        signals.alignment_requested.connect(tasks.enqueue_alignment, dispatch_uid="align-event")
