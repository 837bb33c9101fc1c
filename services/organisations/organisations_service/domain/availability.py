"""When schemes and locations are available: statuses and the "active dates" text of CSV downloads.

A deactivation period runs from its deactivation date up to (not including) its reactivation date, or for
ever when there is none. Pure functions of dates, so every rule is tested without a database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from organisations_service.domain.codes import (
    ACTIVATING_SOON,
    ACTIVE,
    DEACTIVATED,
    DEACTIVATING_SOON,
    INCOMPLETE,
    REACTIVATING_SOON,
)

CROSSOVER_LAST_MONTH = 6  # April to June: the previous collection year is still open


@dataclass(frozen=True)
class Period:
    deactivation_date: date
    reactivation_date: date | None = None

    def covers(self, day: date) -> bool:
        return self.deactivation_date <= day and (self.reactivation_date is None or day < self.reactivation_date)


def collection_start(day: date) -> date:
    """1 April of the collection year the day falls in."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def earliest_open_collection_start(day: date) -> date:
    """During the crossover (April to June) the previous year's form is still open."""
    start = collection_start(day)
    if 4 <= day.month <= CROSSOVER_LAST_MONTH:
        return date(start.year - 1, 4, 1)
    return start


def is_available_on(periods: Sequence[Period], day: date) -> bool:
    return not any(period.covers(day) for period in periods)


def own_status(periods: Sequence[Period], today: date) -> str:
    """Status from the item's own deactivation periods alone (it is complete)."""
    ordered = sorted(periods, key=lambda period: period.deactivation_date)
    if any(period.covers(today) and period.reactivation_date is None for period in ordered):
        return DEACTIVATED
    if any(period.deactivation_date > today for period in ordered):
        return DEACTIVATING_SOON
    if any(period.covers(today) for period in ordered):
        return REACTIVATING_SOON  # deactivated now, with a reactivation date set
    return ACTIVE


def scheme_status(complete: bool, periods: Sequence[Period], today: date) -> str:
    return own_status(periods, today) if complete else INCOMPLETE


def location_status(
    complete: bool, startdate: date | None, periods: Sequence[Period], scheme_status_today: str, today: date
) -> str:
    """A location takes its scheme's deactivation; otherwise its own periods and its availability date."""
    if not complete:
        return INCOMPLETE
    own = own_status(periods, today)
    if DEACTIVATED in (own, scheme_status_today):
        return DEACTIVATED
    if DEACTIVATING_SOON in (own, scheme_status_today):
        return DEACTIVATING_SOON
    if startdate is not None and today < startdate:
        return ACTIVATING_SOON
    if REACTIVATING_SOON in (own, scheme_status_today):
        return REACTIVATING_SOON
    return ACTIVE


def govuk_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def active_dates(available_from: date, periods: Sequence[Period]) -> str:
    """'Active from 1 April 2020 to 31 March 2022, Deactivated on 1 April 2022, Active from 1 April 2023'."""
    parts: list[str] = []
    start: date | None = available_from
    for period in sorted(periods, key=lambda period: period.deactivation_date):
        if start is None:
            break
        if period.deactivation_date > start:
            parts.append(f"Active from {govuk_date(start)} to {govuk_date(period.deactivation_date - timedelta(1))}")
        parts.append(f"Deactivated on {govuk_date(period.deactivation_date)}")
        start = period.reactivation_date
    if start is not None:
        parts.append(f"Active from {govuk_date(start)}")
    return ", ".join(parts)


def validate_deactivation(periods: Sequence[Period], day: date, today: date) -> str | None:
    """The message for a deactivation date that cannot be used, or None."""
    if day < earliest_open_collection_start(today):
        return f"The date must be on or after the {govuk_date(earliest_open_collection_start(today))}"
    if any(period.reactivation_date is None for period in periods):
        return "This is already deactivated"
    return None


def validate_reactivation(periods: Sequence[Period], day: date) -> str | None:
    open_periods = [period for period in periods if period.reactivation_date is None]
    if not open_periods:
        return "This is not deactivated"
    if day < open_periods[-1].deactivation_date:
        return "The reactivation date must be on or after the deactivation date"
    return None
