"""manage.py import_coverage FILE: bulk import of articles (README: Import)."""

import time

from django.core.management.base import BaseCommand, CommandError

from mediacompare.ingest import services, sources


class Progress:
    """A progress bar on standard error, redrawn at most a few times a second."""

    def __init__(self, label: str, total: int, stream):
        self.label, self.total, self.stream = label, max(total, 1), stream
        self.started = time.monotonic()
        self.drawn = 0.0

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if done < self.total and now - self.drawn < 0.2:
            return
        self.drawn = now
        share = min(done / self.total, 1.0)
        bar = "#" * int(share * 30)
        rate = done / max(now - self.started, 1e-6)
        line = f"\r{self.label} [{bar:<30}] {done:,}/{self.total:,} ({share:.0%}, {rate:,.0f}/s)"
        # The command's OutputWrapper: no line ending but at the end, to redraw in place.
        self.stream.write(line, ending="\n" if done >= self.total else "")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import articles from a JSON Lines file (one article per line) or a ZIP of "
        "corpus-format files or HTML pages: every row is validated first and every problem "
        "reported; valid rows are imported idempotently (same URL, or same body in the "
        "same event, updates); each event's alignment is then queued once."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .jsonl file or a .zip")
        parser.add_argument(
            "--event-slug",
            default="",
            help="the event of rows that name none (a ZIP's corpus files and pages)",
        )
        parser.add_argument("--event-title", default="", help="the title, if that event is new")
        parser.add_argument(
            "--event-date", default="", help="its date (YYYY-MM-DD), if that event is new"
        )
        parser.add_argument(
            "--no-align",
            action="store_true",
            help="do not queue the events' alignment (measure the import alone)",
        )
        parser.add_argument(
            "--embed",
            choices=["auto", "now", "worker"],
            default="auto",
            help="embed new passages now, in batches, or leave it to the workers' alignment "
            "(auto: the workers when tasks run in the background)",
        )
        parser.add_argument(
            "--batch-size", type=int, default=services.BATCH_SIZE, help="rows per transaction"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="validate and report only; write nothing"
        )

    def handle(self, *args, **options):
        defaults = sources.Defaults(
            event=options["event_slug"],
            event_title=options["event_title"],
            event_date=options["event_date"],
        )
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        try:
            stream = open(options["file"], "rb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc.strerror}.") from None
        with stream:
            try:
                total = sources.count(stream)
                started = time.monotonic()
                report = services.validate(
                    stream, defaults=defaults, progress=Progress("Checking ", total, self.stderr)
                )
            except sources.SourceError as exc:
                raise CommandError(str(exc)) from None
            for problem in report.problems:
                self.stderr.write(str(problem))
            if report.problem_count > len(report.problems):
                self.stderr.write(f"… and {report.problem_count - len(report.problems)} more.")
            self.stdout.write(
                f"{report.rows} rows: {report.to_import} to import, "
                f"{len(report.invalid)} with problems, "
                f"{len(report.superseded - report.invalid)} replaced by a later row."
            )
            if options["dry_run"]:
                return
            outcome = services.import_rows(
                stream,
                report,
                defaults=defaults,
                align=not options["no_align"],
                embed_now={"auto": None, "now": True, "worker": False}[options["embed"]],
                batch_size=options["batch_size"],
                progress=Progress("Importing", report.rows, self.stderr),
            )
        elapsed = time.monotonic() - started
        written = outcome.created + outcome.updated + outcome.unchanged
        self.stdout.write(
            f"Imported in {elapsed:.1f} s ({written / max(elapsed, 1e-6):.1f} articles/s): "
            f"{outcome.created} created, {outcome.updated} updated, {outcome.unchanged} "
            f"unchanged, in {len(outcome.events)} events; alignment queued for "
            f"{outcome.alignments_queued} events."
        )
        if report.problem_count:
            # Valid rows are in; the exit status says some were not.
            raise CommandError(f"{report.problem_count} problems: those rows were not imported.")
