from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "mediacompare.search"
    verbose_name = "Search"

    def ready(self):
        from django.db.models.signals import post_migrate

        from mediacompare.search.services import index_ensure_installed

        # Other apps' migrations may rebuild the tables the index triggers sit on (SQLite
        # copies a table to alter it, dropping its triggers): put them back after every
        # migrate, and rebuild the index if any was missing.
        post_migrate.connect(index_ensure_installed, sender=self)
