"""Domain errors: what services, selectors and reports raise. They carry a message for the user and no HTTP
status; the views decide the response (`curriculum.views.http_status`: NotFoundError → 404,
AccessDeniedError → 403, ConflictError → 409, any other DomainError → 400)."""


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
