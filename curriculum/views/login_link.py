"""The step-up page a throttled address sees instead of a refusal, and the login link it mails.

See curriculum/services/login_links.py for why. The step-up page is the same whether the password was right,
wrong, or for no account at all; only a right password (and an active account with an e-mail address)
enqueues the mail. Following the link shows a confirmation button first, so that a mail scanner that opens
links cannot log anyone in; the POST logs in and remembers the device like a normal login.
"""

import logging

from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from curriculum.services.login_links import login_link_next, login_link_open, login_link_queue
from signaal.middleware import device_remember

audit = logging.getLogger("signaal.audit")


def login_step_up(request):
    """Called by LoginThrottleMiddleware for a login POST from a throttled address without a device cookie."""
    form = AuthenticationForm(request, data=request.POST)
    if form.is_valid():  # authenticate(): axes and the failure counters see this attempt as usual
        user = form.get_user()
        next_url = request.POST.get("next", "")
        base_url = request.build_absolute_uri("/")
        login_link_queue(user=user, base_url=base_url, next_url=next_url, language=get_language() or "nl")
    return render(request, "registration/login_step_up.html", status=200)


@require_http_methods(["GET", "POST"])
def login_link_view(request, token):
    opened = login_link_open(token)
    if opened is None:
        return render(request, "registration/login_link_invalid.html", status=400)
    if request.method == "GET":
        return render(request, "registration/login_link_confirm.html")
    user, next_url = opened
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    audit.warning("login_link_used user=%s", user.pk)
    response = redirect(login_link_next(next_url, request.get_host()))
    device_remember(request, response, user.get_username())
    return response
