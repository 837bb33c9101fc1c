"""The audit trail of account events. Callers pass ids and outcomes only, never secrets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from identity_service.data.models import AuditEvent

IP_MAX_LENGTH = 45


def record_audit_event(
    session: Session,
    event: str,
    outcome: str,
    *,
    at: datetime,
    actor_id: str | None = None,
    subject_id: str | None = None,
    ip: str | None = None,
) -> None:
    # The caller's IP arrives unchecked from the frontend; keep at most an IPv6 address's worth.
    ip = ip[:IP_MAX_LENGTH] if ip else None
    session.add(AuditEvent(at=at, event=event, outcome=outcome, actor_id=actor_id, subject_id=subject_id, ip=ip))
    session.flush()


def list_audit_events_for(session: Session, subject_id: str) -> Sequence[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.subject_id == subject_id).order_by(AuditEvent.at, AuditEvent.id)
    return session.scalars(query).all()


def count_audit_events(session: Session, subject_id: str, event: str, *, since: datetime) -> int:
    query = select(func.count()).where(
        AuditEvent.subject_id == subject_id, AuditEvent.event == event, AuditEvent.at >= since
    )
    return int(session.scalar(query) or 0)


def list_recent_audit_events_for(session: Session, subject_id: str, limit: int = 200) -> Sequence[AuditEvent]:
    """Newest first, for a support user reading an account's history."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.subject_id == subject_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id)
        .limit(limit)
    )
    return session.scalars(query).all()
