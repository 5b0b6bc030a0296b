from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurriculumConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "curriculum"
    verbose_name = _("Opleiding")

    def ready(self):
        from django.db.models.signals import post_migrate

        from curriculum import signals  # noqa: F401  (connects the receivers)
        from curriculum.domain.roles import roles_sync_handler
        from curriculum.sso import checks  # noqa: F401  (registers the SSO settings check)
        from signaal import audit  # noqa: F401  (connects the audit receivers)

        # No sender: permissions of later apps (and our own) are created in their post_migrate.
        post_migrate.connect(roles_sync_handler, dispatch_uid="curriculum_roles_sync")
