"""The home page's figures: logs in progress and completed per open collection year (the caller's
organisation's; every organisation's for support), incomplete schemes, and the coming deadlines. Each
figure fails safe: the home page still shows when a backend does not answer."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_SUPPORT
from core_platform.errors import CoreError
from frontend_service.backends import backends
from frontend_service.clients.logs_lifecycle import CollectionWindow
from frontend_service.clients.models import (
    LOG_TYPE_LETTINGS,
    LOG_TYPE_SALES,
    STATUS_COMPLETED,
    STATUS_IN_PROGRESS,
    User,
)

logger = logging.getLogger(__name__)

ENGLAND = ZoneInfo("Europe/London")
SCHEMES_PAGE_SIZE = 100  # the most the organisations service gives at once
MAX_SCHEME_PAGES = 50
INCOMPLETE = "incomplete"
SCHEME_ROLES = (ROLE_DATA_COORDINATOR, ROLE_SUPPORT)
LOG_TYPES = (LOG_TYPE_LETTINGS, LOG_TYPE_SALES)
STATUSES = (STATUS_IN_PROGRESS, STATUS_COMPLETED)


@dataclass(frozen=True)
class Deadline:
    day: date
    text: str


@dataclass(frozen=True)
class YearFigures:
    window: CollectionWindow
    # (log type, status) -> count
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, log_type: str, status: str) -> int:
        return self.counts.get((log_type, status), 0)


@dataclass(frozen=True)
class HomeFigures:
    years: list[YearFigures]  # newest first
    incomplete_schemes: int | None  # None: not shown (providers) or unavailable
    deadlines: list[Deadline]


def _years(token: str) -> list[YearFigures]:
    windows = backends().logs.get_collection_windows(token=token)
    counts = backends().logs.count_logs([w.start_year for w in windows], token=token)
    by_year: dict[int, dict[tuple[str, str], int]] = {w.start_year: {} for w in windows}
    for found in counts:
        if found.collection_year in by_year:
            key = (found.log_type, found.status)
            by_year[found.collection_year][key] = by_year[found.collection_year].get(key, 0) + found.count
    return [YearFigures(w, by_year[w.start_year]) for w in sorted(windows, key=lambda w: -w.start_year)]


def _incomplete_schemes(token: str) -> int:
    """Counted over the schemes list the caller may see (the organisations service has no count)."""
    incomplete = seen = 0
    for page in range(1, MAX_SCHEME_PAGES + 1):
        found = backends().organisations.list_schemes("", page, SCHEMES_PAGE_SIZE, token=token)
        incomplete += sum(1 for scheme in found.schemes if scheme.status == INCOMPLETE)
        seen += len(found.schemes)
        if not found.schemes or seen >= found.total:
            break
    return incomplete


def deadlines(years: list[YearFigures], today: date) -> list[Deadline]:
    """The coming end-of-year, new-log and editing deadlines of the open years, soonest first."""
    found = []
    for year in years:
        window = year.window
        first, last = date.fromisoformat(window.start_date), date.fromisoformat(window.end_date)
        span = f"{first.year} to {last.year}"
        found += [
            Deadline(
                date.fromisoformat(window.submission_deadline),
                f"End of year deadline for {span} logs: complete the logs of tenancies and sales starting between "
                f"{first.day} {first:%B %Y} and {last.day} {last:%B %Y}",
            ),
            Deadline(date.fromisoformat(window.new_logs_end_date), f"Last day to create new {span} logs"),
            Deadline(date.fromisoformat(window.edit_end_date), f"Last day to change {span} logs"),
        ]
    return sorted((d for d in found if d.day >= today), key=lambda d: d.day)


def london_today() -> date:
    """Today by the app's clock; deadlines pass at midnight in England."""
    return datetime.fromtimestamp(float(current_app.config["CLOCK"]()), ENGLAND).date()


def home_figures(user: User, token: str, today: date) -> HomeFigures:
    try:
        years = _years(token)
    except CoreError as exc:
        logger.warning("log figures unavailable: %s", type(exc).__name__)
        years = []
    schemes: int | None = None
    if user.role in SCHEME_ROLES:
        try:
            schemes = _incomplete_schemes(token)
        except CoreError as exc:
            logger.warning("scheme figures unavailable: %s", type(exc).__name__)
    return HomeFigures(years, schemes, deadlines(years, today))
