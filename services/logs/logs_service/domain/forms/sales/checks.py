"""Named checks on sales answers: the sale completion date, which chooses the log's collection year."""

from __future__ import annotations

from datetime import date, timedelta

from logs_service.domain.forms.checks import MAX_DAYS_AHEAD, startdate_in_open_collection_window
from logs_service.domain.forms.model import FormContext

# validations.sales.setup.saledate.not_within.next_two_weeks
SALEDATE_TOO_FAR_AHEAD = "Sale completion date must not be later than 14 days from today’s date."


def saledate_in_open_collection_window(value: date, context: FormContext) -> str | None:
    """The same open years as a lettings start date (`saved_startdate` is the log's saved sale date)."""
    return startdate_in_open_collection_window(value, context)


def saledate_at_most_14_days_ahead(value: date, context: FormContext) -> str | None:
    if value > context.today + timedelta(days=MAX_DAYS_AHEAD):
        return SALEDATE_TOO_FAR_AHEAD
    return None
