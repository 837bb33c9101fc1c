"""Changing a password while signed in: the current password first, then the rules for a new one.
Every other session of the user ends; the one making the change stays signed in."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from core_platform.auth.principal import Principal
from core_platform.errors import InvalidArgument, PermissionDenied
from identity_service.data import audit, password_resets, user_sessions, users
from identity_service.domain.passwords import check_new_password, hash_secret, verify_secret
from identity_service.domain.secret_tokens import hash_token

logger = logging.getLogger(__name__)

CURRENT_PASSWORD_REQUIRED = "Enter your current password"
CURRENT_PASSWORD_WRONG = "The password you entered is incorrect"


def change_password(
    session: Session, principal: Principal, session_token: str, current: str, new: str, ip: str, now: datetime
) -> InvalidArgument | None:
    """None when changed; a wrong current password is returned, not raised, so its audit is committed."""
    try:
        user = users.get_user(session, uuid.UUID(principal.subject))
    except ValueError:
        user = None
    if user is None or not user.active:
        raise PermissionDenied("Only a signed-in user can change their password")
    if not current:
        raise InvalidArgument(field_errors={"current_password": CURRENT_PASSWORD_REQUIRED})
    if not verify_secret(user.password_hash, current):
        audit.record_audit_event(
            session, "password_changed", "wrong_password", at=now, actor_id=str(user.id), subject_id=str(user.id), ip=ip
        )
        return InvalidArgument(field_errors={"current_password": CURRENT_PASSWORD_WRONG})
    check_new_password(new, user.email)
    user.password_hash = hash_secret(new)
    keep = hash_token(session_token) if session_token else None
    ended = user_sessions.end_sessions_for_user(session, user.id, now, keep=keep)
    password_resets.close_open_password_reset_requests(session, user.id, now)
    audit.record_audit_event(
        session, "password_changed", "success", at=now, actor_id=str(user.id), subject_id=str(user.id), ip=ip
    )
    logger.info("password changed", extra={"user_id": str(user.id), "sessions_ended": ended})
    return None
