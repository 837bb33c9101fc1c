"""Domain errors shared by all services. Servicers raise these; one interceptor maps them to gRPC
status codes, and the client side maps status codes back, so callers handle the same types."""

from __future__ import annotations


class CoreError(Exception):
    """Base class; `message` is safe to show to a user."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class NotFound(CoreError):
    pass


class PermissionDenied(CoreError):
    pass


class Unauthenticated(CoreError):
    pass


class FailedPrecondition(CoreError):
    pass


class AlreadyExists(CoreError):
    pass


class Unavailable(CoreError):
    """A backend or resource cannot be reached; retrying later may work."""


class InvalidArgument(CoreError):
    """Bad input; `field_errors` maps field names to user-facing messages."""

    def __init__(self, message: str = "", field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message or "; ".join((field_errors or {}).values()))
        self.field_errors = dict(field_errors or {})
