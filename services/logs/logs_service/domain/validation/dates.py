"""Date rules: void and major repairs dates against the tenancy start date."""

from __future__ import annotations

from datetime import date, timedelta

from logs_service.domain.validation.model import BOTH, Facts, Hit, hard, soft

FIRST_LETS = (15, 16, 17)
DATE_FIELDS = ("startdate", "mrcdate", "voiddate")
INVALID_DATE = "Enter a date in the correct format, for example 31/1/2024."
SOFT_NEAR_DAYS, SOFT_FAR_DAYS = 730, 7300


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _invalid(facts: Facts, name: str) -> bool:
    return facts.given(name) and facts.date(name) is None


def invalid_date(facts: Facts) -> Hit | None:
    bad = tuple(name for name in DATE_FIELDS if _invalid(facts, name))
    return Hit(fields=bad) if bad else None


def mrcdate_on_first_let(facts: Facts) -> bool:
    return facts.given("mrcdate") and facts.get("rsnvac") in FIRST_LETS


def _both(facts: Facts, name: str) -> tuple[date, date] | None:
    given, start = facts.date(name), facts.startdate
    return (given, start) if given and start else None


def mrcdate_after_startdate(facts: Facts) -> bool:
    pair = _both(facts, "mrcdate")
    return pair is not None and pair[1] < pair[0]


def mrcdate_over_20_years_before_startdate(facts: Facts) -> bool:
    pair = _both(facts, "mrcdate")
    return pair is not None and years_before(pair[1], 20) > pair[0]


def voiddate_after_mrcdate(facts: Facts) -> bool:
    void, repairs = facts.date("voiddate"), facts.date("mrcdate")
    return void is not None and repairs is not None and repairs < void


def voiddate_after_startdate(facts: Facts) -> bool:
    pair = _both(facts, "voiddate")
    return pair is not None and pair[1] < pair[0]


def voiddate_over_20_years_before_startdate(facts: Facts) -> bool:
    pair = _both(facts, "voiddate")
    return pair is not None and years_before(pair[1], 20) > pair[0]


def _over_2_years(facts: Facts, name: str) -> bool:
    pair = _both(facts, name)
    if pair is None:
        return False
    given, start = pair
    return start - timedelta(days=SOFT_FAR_DAYS) <= given <= start - timedelta(days=SOFT_NEAR_DAYS)


def void_date_over_2_years(facts: Facts) -> bool:
    return _over_2_years(facts, "voiddate")


def major_repairs_over_2_years(facts: Facts) -> bool:
    return _over_2_years(facts, "mrcdate")


RULES = (
    hard("date.invalid_date", BOTH, DATE_FIELDS, INVALID_DATE, invalid_date),
    hard(
        "date.mrcdate_on_first_let",
        BOTH,
        ("mrcdate",),
        "Major repairs date must not be completed if the tenancy is a first let.",
        mrcdate_on_first_let,
    ),
    hard(
        "date.mrcdate_after_startdate",
        BOTH,
        ("mrcdate", "startdate"),
        "Enter a major repairs date that is before the tenancy start date.",
        mrcdate_after_startdate,
        {"startdate": "Enter a tenancy start date that is after the major repair date."},
    ),
    hard(
        "date.mrcdate_over_20_years_before_startdate",
        BOTH,
        ("mrcdate", "startdate"),
        "Enter a major repairs completion date that is no more than 20 years before the tenancy start date.",
        mrcdate_over_20_years_before_startdate,
        {
            "startdate": "Enter a tenancy start date that is no more than 20 years after the major repairs "
            "completion date."
        },
    ),
    hard(
        "date.voiddate_after_mrcdate",
        BOTH,
        ("voiddate", "mrcdate"),
        "Void date must be before the major repairs date if provided.",
        voiddate_after_mrcdate,
        {"mrcdate": "Major repairs date must be after the void date if provided."},
    ),
    hard(
        "date.voiddate_after_startdate",
        BOTH,
        ("voiddate", "startdate"),
        "Enter a void date that is before the tenancy start date.",
        voiddate_after_startdate,
        {"startdate": "Enter a tenancy start date that is after the void date."},
    ),
    hard(
        "date.voiddate_over_20_years_before_startdate",
        BOTH,
        ("voiddate", "startdate"),
        "Enter a void date no more than 20 years before the tenancy start date.",
        voiddate_over_20_years_before_startdate,
        {"startdate": "Enter a tenancy start date that is no more than 20 years after the void date."},
    ),
)

SOFT_RULES = (
    soft(
        "soft.void_date_over_2_years",
        BOTH,
        ("voiddate", "startdate"),
        "You told us that the property has been vacant for more than 2 years.",
        void_date_over_2_years,
        confirm_field="void_date_value_check",
        informative_text="This is longer than we would expect.",
    ),
    soft(
        "soft.major_repairs_over_2_years",
        BOTH,
        ("mrcdate", "startdate"),
        "You told us the property has been vacant for 2 years.",
        major_repairs_over_2_years,
        confirm_field="major_repairs_date_value_check",
        informative_text="This is longer than we would expect.",
    ),
)
