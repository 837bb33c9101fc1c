"""Named checks on parsed answers: each returns the live message when the answer is not acceptable."""

from __future__ import annotations

from datetime import date, timedelta

from logs_service.domain.forms.collection_years import startdate_window, window_message
from logs_service.domain.forms.model import FormContext

# validations.lettings.setup.startdate.not_within.next_two_weeks
STARTDATE_TOO_FAR_AHEAD = "The tenancy start date must not be later than 14 days from today’s date."
MAX_DAYS_AHEAD = 14


def startdate_in_open_collection_window(value: date, context: FormContext) -> str | None:
    window = startdate_window(context.today, had_startdate=context.saved_startdate is not None)
    if window.first <= value <= window.last:
        return None
    return window_message(window)


def startdate_at_most_14_days_ahead(value: date, context: FormContext) -> str | None:
    if value > context.today + timedelta(days=MAX_DAYS_AHEAD):
        return STARTDATE_TOO_FAR_AHEAD
    return None
