"""Domain errors: what services, selectors and reports raise. They carry a message for the user and no HTTP
status; the views decide the response (NotFoundError → 404, AccessDeniedError → 403)."""


class DomainError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFoundError(DomainError):
    """The object asked for does not exist (or may not be named to this user)."""


class AccessDeniedError(DomainError):
    """The object exists but lies outside what this user may see or change."""
