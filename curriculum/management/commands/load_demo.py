from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from curriculum.demo import DEMO_USERS, demo_load


class Command(BaseCommand):
    help = "Build the demo site, curriculum and demo accounts (idempotent; refused by production settings)."

    def handle(self, *args, **options):
        if not getattr(settings, "ALLOW_DEMO_DATA", False) or not settings.DEMO_PASSWORD:
            raise CommandError("load_demo is disabled in production settings.")
        try:
            report = demo_load(password=settings.DEMO_PASSWORD)
        except PermissionError as error:
            raise CommandError(str(error)) from error
        if report.created:
            self.stdout.write(f"Created {len(report.created)} items: " + ", ".join(report.created[:12]) + (" …" if len(report.created) > 12 else ""))
        else:
            self.stdout.write("Demo data already present; nothing changed.")
        self.stdout.write("Demo logins (password from DEMO_PASSWORD, default documented in README):")
        for username, _name, groups, superuser in DEMO_USERS:
            role = "superuser" if superuser else ", ".join(groups)
            self.stdout.write(f"  {username:<10} {role}")
