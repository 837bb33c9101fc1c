"""Figures for the home page: how many logs the caller may see by type, year and status, and the
collection years open today with their deadlines."""

from __future__ import annotations

import uuid
from datetime import date

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from logs_service.data import versions as queries
from logs_service.domain.forms.collection_years import COLLECTION_DATES, CollectionDates
from logs_service.operations.common import Dependencies


def count_logs(
    deps: Dependencies, principal: Principal, collection_years: tuple[int, ...]
) -> list[tuple[str, int | None, str, int]]:
    """(log type, collection year, status, count) of the logs the caller's organisation owns or
    manages; every organisation's for support."""
    if principal.is_support:
        organisation: uuid.UUID | None = None
    else:
        try:
            organisation = uuid.UUID(principal.organisation_id)
        except ValueError:
            return []  # belongs to no organisation: sees no logs
    with session_scope(deps.sessions) as session:
        return queries.count_logs(session, organisation, collection_years)


def open_collection_windows(today: date) -> list[CollectionDates]:
    """The years whose logs can still be changed today, oldest first."""
    return [
        dates for year, dates in sorted(COLLECTION_DATES.items()) if dates.start_date <= today <= dates.edit_end_date
    ]
