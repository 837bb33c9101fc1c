"""Signed-in sessions: a session lasts while it is used at least every 30 minutes, and never more
than 12 hours, after which the user signs in again."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from identity_service.data import audit, user_sessions
from identity_service.data.models import User, UserSession
from identity_service.domain.secret_tokens import hash_token, new_token

logger = logging.getLogger(__name__)

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
# Every page resumes the session; writing its last use each time would make every page view a write.
# Recording it at most once a minute can only end an idle session up to a minute early, never late.
LAST_SEEN_PRECISION = timedelta(minutes=1)


def session_is_live(user_session: UserSession, now: datetime) -> bool:
    return (
        user_session.ended_at is None
        and not user_session.second_factor_pending
        and now - user_session.last_seen_at < IDLE_TIMEOUT
        and now - user_session.created_at < ABSOLUTE_TIMEOUT
    )


def start_session(session: Session, user: User, now: datetime) -> str:
    """Open a session for a user who has just proved who they are; returns the token to give them."""
    token, token_hash = new_token()
    user_sessions.create_session(session, token_hash, user.id, now)
    return token


def resume_session(session: Session, token: str, now: datetime) -> User | None:
    """The session's user when the session is still live (and mark it used), otherwise None."""
    found = user_sessions.get_session_with_user(session, hash_token(token)) if token else None
    if found is None or found[0].second_factor_pending:
        return None  # a session waiting for its second factor is not signed in yet
    user_session, user = found
    if not user.active or not session_is_live(user_session, now):
        if user_session.ended_at is None:
            user_session.ended_at = now
            logger.info("expired session ended", extra={"user_id": str(user_session.user_id)})
        return None
    if now - user_session.last_seen_at >= LAST_SEEN_PRECISION:
        user_session.last_seen_at = now
    return user


def end_session(session: Session, token: str, now: datetime) -> None:
    """Sign out. Ending an unknown or already ended session does nothing, so retries are harmless."""
    user_session = user_sessions.get_session(session, hash_token(token)) if token else None
    if user_session is None or user_session.ended_at is not None:
        return
    user_session.ended_at = now
    audit.record_audit_event(
        session, "sign_out", "success", at=now, actor_id=str(user_session.user_id), subject_id=str(user_session.user_id)
    )
