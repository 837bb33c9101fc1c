"""Listing logs: filters, sort order and pagination (page numbers for the web, cursors for the API)."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument
from logs_service.data import logs as queries
from logs_service.data.models import Log
from logs_service.operations.common import Dependencies, merged_in

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
BAD_CURSOR = "The cursor is not one this service gave out"
BAD_SORT = "Sort by created_at, updated_at, startdate or tenancycode"


@dataclass(frozen=True)
class LogQuery:
    log_type: str | None = None
    collection_year: int | None = None
    statuses: tuple[str, ...] = ()
    search: str = ""
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    owning_organisation: str = ""  # id or "ORG<n>" code
    managing_organisation: str = ""
    needstype: int | None = None
    assigned_to_id: str = ""
    sort: str = ""  # "-created_at" (default), "startdate", ...
    cursor: str = ""
    duplicates_only: bool = False
    unresolved_only: bool = False
    bulk_upload_id: str = ""


def list_logs(deps: Dependencies, principal: Principal, query: LogQuery) -> tuple[list[Log], int, str]:
    """One page of the logs the caller may see, how many match in all, and the cursor of the next
    page ("" on the last)."""
    ordering = _ordering(query.sort)
    size = min(query.page_size, MAX_PAGE_SIZE) if query.page_size > 0 else DEFAULT_PAGE_SIZE
    offset = (max(query.page, 1) - 1) * size
    if query.cursor:
        ordering, offset = _from_cursor(query.cursor, ordering)
    owning, managing = _organisation(deps, query.owning_organisation), _organisation(deps, query.managing_organisation)
    scope = _scope(principal)
    if scope is False or owning is False or managing is False:
        return [], 0, ""
    log_filter = queries.LogFilter(
        organisation_id=scope,
        log_type=query.log_type,
        collection_year=query.collection_year,
        statuses=query.statuses,
        search=query.search,
        owning_organisation_id=owning,
        managing_organisation_id=managing,
        needstype=query.needstype,
        assigned_to_id=query.assigned_to_id,
        duplicates_only=query.duplicates_only,
        unresolved_only=query.unresolved_only,
        bulk_upload_id=query.bulk_upload_id.strip(),
    )
    if scope is not None:
        log_filter = replace(log_filter, merged_in=merged_in(deps, principal))
    with session_scope(deps.sessions) as session:
        found, total = queries.list_logs(session, log_filter, offset=offset, limit=size + 1, ordering=ordering)
    more = len(found) > size
    found = found[:size]
    return found, total, _cursor(found[-1], ordering, offset + size) if more else ""


def _ordering(sort: str) -> queries.Ordering:
    name = sort.lstrip("-") or "created_at"
    if name not in queries.SORTS:
        raise InvalidArgument(BAD_SORT, {"sort": BAD_SORT})
    return queries.Ordering(name, descending=sort.startswith("-") or not sort)


def _cursor(last: Log, ordering: queries.Ordering, next_offset: int) -> str:
    """Keyset (the last log's sort value and id) for time sorts; an offset for the others."""
    if ordering.sort in queries.KEYSET_SORTS:
        value = getattr(last, ordering.sort)
        payload = {"s": ordering.sort, "d": ordering.descending, "v": value.isoformat(), "id": str(last.id)}
    else:
        payload = {"s": ordering.sort, "d": ordering.descending, "o": next_offset}
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


def _from_cursor(cursor: str, ordering: queries.Ordering) -> tuple[queries.Ordering, int]:
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        ordering = queries.Ordering(payload["s"], bool(payload["d"]))
        if "o" in payload:
            return ordering, int(payload["o"])
        after = (datetime.fromisoformat(payload["v"]), uuid.UUID(payload["id"]))
        return queries.Ordering(ordering.sort, ordering.descending, after), 0
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise InvalidArgument(BAD_CURSOR, {"cursor": BAD_CURSOR}) from None


def _organisation(deps: Dependencies, id_or_code: str) -> uuid.UUID | None | bool:
    """The organisation's id; None for no filter; False for one that does not exist (nothing matches)."""
    if not id_or_code.strip():
        return None
    found = deps.organisations.get(id_or_code.strip())
    return uuid.UUID(found.id) if found else False


def _scope(principal: Principal) -> uuid.UUID | None | bool:
    """The organisation whose logs the caller sees; None for support (every log); False for nobody."""
    if principal.is_support:
        return None
    try:
        return uuid.UUID(principal.organisation_id)
    except ValueError:
        return False
