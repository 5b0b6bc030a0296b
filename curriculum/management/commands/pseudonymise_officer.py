from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from curriculum.services.privacy import officer_pseudonymise


class Command(BaseCommand):
    help = "Pseudonymise an officer who has left: name, e-mail and login removed; completions kept anonymously."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user with username {username!r}.")
        user = officer_pseudonymise(user=user)
        self.stdout.write(f"Pseudonymised as {user.username}.")
