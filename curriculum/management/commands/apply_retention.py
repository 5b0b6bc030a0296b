from django.conf import settings
from django.core.management.base import BaseCommand

from curriculum.services.privacy import attempt_answers_purge


class Command(BaseCommand):
    help = "Clear chosen answers of attempts older than ATTEMPT_ANSWER_RETENTION_DAYS (scores are kept)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period in days.")

    def handle(self, *args, days=None, **options):
        purged = attempt_answers_purge(days=days)
        self.stdout.write(f"Cleared {purged} answers older than {days or settings.ATTEMPT_ANSWER_RETENTION_DAYS} days.")
