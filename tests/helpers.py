"""What several test modules need: the test password, logging in over HTTP, threads released together,
the admin editor's form data, a page preview requested as the editor's side panel does, and the officers' progress
rows to compare before and after a rebuild. Test modules import from here (or tests.factories), never from each
other (tests/test_layout.py holds them to it)."""

import re
import threading

from django.db import connections
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests.admin_forms import stream_form_data

PASSWORD = "pw-Test-12345"  # every factory-made user's password (tests.factories.user_create)
COMPLETION = "/admin/reports/completion/"
OFFICERS = "/admin/reports/officer/"
OVERDUE = "/admin/reports/overdue/"


def login(client, username, password=PASSWORD, ip="10.0.0.1", **extra):
    """POST the site's login form from one client address, as a browser would."""
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def run_together(n, fn):
    """Run fn(i) in n threads released at the same instant; return results and exceptions."""
    barrier = threading.Barrier(n)
    results, errors = [None] * n, [None] * n

    def worker(i):
        try:
            barrier.wait()
            results[i] = fn(i)
        except Exception as exc:  # noqa: BLE001 - collected and asserted by the test
            errors[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


# The opening tag of Wagtail's edit form (pages and snippets): its id comes before data-edit-form.
_EDIT_FORM = re.compile(r'<form\s[^>]*?\bid="([^"]+)"[^>]*?\sdata-edit-form[\s>]')


def editor_data(client, url, **streams):
    """The admin edit form as the browser would post it; StreamFields (built by JS) given explicitly. Only the
    form is parsed (from its opening tag to the first closing one: forms do not nest), not the whole page."""
    html = client.get(url).content.decode()
    edit_form = _EDIT_FORM.search(html)
    assert edit_form, f"no edit form (data-edit-form) with an id on {url}"
    end = html.index("</form>", edit_form.start()) + len("</form>")
    data = querydict_from_html(html[edit_form.start() : end], form_id=edit_form[1])
    for key in [k for k in data if k.endswith("is_correct") and data[k] == ""]:
        data[key] = "on"  # a checked checkbox without a value attribute posts "on" in a browser
    for name, blocks in streams.items():
        data.update(nested_form_data({name: streamfield(blocks)}))
    return data


def page_preview(client, page, mode=""):
    """Post the page's edit form to the preview, as the side panel does, and GET the preview in `mode`."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = editor_data(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    page = page.specific
    for name in ("body", "learning_objectives"):
        if hasattr(page, name):
            data.update(nested_form_data(stream_form_data(name, getattr(page, name))))
    posted = client.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content[:500]
    return client.get(url, {"mode": mode})


def progress_rows() -> list:
    """Every officer's progress row as comparable values (all PROGRESS_COLUMNS but last_activity), sorted: what a
    rebuild must reproduce. last_activity is "the last time something was recorded": re-recording a done lesson
    moves it."""
    from curriculum.models import ModuleProgress
    from curriculum.services.progress import PROGRESS_COLUMNS

    fields = [column for column in PROGRESS_COLUMNS if column != "last_activity"]
    return sorted(ModuleProgress.objects.values_list(*fields))
