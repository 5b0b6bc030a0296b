"""Single sign-on with OpenID Connect (docs/sso.md).

mozilla-django-oidc does the protocol (authorization code flow with PKCE, state and nonce, the token call); this
package configures it from settings, checks the ID token strictly, and turns claims into an identity:

- config.py    settings read at request time, the discovery document and signing keys (cached), the login context
- claims.py    the provider's claims → SsoIdentity (personnel number, name, e-mail, unit, Signaal groups), validated
- backends.py  the OIDC backend (token, ID token checks, userinfo) and the password policy backend
- csp.py       the provider's origin in the CSP's form-action (logout redirects there)
- checks.py    `manage.py check` refuses a half-made configuration

Every write (user, profile, groups, unit move, managed units) is curriculum.services.sso; the views are
curriculum.views.sso.
"""
