"""`manage.py xapi_backfill`: queue xAPI statements for the learning history (curriculum/services/xapi_backfill.py)."""

from django.core.management.base import BaseCommand, CommandError

from curriculum.domain import xapi
from curriculum.services.xapi_backfill import statements_backfill


class Command(BaseCommand):
    help = "Queue an xAPI statement for every past learning event (idempotent, in batches); the worker sends them."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=1000, help="Records per transaction (default 1000).")

    def handle(self, *args, batch, **options):
        if not xapi.enabled():
            raise CommandError("No LRS is configured (SIGNAAL_XAPI_ENDPOINT): nothing would ever send these.")
        if batch < 1:
            raise CommandError("--batch must be 1 or more.")

        def report(event, count):
            if options["verbosity"] > 1:
                self.stdout.write(f"{event}: {count}")

        counts = statements_backfill(batch=batch, progress=report)
        for event, count in counts.items():
            self.stdout.write(f"{event}: {count} offered (already queued ones are skipped)")
