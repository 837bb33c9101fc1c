"""A letting's money values (reference `derived_variables.json`, lettings tcharge, wrent, wscharge, wpschrge,
wsupchrg, wtcharge, wtshortfall, has_benefits, tshortfall_known, incref): the total charge, each amount per week
(`validation.amounts`, as the rent checks work it out), whether the household receives benefits, and the income
refused flag.

One difference from the live service: a weekly amount is forgotten once its amount or the rent period is gone,
where the live service keeps the last one worked out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.derived_values import ValuedDependency, set_or_forget
from logs_service.domain.validation.amounts import weekly_value

CHARGES = ("brent", "scharge", "pscharge", "supcharg")
WEEKLY = {  # amount -> its weekly value
    "brent": "wrent",
    "scharge": "wscharge",
    "pscharge": "wpschrge",
    "supcharg": "wsupchrg",
    "tcharge": "wtcharge",
}
HOUSING_RELATED_BENEFITS = (1, 6)  # hb: housing benefit, Universal Credit housing element
BENEFITS = (1, 6, 7, 8)  # hb answers that count as receiving benefits (has_benefits)
AMOUNT_KNOWN = 0  # tshortfall_known
# net_income_known (0 yes, 1 no, 2 prefers not to say) -> incref (0 known, 2 not known, 1 refused)
INCOME_REFUSED: tuple[ValuedDependency, ...] = tuple(
    ({"net_income_known": known}, {"incref": refused}) for known, refused in ((2, 1), (0, 0), (1, 2))
)


def derive_money(derived: dict[str, Any], changes: AnswerChanges) -> None:
    _total_charge(derived)
    for amount, weekly in WEEKLY.items():
        set_or_forget(derived, weekly, _weekly(derived, amount))
    receives_housing_benefits = derived.get("hb") in HOUSING_RELATED_BENEFITS
    set_or_forget(derived, "wtshortfall", _weekly(derived, "tshortfall") if receives_housing_benefits else None)
    derived["has_benefits"] = 1 if derived.get("hb") in BENEFITS else 0
    # An amount given means it is known; one given with "not known" in the same save is cleared by routing instead.
    if derived.get("tshortfall") is not None and not changes.changed("tshortfall_known"):
        derived["tshortfall_known"] = AMOUNT_KNOWN


def _total_charge(derived: dict[str, Any]) -> None:
    """Once any charge is given, the others count as 0."""
    if all(derived.get(name) is None for name in CHARGES):
        return
    for name in CHARGES:
        if derived.get(name) is None:
            derived[name] = 0
    derived["tcharge"] = round(sum(float(derived[name]) for name in CHARGES), 2)


def _weekly(derived: dict[str, Any], amount: str) -> float | None:
    value = derived.get(amount)
    if value is None or isinstance(value, bool):
        return None
    weekly = weekly_value(Decimal(str(value)), derived.get("period"))
    return None if weekly is None else float(weekly)
