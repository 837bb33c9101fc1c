"""Sale values copied or split from other answers (reference `derived_variables.json`, sales): the
day, month and year of each date, the two halves of each postcode, a discounted ownership buyer's
last settled home, the refused ethnic group, and amounts cleared when mortgage use is not known."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from logs_service.domain.forms.people import refuse_ethnic_background

# date answer -> (day, month, year) columns
DATE_PARTS = {
    "saledate": ("day", "month", "year"),
    "hodate": ("hoday", "homonth", "hoyear"),
    "exdate": ("exday", "exmonth", "exyear"),
    "lasttransaction": ("stairlastday", "stairlastmonth", "stairlastyear"),
    "initialpurchase": ("stairinitialday", "stairinitialmonth", "stairinitialyear"),
}
POSTCODE_HALVES = {"postcode_full": ("pcode1", "pcode2"), "ppostcode_full": ("ppostc1", "ppostc2")}
# a discounted ownership buyer's last settled home is the property itself: previous field <- property field
PREVIOUS_HOME = {
    "ppostcode_full": "postcode_full",
    "ppcodenk": "pcodenk",
    "prevloc": "la",
    "is_previous_la_inferred": "is_la_inferred",
    "previous_la_known": "la_known",
}
DISCOUNTED_OWNERSHIP, OUTRIGHT = 2, 3
MORTGAGE_DONT_KNOW = 3


def derive_parts(answers: Mapping[str, Any], derived: dict[str, Any]) -> None:
    if answers.get("ownershipsch") == DISCOUNTED_OWNERSHIP:
        for previous, current in PREVIOUS_HOME.items():
            if answers.get(current) is not None:
                derived[previous] = answers[current]
    for name, columns in DATE_PARTS.items():
        _split_date(derived, name, columns)
    for name, (outward, inward) in POSTCODE_HALVES.items():
        halves = postcode_halves(derived.get(name))
        if halves is not None:
            derived[outward], derived[inward] = halves
    refuse_ethnic_background(answers, derived)
    if answers.get("mortgageused") == MORTGAGE_DONT_KNOW:
        derived.pop("mortgage", None)
        if answers.get("ownershipsch") == OUTRIGHT:
            derived.pop("deposit", None)


def postcode_halves(postcode: object) -> tuple[str, str] | None:
    """'aa1 1aa' -> ('AA1', '1AA'): the inward code is always the last three characters."""
    if not isinstance(postcode, str):
        return None
    compact = postcode.replace(" ", "").upper()
    return (compact[:-3], compact[-3:]) if len(compact) > 3 else None


def _split_date(derived: dict[str, Any], name: str, columns: tuple[str, str, str]) -> None:
    try:
        day = date.fromisoformat(str(derived[name])) if derived.get(name) else None
    except ValueError:
        day = None
    if day is not None:
        for column, value in zip(columns, (day.day, day.month, day.year), strict=True):
            derived[column] = value
