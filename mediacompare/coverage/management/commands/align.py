from django.core.management.base import BaseCommand, CommandError

from mediacompare.coverage import services
from mediacompare.coverage.models import Event


class Command(BaseCommand):
    help = "Re-split and re-align every article of the given events (all events by default)."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="Event slugs.")

    def handle(self, *args, slugs=(), **options):
        events = Event.objects.all()
        if slugs:
            events = events.filter(slug__in=slugs)
            missing = set(slugs) - set(events.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"No such event: {', '.join(sorted(missing))}")
        for event in events:
            links = services.event_realign(event=event)
            self.stdout.write(f"{event.slug}: {links} automatic links")
