"""Queries on logs. They take a session and flush, never commit."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, tuple_
from sqlalchemy.orm import Session

from logs_service.data.models import Log

STREAM_BATCH_SIZE = 500
DELETED = "deleted"


@dataclass(frozen=True)
class LogFilter:
    organisation_id: uuid.UUID | None  # logs this organisation owns or manages; None: every log (support)
    merged_in: frozenset[uuid.UUID] = frozenset()  # and those of the organisations merged into it
    log_type: str | None = None
    collection_year: int | None = None
    statuses: tuple[str, ...] = ()
    search: str = ""  # a log id, or part of a tenant code, property reference or postcode
    updated_since: datetime | None = None
    include_deleted: bool = False
    owning_organisation_id: uuid.UUID | None = None
    managing_organisation_id: uuid.UUID | None = None
    needstype: int | None = None
    assigned_to_id: str = ""
    duplicates_only: bool = False
    unresolved_only: bool = False
    bulk_upload_id: str = ""


SORTS: dict[str, Any] = {
    "created_at": Log.created_at,
    "updated_at": Log.updated_at,
    "startdate": Log.startdate,
    "tenancycode": Log.tenancycode,
}
KEYSET_SORTS = ("created_at", "updated_at")  # never null, so (value, id) orders every log


@dataclass(frozen=True)
class Ordering:
    sort: str = "created_at"
    descending: bool = True
    after: tuple[datetime, uuid.UUID] | None = None  # keyset cursor: the last log of the previous page


def add_log(session: Session, log: Log) -> Log:
    session.add(log)
    session.flush()
    return log


def get_log(session: Session, log_id: uuid.UUID, *, for_update: bool = False) -> Log | None:
    """The log, locked against concurrent changes when `for_update` (PostgreSQL; SQLite ignores it)."""
    query = select(Log).where(Log.id == log_id)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def list_logs(
    session: Session, log_filter: LogFilter, *, offset: int, limit: int, ordering: Ordering | None = None
) -> tuple[list[Log], int]:
    """One page of matching logs (newest first unless ordered otherwise), and how many match in all."""
    order = ordering or Ordering()
    conditions = _conditions(log_filter)
    total = session.scalar(select(func.count()).select_from(Log).where(*conditions)) or 0
    column = SORTS[order.sort]
    direction = (column.desc(), Log.id.desc()) if order.descending else (column.asc(), Log.id.asc())
    query = select(Log).where(*conditions).order_by(*direction)
    if order.after is not None:
        value, last_id = order.after
        after = (
            tuple_(column, Log.id) < (value, last_id) if order.descending else tuple_(column, Log.id) > (value, last_id)
        )
        query = query.where(after)
        offset = 0
    return list(session.scalars(query.offset(offset).limit(limit))), total


def iter_logs(session: Session, log_filter: LogFilter) -> Iterator[Log]:
    """Every matching log, least recently updated first, fetched in batches."""
    query: Select[tuple[Log]] = select(Log).where(*_conditions(log_filter)).order_by(Log.updated_at, Log.id)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


def _conditions(log_filter: LogFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if log_filter.organisation_id is not None:
        orgs = {log_filter.organisation_id, *log_filter.merged_in}
        conditions.append(or_(Log.owning_organisation_id.in_(orgs), Log.managing_organisation_id.in_(orgs)))
    if not log_filter.include_deleted:
        conditions.append(Log.status != DELETED)
    if log_filter.log_type:
        conditions.append(Log.log_type == log_filter.log_type)
    if log_filter.collection_year:
        conditions.append(Log.collection_year == log_filter.collection_year)
    if log_filter.statuses:
        conditions.append(Log.status.in_(log_filter.statuses))
    if log_filter.owning_organisation_id is not None:
        conditions.append(Log.owning_organisation_id == log_filter.owning_organisation_id)
    if log_filter.managing_organisation_id is not None:
        conditions.append(Log.managing_organisation_id == log_filter.managing_organisation_id)
    if log_filter.needstype:
        conditions.append(Log.needstype == log_filter.needstype)
    if log_filter.assigned_to_id:
        conditions.append(Log.assigned_to_id == log_filter.assigned_to_id)
    conditions.extend(_flag_conditions(log_filter))
    if log_filter.updated_since is not None:
        conditions.append(Log.updated_at > log_filter.updated_since)
    if log_filter.search.strip():
        conditions.append(_search(log_filter.search.strip()))
    return conditions


def _flag_conditions(log_filter: LogFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if log_filter.duplicates_only:
        conditions.append(Log.duplicate_set_id > 0)  # negative: marked "not a duplicate"
    if log_filter.unresolved_only:
        conditions.append(Log.unresolved.is_(True))
    if log_filter.bulk_upload_id:
        conditions.append(Log.bulk_upload_id == log_filter.bulk_upload_id)
    return conditions


def _search(term: str) -> ColumnElement[bool]:
    try:
        return Log.id == uuid.UUID(term)
    except ValueError:
        pattern = _like_pattern(term)
        # Postcodes match however they are spaced or cased: "ab12cd" finds "AB1 2CD".
        postcode = _like_pattern("".join(term.split()))
        return or_(
            Log.tenancycode.ilike(pattern, escape="\\"),
            Log.propcode.ilike(pattern, escape="\\"),
            func.replace(Log.postcode_full, " ", "").ilike(postcode, escape="\\"),
        )


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
