"""Queries on export runs. They flush, never commit: the caller owns the transaction."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core_platform.db import utcnow
from export_service.data.models import ExportRun
from export_service.domain.exports import RUN_STATUS_RECORDED, RUN_STATUS_STARTED


def get_run(session: Session, collection: str, run_date: date) -> ExportRun | None:
    query = select(ExportRun).where(ExportRun.collection == collection, ExportRun.run_date == run_date)
    return session.scalars(query).first()


def create_run(session: Session, collection: str, run_date: date, started_at: datetime) -> ExportRun | None:
    """A new started run, or None when that collection already has a run that day.

    Two deliveries of the nightly task can race: the unique (collection, run_date) constraint lets
    one insert win; the other's insert fails inside a savepoint and it finds the winner's run.
    """
    run = ExportRun(
        collection=collection, run_date=run_date, status=RUN_STATUS_STARTED, record_count=0, started_at=started_at
    )
    try:
        with session.begin_nested():
            session.add(run)
    except IntegrityError:
        if get_run(session, collection, run_date) is None:
            raise
        return None
    return run


def finish_run(session: Session, run: ExportRun, record_count: int) -> None:
    run.record_count = record_count
    run.status = RUN_STATUS_RECORDED
    run.finished_at = utcnow()
    session.flush()


def list_runs(session: Session, *, limit: int) -> list[ExportRun]:
    """Newest first."""
    query = select(ExportRun).order_by(ExportRun.run_date.desc(), ExportRun.collection).limit(limit)
    return list(session.scalars(query))
