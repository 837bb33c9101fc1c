"""Named routing predicates of the sales form: the live service's methods ("joint_purchase?") and a few
of our own for pages whose live routing is hand-written code (`custom_routing` in the reference).

The thresholds are the live ones as the reference describes them. Soft checks that need reference data
the service does not load yet (income ranges by working situation, sale price ranges) never show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from logs_service.domain.forms.model import FormContext
from logs_service.domain.forms.predicates import (
    NAMED as LETTINGS_NAMED,
)
from logs_service.domain.forms.predicates import (
    non_location_setup_questions_completed,
    not_yet_checked,
)

RETIREMENT_AGE = 66
RETIRED, PREFERS_NOT_TO_SAY = 5, 10
OLDER_PERSONS_SHARED_OWNERSHIP = 24
OLDER_PERSONS_MIN_AGE = 64
RIGHT_TO_BUY_TYPES = frozenset({9, 14, 27})
RENT_TO_BUY_FULL_OWNERSHIP = 29
SOCIAL_HOMEBUY = 18
MAX_PEOPLE = 6
SHARED, DISCOUNTED, OUTRIGHT = 1, 2, 3


def _answer(context: FormContext, name: str) -> Any:
    return context.answers.get(name)


def _number(context: FormContext, name: str) -> float | None:
    value = _answer(context, name)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _is_london(context: FormContext) -> bool:
    return str(_answer(context, "la") or "").startswith("E09")


def _discounted_income_limit(context: FormContext) -> int:
    return 90_000 if _is_london(context) else 80_000


def _income_over_discounted_max(*names: str) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        incomes = [_number(context, name) for name in names]
        if (
            _answer(context, "ownershipsch") != DISCOUNTED
            or any(i is None for i in incomes)
            or not _answer(context, "la")
        ):
            return False
        return sum(i or 0 for i in incomes) > _discounted_income_limit(context)

    return check


def _retired_under_soft_min_age(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age = _number(context, f"age{n}")
        return age is not None and _answer(context, f"ecstat{n}") == RETIRED and age < RETIREMENT_AGE

    return check


def _not_retired_over_soft_max_age(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age, ecstat = _number(context, f"age{n}"), _answer(context, f"ecstat{n}")
        return age is not None and ecstat is not None and age > RETIREMENT_AGE and ecstat not in (RETIRED, 10)

    return check


def _partner_under_16(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age = _number(context, f"age{n}")
        return _answer(context, f"relat{n}") == "P" and age is not None and age < 16

    return check


def multiple_partners(context: FormContext) -> bool:
    return sum(_answer(context, f"relat{n}") == "P" for n in range(2, MAX_PEOPLE + 1)) > 1


def _buyer_age_invalid_for_older_persons(context: FormContext, n: int) -> bool:
    age = _number(context, f"age{n}")
    return _answer(context, f"age{n}_known") in (1, 2) or (age is not None and age < OLDER_PERSONS_MIN_AGE)


def buyers_age_for_old_persons_shared_ownership_invalid(context: FormContext) -> bool:
    if _answer(context, "type") != OLDER_PERSONS_SHARED_OWNERSHIP:
        return False
    buyers = (1, 2) if _answer(context, "jointpur") == 1 else (1,)
    return any(_buyer_age_invalid_for_older_persons(context, n) for n in buyers)


def deposit_over_soft_max(context: FormContext) -> bool:
    deposit, savings = _number(context, "deposit"), _number(context, "savings")
    if _answer(context, "mortgageused") != 1 or deposit is None or savings is None:
        return False
    return deposit > savings * 4 / 3


def grant_outside_common_range(context: FormContext) -> bool:
    grant = _number(context, "grant")
    if grant is None or _answer(context, "type") in (21, 8):
        return False
    return not 9_000 <= grant <= 16_000


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def hodate_5_years_or_more_saledate(context: FormContext) -> bool:
    hodate, saledate = _answer(context, "hodate"), _answer(context, "saledate")
    if not hodate or not saledate:
        return False
    return date.fromisoformat(saledate) >= _years_after(date.fromisoformat(hodate), 5)


def monthly_charges_over_soft_max(context: FormContext) -> bool:
    charges = _number(context, "mscharge")
    if charges is None or _answer(context, "type") is None or _answer(context, "proptype") is None:
        return False
    return charges > (550 if _answer(context, "type") == OLDER_PERSONS_SHARED_OWNERSHIP else 300)


def mortgage_over_soft_max(context: FormContext) -> bool:
    """Over five times the incomes used for the mortgage; not met while a needed income is missing."""
    mortgage = _number(context, "mortgage")
    joint = _answer(context, "jointpur") == 1
    if mortgage is None or _answer(context, "inc1mort") is None or (joint and _answer(context, "inc2mort") is None):
        return False
    used = [f"income{n}" for n in ((1, 2) if joint else (1,)) if _answer(context, f"inc{n}mort") == 1]
    incomes = [_number(context, name) for name in used]
    if any(income is None for income in incomes):
        return False
    return mortgage > sum(income or 0 for income in incomes) * 5


def mortgage_plus_deposit_less_than_discounted_value(context: FormContext) -> bool:
    if context.start_year >= 2026:
        return False
    value, discount, deposit = (_number(context, name) for name in ("value", "discount", "deposit"))
    mortgage = 0 if _answer(context, "mortgageused") == 2 else _number(context, "mortgage")
    if value is None or discount is None or deposit is None or mortgage is None:
        return False
    return mortgage + deposit < value * (100 - discount) / 100


def percentage_discount_invalid(context: FormContext) -> bool:
    discount, proptype = _number(context, "discount"), _answer(context, "proptype")
    if discount is None:
        return False
    if proptype in (1, 2):
        return discount > 50
    return proptype in (3, 4, 9) and discount > 35


def savings_over_soft_max(context: FormContext) -> bool:
    savings = _number(context, "savings")
    older = _answer(context, "type") == OLDER_PERSONS_SHARED_OWNERSHIP and context.start_year >= 2025
    return savings is not None and savings > (200_000 if older else 100_000)


def staircase_owned_out_of_soft_range(context: FormContext) -> bool:
    owned = _number(context, "stairowned")
    return _answer(context, "type") == OLDER_PERSONS_SHARED_OWNERSHIP and owned is not None and 76 <= owned <= 100


def buyer_details_asked(context: FormContext) -> bool:
    """Buyer questions are asked unless this is a staircasing transaction, and only once the buyer has
    seen the privacy notice or was not interviewed (live custom routing)."""
    return _answer(context, "staircase") != 1 and (
        _answer(context, "privacynotice") == 1 or _answer(context, "noint") == 1
    )


def buyer_2_details_asked(context: FormContext) -> bool:
    return _answer(context, "jointpur") == 1 and buyer_details_asked(context)


def buyer_1_livein_asked(context: FormContext) -> bool:
    buyers_live_in = _answer(context, "jointpur") == 1 and _answer(context, "buylivein") == 1
    return buyer_details_asked(context) and (_answer(context, "ownershipsch") != OUTRIGHT or buyers_live_in)


def buyer_2_livein_asked(context: FormContext) -> bool:
    return buyer_2_details_asked(context) and (
        _answer(context, "ownershipsch") != OUTRIGHT or _answer(context, "buylivein") == 1
    )


NAMED: dict[str, Callable[[FormContext], Any]] = {
    "setup_completed?": lambda c: non_location_setup_questions_completed(c, c.setup_pages),
    "form.start_year_2025_or_later?": lambda c: c.start_year >= 2025,
    "address_search_given?": LETTINGS_NAMED["address_search_given?"],
    "is_beds_inferred?": lambda c: c.start_year >= 2025 and _answer(c, "proptype") == 2,
    "joint_purchase?": lambda c: _answer(c, "jointpur") == 1,
    "not_joint_purchase?": lambda c: _answer(c, "jointpur") == 2,
    "is_staircase?": lambda c: _answer(c, "staircase") == 1,
    "is_firststair?": lambda c: _answer(c, "firststair") == 1,
    "stairowned_100?": lambda c: _answer(c, "stairowned") == 100,
    "mortgage_used?": lambda c: _answer(c, "mortgageused") == 1,
    "right_to_buy?": lambda c: _answer(c, "type") in RIGHT_TO_BUY_TYPES,
    "rent_to_buy_full_ownership?": lambda c: _answer(c, "type") == RENT_TO_BUY_FULL_OWNERSHIP,
    "social_homebuy?": lambda c: _answer(c, "type") == SOCIAL_HOMEBUY,
    "outright_sale_or_discounted_with_full_ownership?": lambda c: (
        _answer(c, "ownershipsch") == OUTRIGHT
        or (_answer(c, "ownershipsch") == DISCOUNTED and _answer(c, "type") == RENT_TO_BUY_FULL_OWNERSHIP)
    ),
    "buyer_has_seen_privacy_notice?": lambda c: _answer(c, "privacynotice") == 1,
    "buyer_not_interviewed?": lambda c: _answer(c, "noint") == 1,
    "buyer_two_will_live_in_property?": lambda c: _answer(c, "buy2livein") == 1,
    "buyer_two_not_already_living_in_property?": lambda c: _answer(c, "buy2living") == 2,
    "buyer1_livein_wrong_for_ownership_type?": lambda c: (
        _answer(c, "buy1livein") == 2 and _answer(c, "ownershipsch") in (SHARED, DISCOUNTED)
    ),
    "buyer2_livein_wrong_for_ownership_type?": lambda c: (
        _answer(c, "jointpur") == 1
        and _answer(c, "buy2livein") == 2
        and _answer(c, "ownershipsch") in (SHARED, DISCOUNTED)
    ),
    "soctenant_is_inferred?": lambda c: True,  # from 2024/25 it is inferred from the previous tenure
    "wheelchair_when_not_disabled?": lambda c: _answer(c, "wheel") == 1 and _answer(c, "disabled") == 2,
    "staircase_bought_above_fifty?": lambda c: (_number(c, "stairbought") or 0) > 50,
    "staircase_owned_out_of_soft_range?": staircase_owned_out_of_soft_range,
    "multiple_partners?": multiple_partners,
    "buyers_age_for_old_persons_shared_ownership_invalid?": buyers_age_for_old_persons_shared_ownership_invalid,
    "combined_income_over_soft_max_for_discounted_ownership?": _income_over_discounted_max("income1", "income2"),
    "income1_over_soft_max_for_discounted_ownership?": _income_over_discounted_max("income1"),
    "income2_over_soft_max_for_discounted_ownership?": _income_over_discounted_max("income2"),
    "income1_outside_soft_range_for_ecstat?": not_yet_checked,
    "income2_outside_soft_range_for_ecstat?": not_yet_checked,
    "purchase_price_out_of_soft_range?": not_yet_checked,
    "deposit_over_soft_max?": deposit_over_soft_max,
    "mortgage_over_soft_max?": mortgage_over_soft_max,
    "mortgage_plus_deposit_less_than_discounted_value?": mortgage_plus_deposit_less_than_discounted_value,
    "monthly_charges_over_soft_max?": monthly_charges_over_soft_max,
    "percentage_discount_invalid?": percentage_discount_invalid,
    "savings_over_soft_max?": savings_over_soft_max,
    "grant_outside_common_range?": grant_outside_common_range,
    "hodate_5_years_or_more_saledate?": hodate_5_years_or_more_saledate,
    # Our own, for the live service's hand-written routing.
    "buyer_details_asked?": buyer_details_asked,
    "buyer_2_details_asked?": buyer_2_details_asked,
    "buyer_1_livein_asked?": buyer_1_livein_asked,
    "buyer_2_livein_asked?": buyer_2_livein_asked,
    "discounted_ownership?": lambda c: _answer(c, "ownershipsch") == DISCOUNTED,
    **{f"person_{n}_retired_under_soft_min_age?": _retired_under_soft_min_age(n) for n in range(1, 7)},
    **{f"person_{n}_not_retired_over_soft_max_age?": _not_retired_over_soft_max_age(n) for n in range(1, 7)},
    **{f"person_{n}_partner_under_16?": _partner_under_16(n) for n in range(2, 7)},
}
