"""Who may see which users: support sees everyone; anyone else only their own organisation's users,
and another organisation's user is reported as not found, so its existence is not revealed. API
clients (organisation-bound or department-wide) have no scope over users and see none."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from core_platform.auth.principal import KIND_CLIENT, Principal
from core_platform.errors import NotFound, PermissionDenied
from identity_service.data import users
from identity_service.data.models import User

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

USER_NOT_FOUND = "User not found"
NO_USERS_FOR_CLIENTS = "API clients cannot read users"
ORGANISATION_NOT_FOUND = "Organisation not found"


@dataclass(frozen=True)
class UserPage:
    users: list[User]
    total: int


def organisation_scope(principal: Principal, requested_organisation_id: str) -> str | None:
    """The organisation whose users the caller may list (None: every organisation)."""
    _refuse_clients(principal)
    if principal.is_support:
        return requested_organisation_id or None
    if not principal.organisation_id:
        raise PermissionDenied("You do not have permission to see users")
    if requested_organisation_id and requested_organisation_id != principal.organisation_id:
        raise NotFound(ORGANISATION_NOT_FOUND)
    return principal.organisation_id


def _refuse_clients(principal: Principal) -> None:
    if principal.kind == KIND_CLIENT:
        raise PermissionDenied(NO_USERS_FOR_CLIENTS)


def get_visible_user(session: Session, principal: Principal, user_id: str) -> User:
    _refuse_clients(principal)
    try:
        user = users.get_user(session, uuid.UUID(user_id))
    except ValueError:
        user = None
    if user is None or not (principal.is_support or principal.belongs_to(user.organisation_id)):
        raise NotFound(USER_NOT_FOUND)
    return user


def list_visible_users(
    session: Session,
    principal: Principal,
    organisation_id: str,
    page: int,
    page_size: int,
    filters: users.UserFilter | None = None,
) -> UserPage:
    """`filters` narrows by search, role and status; its organisation is replaced by what the caller may see."""
    scope = organisation_scope(principal, organisation_id)
    size = min(page_size, MAX_PAGE_SIZE) if page_size > 0 else DEFAULT_PAGE_SIZE
    number = max(page, 1)
    chosen = replace(filters or users.UserFilter(), organisation_id=scope)
    found, total = users.list_users(session, chosen, limit=size, offset=(number - 1) * size)
    return UserPage(found, total)
