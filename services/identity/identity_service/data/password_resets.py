"""Queries on password reset requests."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from identity_service.data.models import PasswordResetRequest


def create_password_reset_request(
    session: Session, user_id: uuid.UUID, expires_at: datetime, purpose: str = "reset"
) -> PasswordResetRequest:
    request = PasswordResetRequest(user_id=user_id, expires_at=expires_at, purpose=purpose)
    session.add(request)
    session.flush()
    return request


def get_password_reset_request(session: Session, request_id: uuid.UUID) -> PasswordResetRequest | None:
    # Locked, so a re-delivered email task waits for the first delivery instead of racing it.
    query = select(PasswordResetRequest).where(PasswordResetRequest.id == request_id).with_for_update()
    return session.scalars(query).one_or_none()


def get_password_reset_request_by_token_hash(session: Session, token_hash: str) -> PasswordResetRequest | None:
    query = select(PasswordResetRequest).where(PasswordResetRequest.token_hash == token_hash)
    return session.scalars(query).one_or_none()


def mark_password_reset_used(session: Session, request_id: uuid.UUID, now: datetime) -> bool:
    """Use a request once: False when another call used it first."""
    result = session.execute(
        update(PasswordResetRequest)
        .where(PasswordResetRequest.id == request_id, PasswordResetRequest.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session="fetch")
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1


def close_open_password_reset_requests(
    session: Session, user_id: uuid.UUID, now: datetime, *, purpose: str | None = None
) -> None:
    """Once the password has changed (or a newer link of the purpose is made), older links stop working."""
    query = update(PasswordResetRequest).where(
        PasswordResetRequest.user_id == user_id, PasswordResetRequest.used_at.is_(None)
    )
    if purpose is not None:
        query = query.where(PasswordResetRequest.purpose == purpose)
    session.execute(query.values(used_at=now).execution_options(synchronize_session="fetch"))
