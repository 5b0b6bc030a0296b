"""Logging in and out: the login page (SSO button and/or password form), the start of an SSO login, the
provider's callback, and logout (also at the provider, when it offers RP-initiated logout).

The protocol work is mozilla-django-oidc's (curriculum/sso/backends.py); these views only decide what the person
sees. Every SSO failure is a Dutch page with an audit line `sso_failed reason=… ip=…`, and nothing is created or
changed: the provider unreachable (502), a response that fails a check (400: unknown or reused state, a refused
code, an ID token with the wrong issuer, audience, signature or nonce, or expired), someone Signaal cannot let in
(403: claims missing, unit unknown, account conflict).
"""

import logging
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.utils.translation import gettext as _
from django.views.generic import View
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from curriculum.domain.errors import SsoError, SsoProtocolError, SsoRefusedError, SsoUnavailableError
from curriculum.sso import config
from curriculum.views import http_status
from signaal.middleware import client_ip

audit = logging.getLogger("signaal.audit")
SSO_BACKEND = "curriculum.sso.backends.SignaalOIDCBackend"


def sso_failure(request, error: SsoError):
    """The Dutch page for a failed SSO login, with its audit line."""
    audit.warning(
        "sso_failed reason=%s ip=%s %s", error.reason, client_ip(request), error.detail.replace("\n", " ")[:400]
    )
    if isinstance(error, SsoUnavailableError):
        title = _("Inloggen lukt nu niet")
    elif isinstance(error, SsoRefusedError):
        title = _("Je kunt nog niet inloggen bij Signaal")
    else:
        title = _("Inloggen is niet gelukt")
    context = {"title": title, "message": error.message, "retry": not isinstance(error, SsoRefusedError)}
    return render(request, "registration/sso_failed.html", context, status=http_status(error))


class LoginView(auth_views.LoginView):
    """The site's login page: the SSO button when SSO is on, the password form unless passwords are off."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True


class SsoStartView(OIDCAuthenticationRequestView):
    """GET /oidc/authenticate/?next=…: state, nonce and PKCE into the session, then off to the provider."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)  # the library reads endpoints here; ours come from config at request time

    def get(self, request):
        if not config.sso_enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = config.endpoints().authorization
        except SsoError as error:
            return sso_failure(request, error)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        return super().get(request)


class SsoCallbackView(OIDCAuthenticationCallbackView):
    """GET /oidc/callback/?code=…&state=…: the provider sends the browser back here."""

    def get(self, request):
        if not config.sso_enabled():
            raise Http404
        try:
            return self._callback(request)
        except SsoError as error:
            return sso_failure(request, error)

    def _state_take(self, request, state: str):
        """The state's entry from this browser's session, removed so the same response can never be used twice."""
        states = request.session.get("oidc_states")
        if not state or not isinstance(states, dict) or state not in states:
            raise SsoProtocolError(
                _(
                    "Deze inlogpoging is niet (meer) geldig: hij is al gebruikt, verlopen of niet in deze browser "
                    "begonnen. Er is niets aangemaakt of gewijzigd. Probeer opnieuw in te loggen."
                ),
                reason="state_unknown",
            )
        entry = states.pop(state)
        request.session["oidc_states"] = states
        request.session.save()
        return entry if isinstance(entry, dict) else {}

    def _callback(self, request):
        state, code = request.GET.get("state", ""), request.GET.get("code", "")
        if request.GET.get("error"):
            if state:
                self._state_take(request, state)
            raise SsoProtocolError(
                _(
                    "De inlogdienst heeft het inloggen afgebroken. Er is niets aangemaakt of gewijzigd. Probeer "
                    "opnieuw in te loggen."
                ),
                reason="provider_error",
                detail=f"error={request.GET['error'][:60]!r}",
            )
        entry = self._state_take(request, state)
        if not code:
            raise SsoProtocolError(_("Het antwoord van de inlogdienst is onvolledig."), reason="code_missing")
        issuer = request.GET.get("iss")  # RFC 9207: a response from another provider (mix-up) is refused
        if issuer is not None and issuer != config.endpoints().issuer:
            raise SsoProtocolError(
                _("Het antwoord kwam niet van de inlogdienst van Signaal. Probeer opnieuw in te loggen."),
                reason="issuer_mismatch",
                detail=f"iss={issuer[:200]!r}",
            )
        # As the library does: reload the session, so a parallel tab's changes are not overwritten.
        request.session = request.session.__class__(request.session.session_key)
        self.user = auth.authenticate(
            request=request, nonce=entry.get("nonce"), code_verifier=entry.get("code_verifier"), signaal_oidc=True
        )
        if self.user is None or not self.user.is_active:
            raise SsoProtocolError(_("Inloggen is niet gelukt. Probeer het opnieuw."), reason="no_user")
        return self.login_success()

    def login_success(self):
        """Log in (a new session key, H4) and go to the page the login started from (checked at the start)."""
        session = self.request.session
        id_token, next_url = session.get("oidc_id_token"), session.pop("oidc_login_next", None)
        auth.login(self.request, self.user)  # a different user's session is flushed: keep the token for logout
        if id_token:
            self.request.session["oidc_id_token"] = id_token
        return HttpResponseRedirect(next_url or resolve_url(settings.LOGIN_REDIRECT_URL))


class LogoutView(auth_views.LogoutView):
    """POST /logout/ (and /admin/logout/): end the Signaal session; after an SSO login, also the provider's
    (RP-initiated logout with id_token_hint) when it has an end-session endpoint. GET (an old bookmark, a typed
    address) logs nobody out: it shows the button that does, or goes home when nobody is logged in."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return HttpResponseRedirect(resolve_url(settings.LOGOUT_REDIRECT_URL))
        return render(request, "registration/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        id_token = request.session.get("oidc_id_token")
        via_sso = request.session.get(BACKEND_SESSION_KEY) == SSO_BACKEND
        response = super().post(request, *args, **kwargs)
        if not (via_sso and config.sso_enabled()):
            return response
        try:
            end_session = config.endpoints().end_session
        except SsoError as error:
            audit.warning("sso_logout_local_only reason=%s", error.reason)
            return response
        if not end_session:
            return response
        params = {
            "client_id": settings.OIDC_RP_CLIENT_ID,
            "post_logout_redirect_uri": request.build_absolute_uri(resolve_url(settings.LOGOUT_REDIRECT_URL)),
        }
        if id_token:
            params["id_token_hint"] = id_token
        parts = urlsplit(end_session)
        query = urlencode([*parse_qsl(parts.query), *params.items()])
        return HttpResponseRedirect(urlunsplit(parts._replace(query=query)))
