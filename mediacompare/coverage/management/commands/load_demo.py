from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from mediacompare.coverage.demo import create_demo_accounts, create_demo_notes, load_event


class Command(BaseCommand):
    help = "Load the demo event (real coverage, excerpted) and the demo accounts. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts", action="store_true", help="Do not create demo accounts."
        )

    def handle(self, *args, no_accounts=False, **options):
        event = load_event()
        articles = event.articles.count()
        self.stdout.write(self.style.SUCCESS(f"Loaded “{event.title}”: {articles} articles."))
        if not no_accounts:
            for username, password in create_demo_accounts().items():
                self.stdout.write(f"  demo account (local use only): {username} / {password}")
            notes = create_demo_notes(event)
            if notes:
                self.stdout.write(f"  {notes} sample public notes by the demo reader")
            # The demo editor's review of the links (mediacompare/review/demo/).
            from mediacompare.review.demo import apply_decisions

            editor = get_user_model().objects.get(username="editor")
            applied = apply_decisions(event=event, editor=editor)
            self.stdout.write(f"  the demo editor's review of the links: {applied}")
