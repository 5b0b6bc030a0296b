"""The site's Content-Security-Policy (django-csp), plus the identity provider's origin in `form-action` when SSO
is on: logging out is a form POST whose answer redirects to the provider's end-session endpoint, and browsers
apply form-action to that redirect. Nothing else is relaxed: no script, style or frame source is added."""

from csp.middleware import CSPMiddleware

from curriculum.sso.config import provider_origins, sso_enabled


class SignaalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and sso_enabled() and (origins := provider_origins()):
            update = dict(parts.update or {})
            update["form-action"] = [*(update.get("form-action") or []), *origins]
            parts.update = update
        return parts
