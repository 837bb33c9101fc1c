"""Who is calling: the verified claims of an access token, available to the code serving a call."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from core_platform.errors import Unauthenticated

ROLE_DATA_PROVIDER = "data_provider"
ROLE_DATA_COORDINATOR = "data_coordinator"
ROLE_SUPPORT = "support"
ROLES = (ROLE_DATA_PROVIDER, ROLE_DATA_COORDINATOR, ROLE_SUPPORT)
ROLE_CLIENT = "client"  # the role claim of an API client's token

KIND_USER = "user"
KIND_CLIENT = "client"


@dataclass(frozen=True)
class Principal:
    subject: str  # user id or API client id
    kind: str  # "user" or "client"
    organisation_id: str  # empty for a department-wide client
    role: str  # a user's role; "client" for API clients
    scopes: tuple[str, ...] = ()

    @property
    def is_support(self) -> bool:
        return self.role == ROLE_SUPPORT

    def belongs_to(self, organisation_id: str) -> bool:
        return bool(organisation_id) and self.organisation_id == organisation_id


current_principal: ContextVar[Principal | None] = ContextVar("current_principal", default=None)
# The raw token of the current call, forwarded on calls this service makes to others.
current_token: ContextVar[str | None] = ContextVar("current_token", default=None)


def require_principal() -> Principal:
    principal = current_principal.get()
    if principal is None:
        raise Unauthenticated("Sign in to continue")
    return principal
