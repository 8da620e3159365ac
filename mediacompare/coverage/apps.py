from django.apps import AppConfig


class CoverageConfig(AppConfig):
    name = "mediacompare.coverage"
