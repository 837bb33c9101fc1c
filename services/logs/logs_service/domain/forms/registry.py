"""Which form a log uses: one definition per (log type, collection year)."""

from __future__ import annotations

from datetime import date

from logs_service.domain.forms.collection_years import COLLECTION_DATES, collection_year_of
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.lettings import lettings_form
from logs_service.domain.forms.sales import sales_form

LOG_TYPES = ("lettings", "sales")
# The answer that chooses a log's collection year (and form); kept in the log's `startdate` column.
LOG_DATE_FIELDS = {"lettings": "startdate", "sales": "saledate"}

FORMS: dict[tuple[str, int], Form] = {
    **{("lettings", year): lettings_form(year) for year in COLLECTION_DATES},
    **{("sales", year): sales_form(year) for year in COLLECTION_DATES},
}


def form_for(log_type: str, collection_year: int) -> Form:
    """The year's form; before the first or after the last defined year, the nearest one, so a log
    can always be shown (the start date checks keep new answers inside open years)."""
    years = sorted(year for kind, year in FORMS if kind == log_type)
    if not years:
        raise KeyError(log_type)
    earlier = [year for year in years if year <= collection_year]
    return FORMS[(log_type, earlier[-1] if earlier else years[0])]


def form_for_log(log_type: str, startdate: date | None, today: date) -> Form:
    """A log uses its date's form (start date or sale completion date); without one, the form of
    today's collection year."""
    return form_for(log_type, collection_year_of(startdate or today))
