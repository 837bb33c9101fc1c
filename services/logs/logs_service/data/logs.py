"""Queries on logs. They take a session and flush, never commit."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, tuple_, union_all
from sqlalchemy.orm import Session

from logs_service.data.models import Log

STREAM_BATCH_SIZE = 500
FULL_POSTCODE = re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\d[A-Za-z]{2}")
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
    """One page of matching logs (newest first unless ordered otherwise), and how many match in all.

    An organisation sees the logs it owns or manages. Rather than one OR, which no index serves in
    order, each side is its own query (those it owns; those it manages but does not own), each read
    from its list index; the page is the first of both merged, joined to their rows."""
    order = ordering or Ordering()
    conditions = _conditions(log_filter, with_organisation=False)
    sides = _organisation_sides(log_filter, split=not log_filter.search.strip())
    counts = [select(func.count()).select_from(Log).where(*conditions, *side).scalar_subquery() for side in sides]
    total = session.scalar(select(sum(counts[1:], start=counts[0]))) or 0
    column = SORTS[order.sort]
    if order.after is not None:
        value, last_id = order.after
        after = (
            tuple_(column, Log.id) < (value, last_id) if order.descending else tuple_(column, Log.id) > (value, last_id)
        )
        conditions.append(after)
        offset = 0
    page = _page([conditions + side for side in sides], column, order.descending, offset, limit)
    return list(session.scalars(page)), total


def _organisations(log_filter: LogFilter) -> list[uuid.UUID]:
    """The organisation and those merged into it, whose older logs it sees too."""
    assert log_filter.organisation_id is not None
    return [log_filter.organisation_id, *sorted(log_filter.merged_in)]


def _organisation_sides(log_filter: LogFilter, *, split: bool) -> list[list[ColumnElement[bool]]]:
    """Disjoint conditions whose union is "owned or managed by the organisation" (every log: support).
    Not split for a search: it finds its few logs through the trigram indexes, read once, not per side."""
    if log_filter.organisation_id is None:
        return [[]]
    orgs = _organisations(log_filter)
    if not split:
        return [[or_(Log.owning_organisation_id.in_(orgs), Log.managing_organisation_id.in_(orgs))]]
    return [
        [Log.owning_organisation_id.in_(orgs)],
        [
            Log.managing_organisation_id.in_(orgs),
            or_(Log.owning_organisation_id.is_(None), Log.owning_organisation_id.not_in(orgs)),
        ],
    ]


def _in_order(sort: Any, id_: Any, descending: bool) -> tuple[Any, Any]:
    return (sort.desc(), id_.desc()) if descending else (sort.asc(), id_.asc())


def _page(
    branches: list[list[ColumnElement[bool]]], column: Any, descending: bool, offset: int, limit: int
) -> Select[tuple[Log]]:
    """The page's logs: each branch's first offset + limit ids in order (from its index alone), merged
    and cut to the page, then joined to their rows, in one statement."""
    firsts = [
        select(Log.id.label("id"), column.label("sort")).where(*branch).order_by(*_in_order(column, Log.id, descending))
        .limit(offset + limit).subquery()
        for branch in branches
    ]  # fmt: skip
    merged = union_all(*(select(first.c.id, first.c.sort) for first in firsts)).subquery()
    page = (
        select(merged.c.id, merged.c.sort)
        .order_by(*_in_order(merged.c.sort, merged.c.id, descending))
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    return select(Log).join(page, Log.id == page.c.id).order_by(*_in_order(page.c.sort, page.c.id, descending))


def iter_logs(session: Session, log_filter: LogFilter) -> Iterator[Log]:
    """Every matching log, least recently updated first, fetched in batches."""
    query: Select[tuple[Log]] = select(Log).where(*_conditions(log_filter)).order_by(Log.updated_at, Log.id)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


def _conditions(log_filter: LogFilter, *, with_organisation: bool = True) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if with_organisation and log_filter.organisation_id is not None:
        orgs = _organisations(log_filter)
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
        return or_(
            Log.tenancycode.ilike(pattern, escape="\\"),
            Log.propcode.ilike(pattern, escape="\\"),
            Log.postcode_full.ilike(_like_pattern(_spaced_postcode(term)), escape="\\"),
        )


def _spaced_postcode(term: str) -> str:
    """A full postcode typed without its space ("ab12cd") as stored ("AB1 2CD"), so the trigram index
    on the postcode still serves the search; any other term is searched as typed."""
    compact = "".join(term.split())
    return f"{compact[:-3]} {compact[-3:]}" if FULL_POSTCODE.fullmatch(compact) else term


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
