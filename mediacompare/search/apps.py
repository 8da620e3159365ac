from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "mediacompare.search"
    verbose_name = "Search"

    def ready(self):
        from django.db.models.signals import post_migrate, pre_migrate

        from mediacompare.search.services import index_ensure_installed, index_suspend

        # SQLite alters a table by copying it under a new name, which fails while a trigger
        # on another table names it: the triggers step aside while migrations run there.
        pre_migrate.connect(index_suspend, sender=self)
        # After every migrate, any missing or outdated trigger is put back and the index
        # rebuilt, since writes made without it were not indexed.
        post_migrate.connect(index_ensure_installed, sender=self)
