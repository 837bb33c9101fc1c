"""The audit trail of account events. Callers pass ids and outcomes only, never secrets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
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
