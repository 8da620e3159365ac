from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "mediacompare.ingest"
    verbose_name = "Import"
