"""Queries on logs. They take a session and flush, never commit."""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, func, null, or_, select, tuple_, union_all
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
    from its list index; the page is the first of both merged, joined to their rows, and a second
    statement counts each side from its index. A list read in one piece (a search, or support's list)
    counts its matches in the same statement, so a search is run once, not twice."""
    order = ordering or Ordering()
    values = _condition_values(log_filter, with_organisation=False)
    parameters = _parameters(values, log_filter)
    if order.after is not None:
        parameters["after_value"], parameters["after_id"] = order.after
        offset = 0
    scoped = log_filter.organisation_id is not None
    split = scoped and not log_filter.search.strip()
    shape = _ListShape(tuple(values), scoped, split, order.sort, order.descending, keyset=order.after is not None)
    count, page = _list_statements(shape)
    parameters |= {"offset": offset, "limit": limit, "first": offset + limit}
    rows = session.execute(page, parameters).all()
    if shape.counted_in_page and (rows or offset == 0):
        return [row[0] for row in rows], rows[0][1] if rows else 0
    return [row[0] for row in rows], session.scalar(count, parameters) or 0


def iter_logs(session: Session, log_filter: LogFilter) -> Iterator[Log]:
    """Every matching log, least recently updated first, fetched in batches."""
    values = _condition_values(log_filter)
    query = select(Log).where(*_conditions(tuple(values))).order_by(Log.updated_at, Log.id)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE), _parameters(values, log_filter))


# --- list statements ----------------------------------------------------------------------------------------
# A list statement is built once per shape (which conditions, sides and order) with the filter's values as
# parameters: building one and working out its cache key took longer than running it.


@dataclass(frozen=True)
class _ListShape:
    conditions: tuple[str, ...]  # names in _CONDITIONS
    scoped: bool  # limited to an organisation's logs (and those merged into it)
    split: bool  # its owned and managed sides read separately
    sort: str
    descending: bool
    keyset: bool  # continues after a given log (a cursor) rather than from an offset

    @property
    def counted_in_page(self) -> bool:
        """Read in one piece from the first log: the page's statement can count every match too."""
        return not self.split and not self.keyset


_ORGANISATIONS: BindParameter[uuid.UUID] = bindparam("organisations", expanding=True)

_CONDITIONS: dict[str, Callable[[], ColumnElement[bool]]] = {
    "organisation": lambda: or_(
        Log.owning_organisation_id.in_(_ORGANISATIONS), Log.managing_organisation_id.in_(_ORGANISATIONS)
    ),
    "not_deleted": lambda: Log.status != DELETED,
    "log_type": lambda: Log.log_type == bindparam("log_type"),
    "collection_year": lambda: Log.collection_year == bindparam("collection_year"),
    "statuses": lambda: Log.status.in_(bindparam("statuses", expanding=True)),
    "owning_organisation_id": lambda: Log.owning_organisation_id == bindparam("owning_organisation_id"),
    "managing_organisation_id": lambda: Log.managing_organisation_id == bindparam("managing_organisation_id"),
    "needstype": lambda: Log.needstype == bindparam("needstype"),
    "assigned_to_id": lambda: Log.assigned_to_id == bindparam("assigned_to_id"),
    "duplicates_only": lambda: Log.duplicate_set_id > 0,  # negative: marked "not a duplicate"
    "unresolved_only": lambda: Log.unresolved.is_(True),
    "bulk_upload_id": lambda: Log.bulk_upload_id == bindparam("bulk_upload_id"),
    "updated_since": lambda: Log.updated_at > bindparam("updated_since"),
    "search_id": lambda: Log.id == bindparam("search_id"),
    "search_text": lambda: or_(
        Log.tenancycode.ilike(bindparam("search_pattern"), escape="\\"),
        Log.propcode.ilike(bindparam("search_pattern"), escape="\\"),
        Log.postcode_full.ilike(bindparam("postcode_pattern"), escape="\\"),
    ),
}


def _condition_values(log_filter: LogFilter, *, with_organisation: bool = True) -> dict[str, Any]:
    """The filter's conditions by name, in order, each with its value (None for those without one)."""
    values: dict[str, Any] = {}
    if with_organisation and log_filter.organisation_id is not None:
        values["organisation"] = None
    if not log_filter.include_deleted:
        values["not_deleted"] = None
    for name in ("log_type", "collection_year", "statuses", "owning_organisation_id", "managing_organisation_id"):
        if getattr(log_filter, name):
            values[name] = getattr(log_filter, name)
    for name in ("needstype", "assigned_to_id", "duplicates_only", "unresolved_only", "bulk_upload_id"):
        if getattr(log_filter, name):
            values[name] = getattr(log_filter, name)
    if log_filter.updated_since is not None:
        values["updated_since"] = log_filter.updated_since
    if log_filter.search.strip():
        values.update(_search(log_filter.search.strip()))
    return values


def _parameters(values: dict[str, Any], log_filter: LogFilter) -> dict[str, Any]:
    parameters = {name: value for name, value in values.items() if name in _VALUED}
    if "statuses" in parameters:
        parameters["statuses"] = list(parameters["statuses"])
    if "search_text" in values:
        parameters["search_pattern"], parameters["postcode_pattern"] = values["search_text"]
    if log_filter.organisation_id is not None:
        parameters["organisations"] = _organisations(log_filter)
    return parameters


_VALUED = frozenset(
    ("log_type", "collection_year", "statuses", "owning_organisation_id", "managing_organisation_id", "needstype")
    + ("assigned_to_id", "bulk_upload_id", "updated_since", "search_id")
)


def _search(term: str) -> dict[str, Any]:
    try:
        return {"search_id": uuid.UUID(term)}
    except ValueError:
        return {"search_text": (_like_pattern(term), _like_pattern(_spaced_postcode(term)))}


def _conditions(names: tuple[str, ...]) -> list[ColumnElement[bool]]:
    return [_CONDITIONS[name]() for name in names]


@functools.lru_cache(maxsize=512)
def _list_statements(shape: _ListShape) -> tuple[Select[tuple[int]], Select[tuple[Log, int | None]]]:
    conditions = _conditions(shape.conditions)
    column = SORTS[shape.sort]
    sides = _organisation_sides(shape)
    counts = [select(func.count()).select_from(Log).where(*conditions, *side).scalar_subquery() for side in sides]
    count = select(sum(counts[1:], start=counts[0]))
    if shape.keyset:
        after = tuple_(column, Log.id)
        last = tuple_(bindparam("after_value"), bindparam("after_id"))
        conditions.append(after < last if shape.descending else after > last)
    return count, _page([conditions + side for side in sides], column, shape.descending, shape.counted_in_page)


def _organisations(log_filter: LogFilter) -> list[uuid.UUID]:
    """The organisation and those merged into it, whose older logs it sees too."""
    assert log_filter.organisation_id is not None
    return [log_filter.organisation_id, *sorted(log_filter.merged_in)]


def _organisation_sides(shape: _ListShape) -> list[list[ColumnElement[bool]]]:
    """Disjoint conditions whose union is "owned or managed by the organisation" (every log: support).
    Not split for a search: it finds its few logs through the trigram indexes, read once, not per side."""
    if not shape.scoped:
        return [[]]
    if not shape.split:
        return [[_CONDITIONS["organisation"]()]]
    return [
        [Log.owning_organisation_id.in_(_ORGANISATIONS)],
        [
            Log.managing_organisation_id.in_(_ORGANISATIONS),
            or_(Log.owning_organisation_id.is_(None), Log.owning_organisation_id.not_in(_ORGANISATIONS)),
        ],
    ]


def _in_order(sort: Any, id_: Any, descending: bool) -> tuple[Any, Any]:
    return (sort.desc(), id_.desc()) if descending else (sort.asc(), id_.asc())


def _page(
    branches: list[list[ColumnElement[bool]]], column: Any, descending: bool, counted: bool
) -> Select[tuple[Log, int | None]]:
    """The page's logs: each branch's first `first` (offset + limit) ids in order (from its index alone),
    merged and cut to the page, then joined to their rows, in one statement; with each, when `counted`,
    how many match (counted before the branch is cut)."""
    total = func.count().over() if counted else null()
    firsts = [
        select(Log.id.label("id"), column.label("sort"), total.label("total")).where(*branch)
        .order_by(*_in_order(column, Log.id, descending)).limit(bindparam("first")).subquery()
        for branch in branches
    ]  # fmt: skip
    merged = union_all(*(select(first.c.id, first.c.sort, first.c.total) for first in firsts)).subquery()
    page = (
        select(merged.c.id, merged.c.sort, merged.c.total)
        .order_by(*_in_order(merged.c.sort, merged.c.id, descending))
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
        .subquery()
    )
    return (
        select(Log, page.c.total)
        .join(page, Log.id == page.c.id)
        .order_by(*_in_order(page.c.sort, page.c.id, descending))
    )


def _spaced_postcode(term: str) -> str:
    """A full postcode typed without its space ("ab12cd") as stored ("AB1 2CD"), so the trigram index
    on the postcode still serves the search; any other term is searched as typed."""
    compact = "".join(term.split())
    return f"{compact[:-3]} {compact[-3:]}" if FULL_POSTCODE.fullmatch(compact) else term


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
