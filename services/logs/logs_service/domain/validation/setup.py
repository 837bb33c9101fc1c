"""Set-up rules: the tenancy start date against the open collection years and today, and the
intermediate rent product name."""

from __future__ import annotations

from datetime import timedelta

from logs_service.domain.forms.collection_years import startdate_window, window_message
from logs_service.domain.validation.model import BOTH, Facts, Hit, Outcome, hard

MAX_DAYS_AHEAD = 14
WINDOW_MESSAGE = (
    "Enter a date within the %{current_start_year_short} to %{current_end_year_short} collection year, which is "
    "between %{current_start_year_long} and %{current_end_year_long}."
)
TOO_FAR_AHEAD = "The tenancy start date must not be later than 14 days from today’s date."


def startdate_outside_collection_window(facts: Facts) -> Outcome:
    start = facts.startdate
    if start is None:
        return None
    window = startdate_window(facts.today, had_startdate=facts.had_startdate)
    if window.first <= start <= window.last:
        return None
    return Hit(messages={"startdate": window_message(window)})


def startdate_more_than_14_days_ahead(facts: Facts) -> bool:
    start = facts.startdate
    return start is not None and start > facts.today + timedelta(days=MAX_DAYS_AHEAD)


def irproduct_other_missing(facts: Facts) -> bool:
    return facts.get("rent_type") == 5 and not facts.given("irproduct_other")


RULES = (
    hard(
        "setup.startdate_outside_collection_window",
        BOTH,
        ("startdate",),
        WINDOW_MESSAGE,
        startdate_outside_collection_window,
    ),
    hard(
        "setup.startdate_more_than_14_days_ahead",
        BOTH,
        ("startdate",),
        TOO_FAR_AHEAD,
        startdate_more_than_14_days_ahead,
    ),
    hard(
        "setup.irproduct_other_missing",
        BOTH,
        ("irproduct_other",),
        "Enter name of other intermediate rent product.",
        irproduct_other_missing,
    ),
)
