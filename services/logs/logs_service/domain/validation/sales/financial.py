"""Sales financial rules: income limits for shared ownership, mortgage and charges, staircasing and
equity percentages."""

from __future__ import annotations

from decimal import Decimal

from logs_service.domain.validation.model import BOTH, Facts, Hit, Predicate, fill, hard
from logs_service.domain.validation.sales.common import (
    CHILD,
    SHARED_OWNERSHIP,
    in_london,
    joint,
    numbers,
    percent,
)

LONDON_MAX, NON_LONDON_MAX = 90_000, 80_000
MORTGAGE_USED = 1
# Initial equity share ranges (min, max %) by shared ownership type.
EQUITY_RANGES = {
    2: (25, 75),
    30: (10, 75),
    18: (25, 90),
    16: (10, 75),
    24: (10, 75),
    28: (10, 75),
    31: (10, 75),
    32: (10, 75),
}
STAIRCASING_MINIMUM_10 = (2, 16, 18, 24)
NOT_JOINT_EQUITY_MESSAGE = (
    "The initial equity stake is %{equity}% and the percentage owned in total minus the percentage bought is "
    "%{staircase_difference}%. In a staircasing transaction, the equity stake purchased cannot be larger than the "
    "percentage the buyer owns minus the percentage bought."
)


def _income_over(name: str, london: bool) -> Predicate:
    limit = LONDON_MAX if london else NON_LONDON_MAX

    def test(facts: Facts) -> bool:
        income = facts.number(name)
        if facts.get("ownershipsch") != SHARED_OWNERSHIP or income is None or not facts.given("la"):
            return False
        return in_london(facts) == london and not 0 <= income <= limit

    return test


def _combined_income_over(london: bool) -> Predicate:
    limit = LONDON_MAX if london else NON_LONDON_MAX

    def test(facts: Facts) -> bool:
        incomes = numbers(facts, "income1", "income2")
        if facts.get("ownershipsch") != SHARED_OWNERSHIP or incomes is None or not facts.given("la"):
            return False
        return in_london(facts) == london and sum(incomes) > limit

    return test


def mortgage_zero(facts: Facts) -> bool:
    return facts.get("mortgageused") == MORTGAGE_USED and facts.number("mortgage") == 0


def monthly_charges_zero(facts: Facts) -> bool:
    return facts.number("mscharge") == 0


def stairbought_over_stairowned(facts: Facts) -> Hit | None:
    values = numbers(facts, "stairbought", "stairowned")
    if values is None or values[0] <= values[1]:
        return None
    if joint(facts):
        return Hit()
    return Hit(
        messages={
            "stairowned": "Total percentage buyer now owns must be more than percentage bought in this transaction."
        }
    )


def stairbought_equals_stairowned(facts: Facts) -> Hit | None:
    values = numbers(facts, "stairbought", "stairowned")
    if not facts.given("saledate") or values is None or values[0] != values[1]:
        return None
    return Hit(values={"stairbought": percent(values[0]), "stairowned": percent(values[1])})


def stairbought_below_minimum(facts: Facts) -> Hit | None:
    bought, kind = facts.number("stairbought"), facts.get("type")
    if bought is None or kind is None:
        return None
    threshold = 10 if kind in STAIRCASING_MINIMUM_10 else 1
    if bought >= threshold:
        return None
    return Hit(values={"shared_ownership_type": facts.label("type").lower(), "threshold": threshold})


def child_has_income(facts: Facts) -> bool:
    income = facts.number("income2")
    return income is not None and income > 0 and facts.get("ecstat2") == CHILD


def _equity_range(facts: Facts) -> tuple[Decimal, int, int] | None:
    equity, kind = facts.number("equity"), facts.get("type")
    if equity is None or not facts.given("saledate") or kind not in EQUITY_RANGES:
        return None
    low, high = EQUITY_RANGES[kind]
    return equity, low, high


def equity_below_min(facts: Facts) -> Hit | None:
    found = _equity_range(facts)
    if found is None or found[0] >= found[1]:
        return None
    return Hit(values={"min_equity": found[1]})


def equity_above_max(facts: Facts) -> Hit | None:
    found = _equity_range(facts)
    if found is None or found[0] < found[1] or facts.get("resale") == 1 or found[0] <= found[2]:
        return None
    return Hit(values={"max_equity": found[2]})


def _staircase_remaining(facts: Facts) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    values = numbers(facts, "equity", "stairbought", "stairowned")
    if values is None or not facts.given("saledate"):
        return None
    equity, bought, owned = values
    return equity, bought, owned, owned - bought - equity


def equity_over_stairowned_minus_stairbought(facts: Facts) -> Hit | None:
    found = _staircase_remaining(facts)
    if found is None or found[3] >= 0:
        return None
    equity, bought, owned, _ = found
    values = {"equity": percent(equity), "staircase_difference": percent(owned - bought)}
    if joint(facts):
        return Hit(values=values)
    message = fill(NOT_JOINT_EQUITY_MESSAGE, values)
    return Hit(values=values, messages={name: message for name in ("equity", "stairowned", "stairbought")})


def previous_staircasing_exceeds_owned(facts: Facts) -> Hit | None:
    found = _staircase_remaining(facts)
    numstair = facts.number("numstair")
    if found is None or numstair is None or found[3] < 0:
        return None
    equity, bought, owned, remaining = found
    previous = numstair - 1
    if remaining >= previous:
        return None
    return Hit(
        values={
            "equity": percent(equity),
            "bought": percent(bought),
            "numprevstair": percent(previous),
            "equity_sum": percent(bought + equity + previous),
            "stair_total": percent(owned),
        }
    )


def new_service_charge_same_as_old(facts: Facts) -> bool:
    if facts.get("hasservicechargeschanged") != 1 or facts.get("has_mscharge") != 1:
        return False
    values = numbers(facts, "newservicecharges", "mscharge")
    return values is not None and values[0] == values[1]


RULES = (
    hard(
        "financial.income1_over_london_max",
        BOTH,
        (
            "income1",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
            "uprn_selection",
        ),
        "Income must be between £0 and £90,000 for properties within a London local authority.",
        _income_over("income1", london=True),
    ),
    hard(
        "financial.income1_over_non_london_max",
        BOTH,
        (
            "income1",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
            "uprn_selection",
        ),
        "Income must be between £0 and £80,000 for properties in a non-London local authority.",
        _income_over("income1", london=False),
    ),
    hard(
        "financial.income2_over_london_max",
        BOTH,
        (
            "income2",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
            "uprn_selection",
        ),
        "Income must be between £0 and £90,000 for properties within a London local authority.",
        _income_over("income2", london=True),
    ),
    hard(
        "financial.income2_over_non_london_max",
        BOTH,
        (
            "income2",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
            "uprn_selection",
        ),
        "Income must be between £0 and £80,000 for properties in a non-London local authority.",
        _income_over("income2", london=False),
    ),
    hard(
        "financial.combined_income_over_london_max",
        BOTH,
        (
            "income1",
            "income2",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
        ),
        "Combined income must be £90,000 or lower for properties within a London local authority.",
        _combined_income_over(london=True),
    ),
    hard(
        "financial.combined_income_over_non_london_max",
        BOTH,
        (
            "income1",
            "income2",
            "ownershipsch",
            "uprn",
            "la",
            "postcode_full",
        ),
        "Combined income must be £80,000 or lower for properties outside London local authorities.",
        _combined_income_over(london=False),
    ),
    hard(
        "financial.mortgage_zero",
        BOTH,
        ("mortgage",),
        "Mortgage value cannot be £0 if a mortgage was used for the purchase of this property.",
        mortgage_zero,
    ),
    hard(
        "financial.monthly_charges_zero",
        BOTH,
        ("mscharge",),
        "Monthly leasehold charges cannot be £0 if the property has monthly charges.",
        monthly_charges_zero,
    ),
    hard(
        "financial.stairbought_over_stairowned",
        BOTH,
        ("stairowned",),
        "Total percentage buyers now own must be more than percentage bought in this transaction.",
        stairbought_over_stairowned,
    ),
    hard(
        "financial.stairbought_equals_stairowned",
        BOTH,
        (
            "stairbought",
            "stairowned",
        ),
        (
            "The percentage bought is %{stairbought}% and the percentage owned in total is "
            "%{stairowned}%. These figures cannot be the same."
        ),
        stairbought_equals_stairowned,
    ),
    hard(
        "financial.stairbought_below_minimum",
        BOTH,
        (
            "stairbought",
            "type",
        ),
        (
            "The minimum percentage share that can be bought in a staircasing transaction for "
            "%{shared_ownership_type} is %{threshold}%. Please change your answer or check that "
            "you have selected the correct shared ownership type."
        ),
        stairbought_below_minimum,
    ),
    hard(
        "financial.child_has_income",
        BOTH,
        (
            "ecstat2",
            "income2",
        ),
        "Child’s income must be £0.",
        child_has_income,
    ),
    hard(
        "financial.equity_below_min",
        BOTH,
        (
            "type",
            "equity",
        ),
        ("The minimum initial equity stake for this type of shared ownership sale is %{min_equity}%."),
        equity_below_min,
    ),
    hard(
        "financial.equity_above_max",
        BOTH,
        (
            "type",
            "equity",
            "resale",
        ),
        "The maximum initial equity stake is %{max_equity}%.",
        equity_above_max,
    ),
    hard(
        "financial.equity_over_stairowned_minus_stairbought",
        BOTH,
        (
            "equity",
            "stairowned",
            "stairbought",
        ),
        (
            "The initial equity stake is %{equity}% and the percentage owned in total minus the "
            "percentage bought is %{staircase_difference}%. In a staircasing transaction, the "
            "equity stake purchased cannot be larger than the percentage the buyers own minus the "
            "percentage bought."
        ),
        equity_over_stairowned_minus_stairbought,
    ),
    hard(
        "financial.previous_staircasing_exceeds_owned",
        BOTH,
        (
            "equity",
            "stairowned",
            "stairbought",
            "numstair",
            "firststair",
        ),
        (
            "The initial equity stake is %{equity}%, the percentage bought is %{bought}%, and "
            "there have been %{numprevstair} previous staircasing transactions, totalling at least "
            "%{equity_sum}%, which is more than the total percentage owned by the buyers "
            "(%{stair_total}%). In a staircasing transaction, the total percentage owned must be "
            "at least the initial equity stake plus the percentage bought plus a minimum of 1% for "
            "each previous staircasing transaction."
        ),
        previous_staircasing_exceeds_owned,
    ),
    hard(
        "financial.new_service_charge_same_as_old",
        (2026,),
        (
            "newservicecharges",
            "mscharge",
        ),
        (
            "You said that the service charge will change and you entered the same amount as the "
            "previous question. If the service charge will not change, answer 'No'."
        ),
        new_service_charge_same_as_old,
        field_messages={
            "mscharge": (
                "You said that the service charge will change and you entered the same amount as the "
                "new service charge. If the service charge will not change, answer 'No' to that "
                "question before entering the service charge here."
            )
        },
    ),
)
