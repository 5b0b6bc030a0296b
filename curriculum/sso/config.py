"""SSO settings, read at request time (so a test or an operator can change them without a restart of this code),
and the provider's discovery document and signing keys, fetched on first use and cached.

Nothing here runs at import time or at startup: a site without a provider never calls out, and a provider that is
down makes only the SSO pages fail (with a Dutch page), never the rest of the site.
"""

import hashlib
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from curriculum.domain.errors import SsoProtocolError, SsoUnavailableError

logger = logging.getLogger("signaal")
DISCOVERY_SUFFIX = "/.well-known/openid-configuration"


def sso_enabled() -> bool:
    """SSO is on when a client id and a provider (discovery URL or authorization endpoint) are configured."""
    return bool(
        getattr(settings, "OIDC_RP_CLIENT_ID", "")
        and (
            getattr(settings, "SIGNAAL_OIDC_DISCOVERY_URL", "")
            or getattr(settings, "OIDC_OP_AUTHORIZATION_ENDPOINT", "")
        )
    )


def passwords_for_everyone() -> bool:
    """False when SIGNAAL_PASSWORD_LOGIN is "superusers": only superusers may then use a password."""
    return getattr(settings, "SIGNAAL_PASSWORD_LOGIN", "all") != "superusers"


def claim_names() -> dict[str, str]:
    return dict(settings.SIGNAAL_OIDC_CLAIMS)


def group_map() -> dict[str, list[str]]:
    """Provider group → Signaal group names (a single name in the settings becomes a list)."""
    return {
        str(source): [target] if isinstance(target, str) else [str(t) for t in target]
        for source, target in settings.SIGNAAL_OIDC_GROUP_MAP.items()
    }


def default_groups() -> frozenset[str]:
    """The Signaal groups everyone who logs in through SSO holds (default: Agenten)."""
    return frozenset(settings.SIGNAAL_OIDC_DEFAULT_GROUPS)


def managed_groups() -> frozenset[str]:
    """The Signaal groups the provider decides: every mapping target and the default groups."""
    targets = {name for names in group_map().values() for name in names}
    return frozenset(targets) | default_groups()


@dataclass(frozen=True)
class Endpoints:
    issuer: str
    authorization: str
    token: str
    userinfo: str
    jwks: str
    end_session: str


def provider_json(url: str, *, reason: str) -> dict:
    """GET a JSON document from the provider; an unreachable provider or a 5xx is SsoUnavailableError."""
    try:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT, verify=settings.OIDC_VERIFY_SSL)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        raise SsoUnavailableError(reason=reason, detail=f"{type(error).__name__} {url}") from error
    if not isinstance(document, dict):
        raise SsoUnavailableError(reason=reason, detail=f"not a JSON object: {url}")
    return document


def _cache_key(kind: str, url: str) -> str:
    return f"signaal:oidc:{kind}:{hashlib.sha256(url.encode()).hexdigest()[:24]}"


def discovery_document(url: str) -> dict:
    key = _cache_key("discovery", url)
    document = cache.get(key)
    if document is None:
        document = provider_json(url, reason="discovery_unreachable")
        cache.set(key, document, settings.SIGNAAL_OIDC_DISCOVERY_CACHE_SECONDS)
    return document


def endpoints() -> Endpoints:
    """The provider's endpoints: the explicit settings, else the discovery document's (whose issuer must be
    the configured one, or the discovery URL without its well-known suffix: OpenID Connect Discovery 4.3)."""
    explicit = Endpoints(
        issuer=settings.SIGNAAL_OIDC_ISSUER,
        authorization=settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        token=settings.OIDC_OP_TOKEN_ENDPOINT,
        userinfo=settings.OIDC_OP_USER_ENDPOINT,
        jwks=settings.OIDC_OP_JWKS_ENDPOINT,
        end_session=settings.SIGNAAL_OIDC_LOGOUT_ENDPOINT,
    )
    url = settings.SIGNAAL_OIDC_DISCOVERY_URL
    if not url:
        return explicit
    document = discovery_document(url)
    expected = settings.SIGNAAL_OIDC_ISSUER or url.removesuffix(DISCOVERY_SUFFIX)
    if document.get("issuer") != expected:
        raise SsoProtocolError(
            _("De inlogdienst is verkeerd ingesteld (de uitgever klopt niet). Meld het bij de servicedesk."),
            reason="discovery_issuer_mismatch",
            detail=f"expected={expected!r} got={str(document.get('issuer'))[:200]!r}",
        )

    def pick(mine: str, name: str) -> str:
        value = mine or document.get(name) or ""
        return value if isinstance(value, str) else ""

    return Endpoints(
        issuer=expected,
        authorization=pick(explicit.authorization, "authorization_endpoint"),
        token=pick(explicit.token, "token_endpoint"),
        userinfo=pick(explicit.userinfo, "userinfo_endpoint"),
        jwks=pick(explicit.jwks, "jwks_uri"),
        end_session=pick(explicit.end_session, "end_session_endpoint"),
    )


def signing_keys(jwks_url: str, *, refresh: bool = False) -> list[dict]:
    """The provider's public keys (JWKS), cached; `refresh` fetches them again (key rotation: an unknown kid)."""
    key = _cache_key("jwks", jwks_url)
    keys = None if refresh else cache.get(key)
    if keys is None:
        keys = provider_json(jwks_url, reason="jwks_unreachable").get("keys")
        keys = [k for k in keys if isinstance(k, dict)] if isinstance(keys, list) else []
        cache.set(key, keys, settings.SIGNAAL_OIDC_DISCOVERY_CACHE_SECONDS)
    return keys


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def provider_origins() -> list[str]:
    """Origins of the configured provider URLs: the CSP's form-action allows them, because logging out (a form
    POST) ends with a redirect to the provider's end-session endpoint. Settings only, no network."""
    urls = [
        settings.SIGNAAL_OIDC_DISCOVERY_URL,
        settings.SIGNAAL_OIDC_ISSUER,
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        settings.SIGNAAL_OIDC_LOGOUT_ENDPOINT,
    ]
    return sorted({origin for url in urls if url and (origin := _origin(url))})


def sso_login_url(next_url: str = "") -> str:
    url = reverse("oidc_authentication_init")
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def sso_context(request) -> dict:
    """Template context (every page): whether SSO is on, the button's label, and whether passwords are offered."""
    enabled = sso_enabled()
    name = getattr(settings, "SIGNAAL_OIDC_PROVIDER_NAME", "")
    if name:
        label = _("Inloggen met %(provider)s") % {"provider": name}
    else:
        label = _("Inloggen met je organisatie-account")
    return {
        "sso": {"enabled": enabled, "label": label, "passwords": passwords_for_everyone() or not enabled},
    }
