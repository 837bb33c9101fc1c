"""Support manages API clients: one acts for an organisation, or department-wide with read scopes
only. The secret is made here, returned once and stored only as an argon2id hash."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core_platform.auth.principal import Principal
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from identity_service.data import api_clients, audit
from identity_service.data.models import ApiClient
from identity_service.domain.passwords import hash_secret

logger = logging.getLogger(__name__)

SCOPES = ("logs:read", "logs:write")
READ_SCOPES = frozenset(scope for scope in SCOPES if scope.endswith(":read"))
SUPPORT_ONLY = "Only support users can manage API clients"
CLIENT_NOT_FOUND = "API client not found"


@dataclass(frozen=True)
class NewApiClient:
    name: str
    organisation_id: str
    department_wide: bool
    scopes: tuple[str, ...]


def _require_support(principal: Principal) -> None:
    if not principal.is_support:
        raise PermissionDenied(SUPPORT_ONLY)


def _check(new: NewApiClient) -> None:
    errors = {}
    if not new.name.strip():
        errors["name"] = "Enter a name for the API client"
    if not new.department_wide and not new.organisation_id:
        errors["organisation_id"] = "Select the organisation the client acts for"
    unknown = set(new.scopes) - set(SCOPES)
    if not new.scopes or unknown:
        errors["scopes"] = "Select at least one scope"
    elif new.department_wide and not set(new.scopes) <= READ_SCOPES:
        errors["scopes"] = "A department-wide client can only read"
    if errors:
        raise InvalidArgument(field_errors=errors)


def list_api_clients(session: Session, principal: Principal) -> Sequence[ApiClient]:
    _require_support(principal)
    return session.scalars(select(ApiClient).order_by(ApiClient.created_at, ApiClient.client_id)).all()


def create_api_client(
    session: Session, principal: Principal, new: NewApiClient, ip: str, now: datetime
) -> tuple[ApiClient, str]:
    _require_support(principal)
    _check(new)
    secret = secrets.token_urlsafe(32)
    client = api_clients.create_api_client(
        session,
        client_id="core-" + secrets.token_hex(8),
        secret_hash=hash_secret(secret),
        organisation_id="" if new.department_wide else new.organisation_id,
        scopes=" ".join(scope for scope in SCOPES if scope in new.scopes),
    )
    client.name = new.name.strip()
    _audit(session, "api_client_created", principal, client, ip, now)
    return client, secret


def _get(session: Session, client_id: str) -> ApiClient:
    client = api_clients.get_api_client(session, client_id) if client_id else None
    if client is None:
        raise NotFound(CLIENT_NOT_FOUND)
    return client


def rotate_api_client_secret(
    session: Session, principal: Principal, client_id: str, ip: str, now: datetime
) -> tuple[ApiClient, str]:
    """A new secret; the old one stops working at once. Tokens already issued last their 15 minutes."""
    _require_support(principal)
    client = _get(session, client_id)
    secret = secrets.token_urlsafe(32)
    client.secret_hash = hash_secret(secret)
    _audit(session, "api_client_rotated", principal, client, ip, now)
    return client, secret


def revoke_api_client(session: Session, principal: Principal, client_id: str, ip: str, now: datetime) -> ApiClient:
    _require_support(principal)
    client = _get(session, client_id)
    if client.active:
        client.active = False
        _audit(session, "api_client_revoked", principal, client, ip, now)
    return client


def _audit(session: Session, event: str, principal: Principal, client: ApiClient, ip: str, now: datetime) -> None:
    audit.record_audit_event(
        session, event, "success", at=now, actor_id=principal.subject, subject_id=client.client_id, ip=ip
    )
    logger.info("api client changed", extra={"client_id": client.client_id, "event": event})
