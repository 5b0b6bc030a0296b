"""Wagtail admin registration only; the classes live in curriculum/admin/ and curriculum/views/."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.fields import StreamField
from wagtail.snippets.models import register_snippet

from curriculum.admin import (
    certificates,
    dashboard,
    guide,
    item_analysis,
    mail_log,
    manager_actions,
    officer_import,
    officer_modules,
    protection,
    reports,
    review_guard,
    review_package,
    review_package_review,
    review_queue,
    reviews,
    signal_report,
    trend,
)
from curriculum.admin.api_clients import ApiClientViewSet
from curriculum.admin.bulk_actions import PseudonymiseBulkAction
from curriculum.admin.menu import ShownToMenuItem
from curriculum.admin.organisation import OrganisationViewSetGroup
from curriculum.admin.question_bank import CertificateVerifyMenuItem, QuestionBankViewSetGroup
from curriculum.admin.stream_field import PackedOnceBlockField
from curriculum.selectors.reporting import REPORT_PERMISSION

register_snippet(QuestionBankViewSetGroup)
# Every StreamField in an admin form packs its block definitions once per language (curriculum/admin/stream_field.py).
register_form_field_override(StreamField, override={"form_class": PackedOnceBlockField})
hooks.register("register_bulk_action", PseudonymiseBulkAction)
# Deletes that would destroy learning records are refused (logic in curriculum/admin/protection.py);
# order=100 so these bulk deletes replace Wagtail's own (registered by apps listed after curriculum).
hooks.register("before_delete_page", protection.page_delete_guard)
hooks.register("before_delete_user", protection.user_delete_guard)
hooks.register("before_delete_snippet", protection.snippet_delete_guard)
hooks.register("register_bulk_action", protection.ProtectedPageDeleteBulkAction, order=100)
hooks.register("register_bulk_action", protection.ProtectedUserDeleteBulkAction, order=100)

REPORTS = [
    ("completion", reports.CompletionReportView, _("Voortgang per eenheid"), "table", 300),
    ("officer", reports.OfficerProgressReportView, _("Voortgang per agent"), "user", 310),
    ("overdue", reports.OverdueReportView, _("Te laat"), "warning", 320),
    ("signals", signal_report.SignalReportView, _("Signalen per eenheid"), "view", 325),
]


class UnitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm(REPORT_PERMISSION)


class OfficerImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(officer_import.IMPORT_PERMISSION)


def _report_urls(prefix: str, view, name: str) -> list:
    """A report's page and the results-only fragment its filters reload, as `name` and `name_results`."""
    return [
        path(prefix, view.as_view(), name=name),
        path(f"{prefix}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for name, view, _label, _icon, _order in REPORTS:
        urls += _report_urls(f"reports/{name}/", view, f"curriculum_{name}_report")
    urls.append(
        path("reports/agent/<int:user_id>/", officer_modules.officer_modules_view, name="curriculum_officer_modules")
    )
    urls.append(path("handleiding/", guide.guide_view, name="curriculum_guide"))
    urls.append(
        path("certificaten/", certificates.certificate_verify_admin_view, name="curriculum_certificate_verify_admin")
    )
    urls.append(path("reports/trend/", trend.trend_view, name="curriculum_trend_report"))
    urls.append(path("reports/actions/remind/", manager_actions.remind_view, name="curriculum_manager_remind"))
    urls.append(path("reports/actions/extend/", manager_actions.extend_view, name="curriculum_manager_extend"))
    urls.append(path("reports/actions/assign/", manager_actions.assign_view, name="curriculum_manager_assign"))
    urls.append(path("organisation/import/", officer_import.officer_import_view, name="curriculum_officer_import"))
    urls += _report_urls("reports/reviews/", reviews.ReviewDueReportView, "curriculum_review_report")
    urls += _report_urls("reports/review-queue/", review_queue.ReviewQueueReportView, "curriculum_review_queue")
    urls.append(
        path("review-package/<int:module_id>/", review_package.review_package_view, name="curriculum_review_package")
    )
    urls += review_package_review.urls()
    urls += _report_urls("reports/mail/", mail_log.SentMailReportView, "curriculum_mail_report")
    urls += _report_urls("reports/questions/", item_analysis.QuestionAnalysisReportView, "curriculum_question_report")
    urls.append(
        path(
            "reports/questions/<int:question_id>/",
            item_analysis.question_analysis_view,
            name="curriculum_question_analysis",
        )
    )
    return urls


def _report_menu_item(name, label, icon, order):
    return lambda: UnitReportMenuItem(
        label, reverse(f"curriculum_{name}_report"), name=f"{name}-report", icon_name=icon, order=order
    )


for _name, _view, _label, _icon, _order in REPORTS:
    hooks.register("register_reports_menu_item", _report_menu_item(_name, _label, _icon, _order))


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()


@hooks.register("register_admin_viewset")
def register_api_client_viewset():
    return ApiClientViewSet()


@hooks.register("register_admin_menu_item")
def register_officer_import_menu_item():
    return OfficerImportMenuItem(
        _("Agenten importeren"),
        reverse("curriculum_officer_import"),
        name="officer-import",
        icon_name="upload",
        order=9000,
    )


@hooks.register("register_permissions")
def register_report_permissions():
    return Permission.objects.filter(content_type__app_label="curriculum", codename="view_unit_reports")


@hooks.register("register_admin_menu_item")
def register_certificate_verify_menu_item():
    return CertificateVerifyMenuItem(
        _("Certificaten"), reverse("curriculum_certificate_verify_admin"), icon_name="success", order=900
    )


# Reports-menu items for those who may see them: (label, URL name, item name, icon, order, who sees it).
SHOWN_TO_MENU = (
    (_("Vraaganalyse"), "curriculum_question_report", "question-report", "help", 330, item_analysis.can_analyse),
    (_("Herziening nodig"), "curriculum_review_report", "review-report", "date", 340, reviews.can_review),
    (_("Ter beoordeling"), "curriculum_review_queue", "review-queue", "tasks", 335, reviews.can_review),
    (_("Verzonden e-mails"), "curriculum_mail_report", "mail-report", "mail", 350, mail_log.can_see_mail_log),
)


def _shown_to_menu_item(label, url_name, name, icon, order, shown_to):
    return lambda: ShownToMenuItem(label, reverse(url_name), shown_to, name=name, icon_name=icon, order=order)


for _row in SHOWN_TO_MENU:
    hooks.register("register_reports_menu_item", _shown_to_menu_item(*_row))


# Four eyes that hold: no publishing over an open review, the change request on the edit page, no module approved
# with an unpublished or rejected part (curriculum/admin/review_guard.py).
hooks.register("construct_page_action_menu", review_guard.page_action_menu_guard)
hooks.register("construct_snippet_action_menu", review_guard.snippet_action_menu_guard)
hooks.register("before_edit_page", review_guard.before_edit_page)
hooks.register("before_edit_snippet", review_guard.before_edit_snippet)
hooks.register("register_page_header_buttons", review_package.page_header_buttons)
hooks.register("register_page_header_buttons", review_package_review.page_header_buttons)

# Signaal's own help: the "Handleiding" page instead of Wagtail's outside links (curriculum/admin/guide.py).
hooks.register("register_help_menu_item", guide.guide_menu_item)
hooks.register("construct_help_menu", guide.help_menu_trim)
hooks.register("construct_main_menu", guide.main_menu_help_plain)
hooks.register("construct_homepage_panels", guide.home_panels_trim)
hooks.register("construct_homepage_panels", dashboard.my_units_panel_add)


@hooks.register("register_reports_menu_item")
def register_trend_menu_item():
    return UnitReportMenuItem(
        _("Trend"), reverse("curriculum_trend_report"), name="trend-report", icon_name="history", order=325
    )
