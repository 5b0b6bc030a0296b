from django.core.management.base import BaseCommand, CommandError

from curriculum.services.schedule import JOBS, job_run


class Command(BaseCommand):
    help = "Run one of the programme's periodic jobs now, outside the schedule (every job is safe to repeat)."

    def add_arguments(self, parser):
        parser.add_argument("job", help=f"One of: {', '.join(JOBS)}")

    def handle(self, *args, job, **options):
        if job not in JOBS:
            raise CommandError(f"Unknown job {job!r}; choose one of: {', '.join(JOBS)}.")
        self.stdout.write(f"{job}: {job_run(job=job)}")
