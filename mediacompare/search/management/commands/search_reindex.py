"""Rebuild the search index, or check that it holds one row per article, passage and note."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from mediacompare.search import services


class Command(BaseCommand):
    help = (
        "Reinstall the search index's triggers and rebuild the index from every article, "
        "passage and note (the triggers keep it in step after that). --check only compares."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--check",
            action="store_true",
            help="Change nothing; exit with an error if triggers or index rows are missing.",
        )

    def handle(self, *args, database, check, **options):
        if check:
            problems = services.index_problems(using=database)
            if problems:
                raise CommandError("Search index out of step: " + "; ".join(problems))
            self.stdout.write("Search index: triggers installed, one row per source.")
            return
        started = time.perf_counter()
        services.index_install(using=database)
        size = services.index_rebuild(using=database)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Search index rebuilt: {size} entries in {elapsed:.1f} s.")
