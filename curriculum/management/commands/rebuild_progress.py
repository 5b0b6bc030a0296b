import time

from django.core.management.base import BaseCommand

from curriculum import services


class Command(BaseCommand):
    help = "Rebuild every ModuleProgress row from LessonCompletion, QuizAttempt, ModuleCompletion and assignments."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = services.progress_rebuild()
        self.stdout.write(f"Rebuilt {count} progress rows in {time.perf_counter() - started:.1f} s.")
