"""Officer-facing views that are not page routes, and the one mapping from domain errors to HTTP status."""

from curriculum.domain.errors import (
    AccessDeniedError,
    ConflictError,
    DomainError,
    NotFoundError,
    SsoRefusedError,
    SsoUnavailableError,
)

# An SSO login the provider could not serve is a bad gateway; one Signaal refuses is forbidden (views/sso.py).
_STATUS = (
    (NotFoundError, 404),
    (AccessDeniedError, 403),
    (ConflictError, 409),
    (SsoUnavailableError, 502),
    (SsoRefusedError, 403),
)


def http_status(error: DomainError) -> int:
    """The HTTP status for a domain error: 404, 403, 409, 502, or 400 for any other request the user can fix."""
    return next((status for kind, status in _STATUS if isinstance(error, kind)), 400)
