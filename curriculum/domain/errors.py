"""Domain errors: what services, selectors and reports raise. They carry a message for the user and no HTTP
status; the views decide the response (`curriculum.views.http_status`: NotFoundError → 404,
AccessDeniedError → 403, ConflictError → 409, SsoUnavailableError → 502, SsoRefusedError → 403, any other
DomainError → 400)."""

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """A request the user can understand or fix; the message says what happened, in their language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFoundError(DomainError):
    """The object asked for does not exist (or may not be named to this user)."""


class AccessDeniedError(DomainError):
    """The object exists but lies outside what this user may see or change."""


class ConflictError(DomainError):
    """The request is well-formed but the object's state forbids it (an attempt already submitted, no attempts
    left, a quiz without published questions)."""


class SsoError(DomainError):
    """Single sign-on failed. `reason` is a short code for the audit log; the message is for the person (the
    kind's `default_message` unless the raiser says more).

    curriculum.views.http_status maps the kind: SsoUnavailableError → 502, SsoProtocolError → 400,
    SsoRefusedError → 403.
    """

    default_message = ""

    def __init__(self, message: str = "", *, reason: str, detail: str = ""):
        super().__init__(message or str(self.default_message))
        self.reason = reason
        self.detail = detail


class SsoUnavailableError(SsoError):
    """The identity provider could not be reached, or answered with a server error."""

    default_message = _(
        "De inlogdienst van je organisatie is op dit moment niet bereikbaar. Probeer het over een paar minuten "
        "opnieuw. Lukt het dan nog niet, meld het bij de servicedesk."
    )


class SsoProtocolError(SsoError):
    """The login response failed a check: state, code, token signature, audience, issuer, expiry or nonce.
    By default the person can simply start again."""

    default_message = _(
        "Het inloggen via de inlogdienst is niet gelukt: het antwoord van de inlogdienst was verlopen, al "
        "gebruikt of niet voor Signaal bedoeld. Er is niets aangemaakt of gewijzigd. Probeer opnieuw in te loggen."
    )


class SsoRefusedError(SsoError):
    """The provider vouched for someone Signaal cannot let in: claims missing, unit unknown, account conflict."""
