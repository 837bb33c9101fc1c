"""Queries on log versions (a log's history) and log counts. They take a session and flush, never commit."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from logs_service.data.models import Log, LogVersion

DELETED = "deleted"


def add_version(
    session: Session, log: Log, changed_by_id: str | None, source: str, changes: dict[str, list[Any]]
) -> LogVersion:
    version = LogVersion(
        id=uuid.uuid4(), log_id=log.id, version=log.version, changed_by_id=changed_by_id, source=source, changes=changes
    )
    session.add(version)
    session.flush()
    return version


def list_versions(session: Session, log_id: uuid.UUID) -> list[LogVersion]:
    """Oldest first."""
    return list(session.scalars(select(LogVersion).where(LogVersion.log_id == log_id).order_by(LogVersion.version)))


def fields_changed_since(session: Session, log_id: uuid.UUID, version: int) -> set[str]:
    """Every field a version after `version` changed."""
    rows = session.scalars(select(LogVersion.changes).where(LogVersion.log_id == log_id, LogVersion.version > version))
    return {name for changes in rows for name in changes}


def count_logs(
    session: Session, organisation_id: uuid.UUID | None, collection_years: tuple[int, ...]
) -> list[tuple[str, int | None, str, int]]:
    """(log type, collection year, status, how many) of the logs an organisation owns or manages (every
    organisation's when None), deleted logs left out: one grouped query, no log loaded."""
    query = select(Log.log_type, Log.collection_year, Log.status, func.count()).where(Log.status != DELETED)
    if organisation_id is not None:
        query = query.where(
            or_(Log.owning_organisation_id == organisation_id, Log.managing_organisation_id == organisation_id)
        )
    if collection_years:
        query = query.where(Log.collection_year.in_(collection_years))
    query = query.group_by(Log.log_type, Log.collection_year, Log.status)
    return [(row[0], row[1], row[2], row[3]) for row in session.execute(query)]
