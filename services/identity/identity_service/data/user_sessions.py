"""Queries on signed-in sessions, looked up by the SHA-256 of their token."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from identity_service.data.models import User, UserSession


def create_session(session: Session, token_hash: str, user_id: uuid.UUID, now: datetime) -> UserSession:
    user_session = UserSession(id=token_hash, user_id=user_id, created_at=now, last_seen_at=now, ended_at=None)
    session.add(user_session)
    session.flush()
    return user_session


def get_session(session: Session, token_hash: str, *, for_update: bool = False) -> UserSession | None:
    # Locked when a re-delivered email task must wait for the first delivery instead of racing it.
    return session.get(UserSession, token_hash, with_for_update=for_update)


def get_session_with_user(session: Session, token_hash: str) -> tuple[UserSession, User] | None:
    """The session and its user in one query: every page resumes a session."""
    query = select(UserSession, User).join(User, User.id == UserSession.user_id).where(UserSession.id == token_hash)
    found = session.execute(query).one_or_none()
    return None if found is None else (found[0], found[1])


def end_sessions_for_user(session: Session, user_id: uuid.UUID, now: datetime, *, keep: str | None = None) -> int:
    """End every open session of a user (except the one whose hash is `keep`); returns how many ended."""
    query = update(UserSession).where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
    if keep is not None:
        query = query.where(UserSession.id != keep)
    result = session.execute(query.values(ended_at=now).execution_options(synchronize_session="fetch"))
    return int(getattr(result, "rowcount", 0) or 0)
