"""Collection years (1 April to 31 March) and the dates each year's forms open and close.

The dates are the live service's (reference forms, "dates" block). A form takes new logs from its
start date to `new_logs_end_date` and stays editable until `edit_end_date`, so from April to the
summer two years are open at once (the crossover).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CollectionDates:
    start_year: int
    start_date: date
    new_logs_end_date: date
    submission_deadline: date
    edit_end_date: date


COLLECTION_DATES: dict[int, CollectionDates] = {
    2025: CollectionDates(2025, date(2025, 4, 1), date(2026, 7, 12), date(2026, 6, 5), date(2026, 9, 1)),
    2026: CollectionDates(2026, date(2026, 4, 1), date(2027, 7, 3), date(2027, 6, 4), date(2027, 7, 31)),
}


def collection_year_of(day: date) -> int:
    """The start year of the collection year containing `day`: 2025 for 1 April 2025 to 31 March 2026."""
    return day.year if day.month >= 4 else day.year - 1


def collection_start(year: int) -> date:
    return date(year, 4, 1)


def collection_end(year: int) -> date:
    return date(year + 1, 3, 31)


@dataclass(frozen=True)
class StartdateWindow:
    first: date
    last: date
    crossover: bool  # two years take new logs today; the message names both


def startdate_window(today: date, had_startdate: bool) -> StartdateWindow:
    """Start dates a log may have today (live rule `validate_startdate_setup`).

    The current year is always open. The previous year is open too while its form still takes new
    logs, or, for a log that already had a start date, while that form is still editable.
    """
    current = collection_year_of(today)
    previous = COLLECTION_DATES.get(current - 1)
    crossover = previous is not None and today <= previous.new_logs_end_date
    previous_open = previous is not None and today <= (
        previous.edit_end_date if had_startdate else previous.new_logs_end_date
    )
    first_year = current - 1 if previous_open else current
    return StartdateWindow(collection_start(first_year), collection_end(current), crossover)


def window_message(window: StartdateWindow) -> str:
    """The live message (validations.lettings.setup.startdate.must_be_within.*), placeholders filled."""
    end_year = window.last.year
    if window.crossover:
        previous_start = end_year - 2
        return (
            f"Enter a date within the {previous_start} to {previous_start + 1} or {previous_start + 1} to "
            f"{end_year} collection years, which is between {long_date(collection_start(previous_start))} and "
            f"{long_date(window.last)}."
        )
    return (
        f"Enter a date within the {end_year - 1} to {end_year} collection year, which is between "
        f"{long_date(collection_start(end_year - 1))} and {long_date(window.last)}."
    )


def long_date(day: date) -> str:
    """'1st April 2025': the live service's long form in these messages."""
    return f"{day.day}{_ordinal_suffix(day.day)} {day:%B} {day.year}"


def _ordinal_suffix(number: int) -> str:
    if 11 <= number % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
