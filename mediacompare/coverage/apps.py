from django.apps import AppConfig


class CoverageConfig(AppConfig):
    name = "mediacompare.coverage"

    def ready(self):
        # The services request alignments by signal; the tasks module queues them.
        from django.tasks.signals import task_finished

        from mediacompare.coverage import signals, tasks

        signals.alignment_requested.connect(tasks.enqueue_alignment, dispatch_uid="align-event")
        # A worker process outlives its tasks: what the engine cached for one goes.
        task_finished.connect(tasks.release_engine_memory, dispatch_uid="release-engine-memory")
