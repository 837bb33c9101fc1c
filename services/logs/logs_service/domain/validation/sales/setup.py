"""Sales set-up rules: the sale completion date against the open collection years, today and the
owning organisation's merge or not-yet-active date, the owning organisation's data sharing agreement,
and impossible dates.

The checks are the lettings ones (`setup`, `organisation_rules`, `absorbing_rules`) read on the sale
completion date.
"""

from __future__ import annotations

from datetime import timedelta

from logs_service.domain.forms.collection_years import startdate_window, window_message
from logs_service.domain.validation.absorbing_rules import SALES_RULES as NOT_YET_ACTIVE_RULES
from logs_service.domain.validation.dates import INVALID_DATE
from logs_service.domain.validation.model import BOTH, Facts, Hit, Outcome, hard
from logs_service.domain.validation.organisation_rules import OWNING, dsa_rule, merged_before, merged_before_rule
from logs_service.domain.validation.setup import MAX_DAYS_AHEAD, WINDOW_MESSAGE

SALE_DATE_FIELDS = ("saledate", "hodate")
SALEDATE_TOO_FAR_AHEAD = "Sale completion date must not be later than 14 days from today’s date."
SALEDATE_MERGED = (
    "Enter a date when the owning organisation was active. %{owning_organisation} became inactive on %{merge_date} "
    "and was replaced by %{absorbing_organisation}."
)


def saledate_outside_collection_window(facts: Facts) -> Outcome:
    day = facts.date("saledate")
    if day is None:
        return None
    window = startdate_window(facts.today, had_startdate=facts.had_startdate)
    if window.first <= day <= window.last:
        return None
    return Hit(messages={"saledate": window_message(window)})


def saledate_more_than_14_days_ahead(facts: Facts) -> bool:
    day = facts.date("saledate")
    return day is not None and day > facts.today + timedelta(days=MAX_DAYS_AHEAD)


def saledate_owning_org_merged(facts: Facts) -> Outcome:
    hit = merged_before(OWNING, "saledate")(facts)
    if not isinstance(hit, Hit):
        return None
    values = dict(hit.values)
    values["owning_organisation"] = values.pop("organisation")
    return Hit(values=values)


def invalid_date(facts: Facts) -> Hit | None:
    bad = tuple(name for name in SALE_DATE_FIELDS if facts.given(name) and facts.date(name) is None)
    return Hit(fields=bad) if bad else None


RULES = (
    hard("date.invalid_date", BOTH, SALE_DATE_FIELDS, INVALID_DATE, invalid_date),
    hard(
        "setup.saledate_outside_collection_window",
        BOTH,
        ("saledate",),
        WINDOW_MESSAGE,
        saledate_outside_collection_window,
    ),
    hard(
        "setup.saledate_more_than_14_days_ahead",
        BOTH,
        ("saledate",),
        SALEDATE_TOO_FAR_AHEAD,
        saledate_more_than_14_days_ahead,
    ),
    hard("setup.saledate_owning_org_merged", BOTH, ("saledate",), SALEDATE_MERGED, saledate_owning_org_merged),
    merged_before_rule("setup.owning_org_merged_before_saledate", OWNING, "saledate"),
    *NOT_YET_ACTIVE_RULES,
    dsa_rule(OWNING),
)
