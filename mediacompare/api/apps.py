from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "mediacompare.api"
    verbose_name = "API"
