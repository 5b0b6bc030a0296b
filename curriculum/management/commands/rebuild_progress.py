import time

from django.core.management.base import BaseCommand

from curriculum import services
from curriculum.services.signal_rollup import signal_rollup_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild every ModuleProgress row from LessonCompletion, QuizAttempt, ModuleCompletion and assignments, "
        "and the signal roll-up (the managers' heat-map) from the scored answers."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = services.progress_rebuild()
        self.stdout.write(f"Rebuilt {count} progress rows in {time.perf_counter() - started:.1f} s.")
        started = time.perf_counter()
        count = signal_rollup_rebuild()
        self.stdout.write(f"Rebuilt {count} signal roll-up rows in {time.perf_counter() - started:.1f} s.")
