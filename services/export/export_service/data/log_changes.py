"""Queries on log changes. They flush, never commit: the caller owns the transaction."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import distinct, func, select, update
from sqlalchemy.orm import Session

from export_service.data.models import LogChange


def add_log_change(
    session: Session, *, event_id: uuid.UUID, log_id: uuid.UUID, log_type: str, event_type: str, occurred_at: datetime
) -> LogChange:
    change = LogChange(
        event_id=event_id, log_id=log_id, log_type=log_type, event_type=event_type, occurred_at=occurred_at
    )
    session.add(change)
    session.flush()
    return change


def list_pending_log_changes(session: Session, *, log_id: uuid.UUID | None = None, limit: int) -> list[LogChange]:
    """Changes no export run has taken yet, oldest first."""
    query = select(LogChange).where(LogChange.exported_run_id.is_(None))
    if log_id is not None:
        query = query.where(LogChange.log_id == log_id)
    return list(session.scalars(query.order_by(LogChange.occurred_at, LogChange.id).limit(limit)))


def assign_pending_to_run(session: Session, collection: str, run_id: uuid.UUID) -> int:
    """Give every pending change of `collection` to the run; return how many distinct logs it covers."""
    session.execute(
        update(LogChange)
        .where(LogChange.log_type == collection, LogChange.exported_run_id.is_(None))
        .values(exported_run_id=run_id)
    )
    count = session.scalar(select(func.count(distinct(LogChange.log_id))).where(LogChange.exported_run_id == run_id))
    return count or 0
