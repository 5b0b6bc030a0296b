"""The manager's journey. The manager dashboard (completion per unit, drill-down, export) arrives with
issue 4; after that merge this module gets those steps. Until then: log in to the admin home, and check
an officer's certificate code (valid and altered)."""

import re

import pytest
from playwright.sync_api import expect

from curriculum import services
from curriculum.certificates import certificate_code
from curriculum.models import ModuleCompletion
from tests.browser.helpers import login, shot, step
from tests.factories import answers_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def officer_completes(tree, officer):
    for lesson in tree.module.lessons():
        services.lesson_complete(user=officer, lesson=lesson)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    return ModuleCompletion.objects.get(user=officer, module=tree.module)


def test_manager_opens_the_admin_and_checks_a_certificate(training, new_page):
    tree, users = training
    completion = officer_completes(tree, users["officer"])
    page = new_page()
    login(page, "manager", url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    shot(page, "manager-01-admin-home", docs_name="manager-dashboard")

    page.get_by_role("link", name="Certificaten").click()
    expect(page.locator("h1")).to_have_text("Certificaat controleren")
    step(page, "manager-02-verify-form")
    page.get_by_label("Controlecode").fill(certificate_code(completion).lower())
    page.get_by_role("button", name="Controleer").click()
    expect(page.get_by_text("Geldig certificaat.")).to_be_visible()
    assert "Sanne de Vries" in page.locator(".message-success").inner_text()
    assert "Signalen herkennen" in page.locator(".message-success").inner_text()
    step(page, "manager-03-verify-valid")

    altered = certificate_code(completion)[:-1] + ("0" if certificate_code(completion)[-1] != "0" else "1")
    page.get_by_label("Controlecode").fill(altered)
    page.get_by_role("button", name="Controleer").click()
    expect(page.get_by_role("alert")).to_contain_text("hoort niet bij een certificaat")
    step(page, "manager-04-verify-invalid")
