from django.core.management.base import BaseCommand

from curriculum.services import quiz_attempts_expired_close


class Command(BaseCommand):
    help = "Close quiz attempts whose time limit has passed (server clock); run every few minutes."

    def handle(self, *args, **options):
        self.stdout.write(f"Closed {quiz_attempts_expired_close()} expired attempts.")
