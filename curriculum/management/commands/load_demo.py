from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from curriculum.demo.site import DEMO_USERS, demo_load


def _listing(items: list[str], limit: int = 12) -> str:
    return ", ".join(items[:limit]) + (" …" if len(items) > limit else "")


class Command(BaseCommand):
    help = (
        "Build the demo site, curriculum and demo accounts (idempotent; refused by production settings). "
        "With --update-content, also update demo pages and questions that no trainer changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update-content",
            action="store_true",
            help="Update demo pages and questions to the current demo content, but only those no person edited "
            "(every revision written by load_demo); list the ones skipped.",
        )

    def handle(self, *args, **options):
        if not getattr(settings, "ALLOW_DEMO_DATA", False) or not settings.DEMO_PASSWORD:
            raise CommandError("load_demo is disabled in production settings.")
        update = options.get("update_content", False)
        try:
            report = demo_load(password=settings.DEMO_PASSWORD, update_content=update)
        except PermissionError as error:
            raise CommandError(str(error)) from error
        if report.created:
            self.stdout.write(f"Created {len(report.created)} items: " + _listing(report.created))
        if update:
            if report.updated:
                self.stdout.write(f"Updated {len(report.updated)} items: " + _listing(report.updated, limit=1000))
            if report.skipped:
                self.stdout.write(
                    f"Skipped {len(report.skipped)} items changed by a person (not updated): "
                    + _listing(report.skipped, limit=1000)
                )
            if not (report.created or report.updated):
                self.stdout.write("Demo content already up to date; nothing changed.")
        elif not report.created:
            self.stdout.write("Demo data already present; nothing changed.")
        self.stdout.write("Demo logins (password from DEMO_PASSWORD, default documented in README):")
        for username, _first, _last, groups, superuser in DEMO_USERS:
            role = "superuser" if superuser else ", ".join(groups)
            self.stdout.write(f"  {username:<10} {role}")
