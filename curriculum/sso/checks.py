"""`manage.py check` (and every server start) refuses a half-made SSO configuration, a group mapping onto
anything but the four role groups, and an unknown password policy (docs/sso.md)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register

from curriculum.domain import roles
from curriculum.sso.config import group_map, sso_enabled

HINT = "See docs/sso.md."
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _configuration_errors() -> list:
    errors = []
    provider = settings.SIGNAAL_OIDC_DISCOVERY_URL or settings.OIDC_OP_AUTHORIZATION_ENDPOINT
    if provider and not settings.OIDC_RP_CLIENT_ID:
        errors.append(
            Error("An OpenID provider is configured but OIDC_RP_CLIENT_ID is empty.", hint=HINT, id="signaal.E101")
        )
    if not sso_enabled():
        return errors
    if not settings.OIDC_RP_CLIENT_SECRET:
        errors.append(Error("SSO is on but OIDC_RP_CLIENT_SECRET is empty.", hint=HINT, id="signaal.E102"))
    if not settings.SIGNAAL_OIDC_DISCOVERY_URL:
        needed = ["SIGNAAL_OIDC_ISSUER", "OIDC_OP_AUTHORIZATION_ENDPOINT", "OIDC_OP_TOKEN_ENDPOINT"]
        if settings.OIDC_RP_SIGN_ALGO.startswith(("RS", "PS", "ES")):
            needed.append("OIDC_OP_JWKS_ENDPOINT")
        missing = [name for name in needed if not getattr(settings, name)]
        if missing:
            errors.append(
                Error(
                    f"SSO without SIGNAAL_OIDC_DISCOVERY_URL needs {', '.join(missing)}.", hint=HINT, id="signaal.E103"
                )
            )
    if settings.OIDC_RP_SIGN_ALGO in ("", "none") or settings.OIDC_RP_SIGN_ALGO[:2] not in ("RS", "PS", "ES", "HS"):
        errors.append(Error("OIDC_RP_SIGN_ALGO must be a signing algorithm such as RS256.", id="signaal.E104"))
    if "openid" not in settings.OIDC_RP_SCOPES.split():
        errors.append(Error("OIDC_RP_SCOPES must contain 'openid'.", hint=HINT, id="signaal.E105"))
    if not settings.SIGNAAL_OIDC_CLAIMS.get("personnel_number"):
        errors.append(Error("SIGNAAL_OIDC_CLAIM_PERSONNEL_NUMBER may not be empty.", hint=HINT, id="signaal.E106"))
    for url in (settings.SIGNAAL_OIDC_DISCOVERY_URL, settings.OIDC_OP_AUTHORIZATION_ENDPOINT):
        parts = urlsplit(url)
        if url and parts.scheme != "https" and parts.hostname not in LOOPBACK and not settings.DEBUG:
            errors.append(Warning(f"The OpenID provider URL {url} is not https.", hint=HINT, id="signaal.W101"))
    return errors


@register()
def sso_settings_check(app_configs=None, **kwargs) -> list:
    errors = _configuration_errors()
    targets = {name for names in group_map().values() for name in names} | set(settings.SIGNAAL_OIDC_DEFAULT_GROUPS)
    wrong = sorted(targets - set(roles.ALL_GROUPS))
    if wrong:
        errors.append(
            Error(
                f"SIGNAAL_OIDC_GROUP_MAP / SIGNAAL_OIDC_DEFAULT_GROUPS name groups that are not Signaal's role groups: "
                f"{', '.join(wrong)}. Allowed: {', '.join(roles.ALL_GROUPS)}.",
                hint=HINT,
                id="signaal.E107",
            )
        )
    if settings.SIGNAAL_PASSWORD_LOGIN not in ("all", "superusers"):
        errors.append(Error("SIGNAAL_PASSWORD_LOGIN must be 'all' or 'superusers'.", hint=HINT, id="signaal.E108"))
    elif settings.SIGNAAL_PASSWORD_LOGIN == "superusers" and not sso_enabled():
        errors.append(
            Warning(
                "SIGNAAL_PASSWORD_LOGIN is 'superusers' but SSO is off: nobody else can log in.",
                hint=HINT,
                id="signaal.W102",
            )
        )
    return errors
