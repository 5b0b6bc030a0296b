"""Authentication backends: OpenID Connect (mozilla-django-oidc, made strict) and the password policy.

SignaalOIDCBackend acts only when the SSO callback view calls it (`signaal_oidc=True`), never for a username and
password, so a password form can never start a token exchange. On top of the library it checks the ID token's
issuer, audience (and azp), expiry, issued-at and nonce (the library checks signature and nonce only), caches the
provider's keys, merges the userinfo claims, and turns every failure into a Dutch SsoError for the callback view.
The account itself is made or updated by curriculum.services.sso.

PasswordPolicyBackend refuses the password of everyone but superusers when SIGNAAL_PASSWORD_LOGIN is "superusers".
It raises PermissionDenied, which Django reports as a failed login: django-axes and the login throttle count it
exactly like a wrong password.
"""

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from curriculum.domain.errors import SsoProtocolError, SsoUnavailableError
from curriculum.services.sso import sso_login_sync
from curriculum.sso import config
from curriculum.sso.claims import identity_from_claims

ASYMMETRIC = ("RS", "PS", "ES")


class SignaalOIDCBackend(OIDCAuthenticationBackend):
    """The library's code flow, configured at request time and strict about the ID token (see module doc)."""

    def __init__(self, *args, **kwargs):
        # Django makes a backend for every request of a logged-in user (get_user): no settings, no network here.
        self.UserModel = get_user_model()

    def authenticate(self, request, signaal_oidc=False, **kwargs):
        if not signaal_oidc or request is None or not config.sso_enabled():
            return None
        self.endpoints = config.endpoints()
        self.OIDC_OP_TOKEN_ENDPOINT = self.endpoints.token
        self.OIDC_OP_USER_ENDPOINT = self.endpoints.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = self.endpoints.jwks
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None
        return super().authenticate(request, nonce=kwargs.get("nonce"), code_verifier=kwargs.get("code_verifier"))

    def get_user(self, user_id):
        user = super().get_user(user_id)
        return user if user is not None and user.is_active else None  # a deactivated account is logged out

    # ------------------------------------------------------------ calls to the provider

    def get_token(self, payload):
        try:
            return super().get_token(payload)
        except requests.HTTPError as error:
            status = error.response.status_code if error.response is not None else 0
            if status >= 500:
                raise SsoUnavailableError(reason="token_endpoint_error", detail=f"status={status}") from error
            # invalid_grant: the code was used before, has expired, or the PKCE verifier does not match
            raise SsoProtocolError(
                reason="token_refused", detail=f"status={status} body={error.response.text[:200]!r}"
            ) from error
        except (requests.RequestException, ValueError) as error:
            raise SsoUnavailableError(reason="token_endpoint_unreachable", detail=type(error).__name__) from error

    def get_userinfo(self, access_token, id_token, payload):
        try:
            response = requests.get(
                self.OIDC_OP_USER_ENDPOINT,
                headers={"Authorization": f"Bearer {access_token}"},
                verify=settings.OIDC_VERIFY_SSL,
                timeout=settings.OIDC_TIMEOUT,
            )
            if response.status_code >= 500:
                raise SsoUnavailableError(reason="userinfo_error", detail=f"status={response.status_code}")
            if response.status_code != 200:
                raise SsoProtocolError(reason="userinfo_refused", detail=f"status={response.status_code}")
            if response.headers.get("content-type", "").lower().startswith("application/jwt"):
                return self._decode(response.text, require=["iss", "aud", "sub"])
            claims = response.json()
        except (requests.RequestException, ValueError) as error:
            raise SsoUnavailableError(reason="userinfo_unreachable", detail=type(error).__name__) from error
        if not isinstance(claims, dict):
            raise SsoProtocolError(reason="userinfo_invalid")
        return claims

    # ------------------------------------------------------------ the ID token

    def _key(self, header: dict):
        algorithm = header.get("alg")
        if algorithm != self.OIDC_RP_SIGN_ALGO or algorithm == "none":
            raise SsoProtocolError(reason="token_algorithm", detail=f"alg={str(algorithm)[:20]!r}")
        if not algorithm.startswith(ASYMMETRIC):
            return self.OIDC_RP_CLIENT_SECRET
        kid = header.get("kid")
        for refresh in (False, True):
            for jwk in config.signing_keys(self.OIDC_OP_JWKS_ENDPOINT, refresh=refresh):
                if (kid is None or jwk.get("kid") == kid) and jwk.get("alg", algorithm) == algorithm:
                    try:
                        return jwt.PyJWK(jwk).key
                    except jwt.PyJWKError:
                        continue
        raise SsoProtocolError(reason="token_key_unknown", detail=f"kid={str(kid)[:60]!r}")

    def _decode(self, token, *, require):
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as error:
            raise SsoProtocolError(reason="token_malformed") from error
        key = self._key(header)
        try:
            payload = jwt.decode(
                token,
                key,
                algorithms=[self.OIDC_RP_SIGN_ALGO],
                audience=self.OIDC_RP_CLIENT_ID,
                issuer=self.endpoints.issuer,
                leeway=settings.SIGNAAL_OIDC_CLOCK_SKEW,
                options={"require": require},
            )
        except jwt.ExpiredSignatureError as error:
            raise SsoProtocolError(reason="token_expired") from error
        except jwt.InvalidAudienceError as error:
            raise SsoProtocolError(reason="token_audience") from error
        except jwt.InvalidIssuerError as error:
            raise SsoProtocolError(reason="token_issuer") from error
        except jwt.InvalidSignatureError as error:
            raise SsoProtocolError(reason="token_signature") from error
        except jwt.ImmatureSignatureError as error:
            raise SsoProtocolError(reason="token_not_yet_valid") from error
        except jwt.InvalidTokenError as error:
            raise SsoProtocolError(reason="token_invalid", detail=type(error).__name__) from error
        audience = payload.get("aud")
        if isinstance(audience, list) and len(audience) > 1 and payload.get("azp") != self.OIDC_RP_CLIENT_ID:
            raise SsoProtocolError(reason="token_audience", detail="azp")
        return payload

    def verify_token(self, token, **kwargs):
        """The ID token: signature, issuer, audience, expiry, issued-at, subject and the nonce of this login
        (another login's token, replayed, carries another nonce)."""
        if not token:
            raise SsoProtocolError(reason="token_missing")
        payload = self._decode(token, require=["iss", "aud", "exp", "iat", "sub"])
        nonce = kwargs.get("nonce")
        if not nonce or payload.get("nonce") != nonce:
            raise SsoProtocolError(reason="token_nonce")
        return payload

    # ------------------------------------------------------------ the account

    def get_or_create_user(self, access_token, id_token, payload):
        claims = dict(payload)
        if settings.SIGNAAL_OIDC_USE_USERINFO and self.OIDC_OP_USER_ENDPOINT:
            userinfo = self.get_userinfo(access_token, id_token, payload)
            if userinfo.get("sub") != payload.get("sub"):
                raise SsoProtocolError(reason="userinfo_subject")
            claims.update(userinfo)
        return sso_login_sync(identity=identity_from_claims(claims)).user


class PasswordPolicyBackend:
    """SIGNAAL_PASSWORD_LOGIN = "superusers": a password logs in superusers only (see module doc)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None or config.passwords_for_everyone():
            return None
        User = get_user_model()
        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).only("pk", "is_superuser").first()
        if user is None or user.is_superuser:
            return None  # the password backend decides (and spends the same hashing time on unknown names)
        User().set_password(password)  # the same time as checking a password: no hint that the name exists
        raise PermissionDenied
