"""Sales soft checks (interruption screens): incomes, purchase price against the sale ranges,
charges, discount, savings, deposit, mortgage, grant, staircasing and dates."""

from __future__ import annotations

from decimal import Decimal

from logs_service.domain.validation.amounts import currency
from logs_service.domain.validation.model import BOTH, Facts, Hit, Predicate, soft
from logs_service.domain.validation.sales.common import (
    DISCOUNTED_OWNERSHIP,
    OLDER_PERSONS,
    in_london,
    joint,
    numbers,
    percent,
)

# Yearly income soft range (min, max) by working situation; 10 (prefers not to say): no check.
INCOME_RANGES = {
    1: (13_400, 150_000),
    2: (2_600, 80_000),
    3: (2_080, 30_000),
    4: (520, 23_400),
    5: (520, 80_000),
    6: (520, 50_000),
    7: (520, 30_000),
    8: (520, 150_000),
    9: (520, 150_000),
    0: (520, 150_000),
}
LONDON_MAX, NON_LONDON_MAX = 90_000, 80_000
MORTGAGE_USED = 1
FLATS = (1, 2)
HOUSES = (3, 4, 9)
RIGHT_TO_ACQUIRE, SOCIAL_HOMEBUY_OUTRIGHT = 8, 21
GRANT_RANGE = (9_000, 16_000)


def _income_outside_range(n: int) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        income, limits = facts.number(f"income{n}"), INCOME_RANGES.get(facts.get(f"ecstat{n}"))
        if income is None or limits is None or limits[0] <= income <= limits[1]:
            return None
        return Hit(values={"income": currency(income), "more_or_less": "less" if income < limits[0] else "more"})

    return test


def _discounted_threshold(facts: Facts) -> int | None:
    if facts.get("ownershipsch") != DISCOUNTED_OWNERSHIP or not facts.given("la"):
        return None
    return LONDON_MAX if in_london(facts) else NON_LONDON_MAX


def _income_high_for_discounted(n: int) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        threshold, income = _discounted_threshold(facts), facts.number(f"income{n}")
        if threshold is None or income is None or income <= threshold:
            return None
        return Hit(values={"income": currency(income)})

    return test


def combined_income_high_for_discounted(facts: Facts) -> Hit | None:
    threshold, incomes = _discounted_threshold(facts), numbers(facts, "income1", "income2")
    if threshold is None or incomes is None or sum(incomes) <= threshold:
        return None
    return Hit(values={"combined_income": currency(sum(incomes))})


def purchase_price_outside_range(facts: Facts) -> Hit | None:
    value, beds, la = facts.number("value"), facts.get("beds"), facts.get("la")
    if value is None or not isinstance(beds, int) or not isinstance(la, str) or beds < 1:
        return None
    found = facts.reference.sale_range(facts.year, la, min(beds, 4))
    if found is None or found.soft_min <= value <= found.soft_max:
        return None
    lower = value < found.soft_min
    return Hit(
        values={
            "value": currency(value),
            "higher_or_lower": "lower" if lower else "higher",
            "soft_min_or_soft_max": currency(found.soft_min if lower else found.soft_max),
        }
    )


def monthly_charges_high(facts: Facts) -> Hit | None:
    charges = facts.number("mscharge")
    if charges is None or not facts.given("type", "proptype"):
        return None
    if charges <= (550 if facts.get("type") == OLDER_PERSONS else 300):
        return None
    return Hit(values={"mscharge": currency(charges)})


def percentage_discount_high(facts: Facts) -> Hit | None:
    discount, proptype = facts.number("discount"), facts.get("proptype")
    limit = 50 if proptype in FLATS else 35 if proptype in HOUSES else None
    if discount is None or limit is None or discount <= limit:
        return None
    return Hit(values={"discount": f"{percent(discount)}%"})


def mortgage_over_5x_income(facts: Facts) -> Hit | None:
    mortgage = facts.number("mortgage")
    if mortgage is None or not facts.given("inc1mort"):
        return None
    if not facts.given("inc2mort") and facts.get("jointpur") != 2:
        return None
    used = Decimal(0)
    for n in (1, 2):
        if facts.get(f"inc{n}mort") == 1:
            income = facts.number(f"income{n}")
            if income is None:
                return None
            used += income
    return Hit(values={"mortgage": currency(mortgage)}) if mortgage > 5 * used else None


def _savings_high(joint_wording: bool) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        savings = facts.number("savings")
        if savings is None or joint(facts) != joint_wording:
            return None
        if savings <= (200_000 if facts.get("type") == OLDER_PERSONS else 100_000):
            return None
        return Hit(values={"savings": currency(savings)})

    return test


def _deposit_high_vs_savings(joint_wording: bool) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        values = numbers(facts, "savings", "deposit")
        if facts.get("mortgageused") != MORTGAGE_USED or values is None or joint(facts) != joint_wording:
            return None
        savings, deposit = values
        if deposit <= int(savings) * 4 // 3:
            return None
        return Hit(values={"deposit": currency(deposit), "savings": currency(savings)})

    return test


def hodate_5_years_before_saledate(facts: Facts) -> bool:
    hodate, saledate = facts.date("hodate"), facts.date("saledate")
    return hodate is not None and saledate is not None and (saledate - hodate).days >= 5 * 365.2425


def staircase_bought_over_50(facts: Facts) -> Hit | None:
    bought = facts.number("stairbought")
    return Hit(values={"percentage": percent(bought)}) if bought is not None and bought > 50 else None


def _stairowned_high(joint_wording: bool) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        owned = facts.number("stairowned")
        if facts.get("type") != OLDER_PERSONS or owned is None or joint(facts) != joint_wording:
            return None
        return Hit(values={"stairowned": f"{percent(owned)}%"}) if 76 <= owned <= 100 else None

    return test


def grant_outside_usual_range(facts: Facts) -> Hit | None:
    grant = facts.number("grant")
    if grant is None or not facts.given("type", "saledate"):
        return None
    if facts.get("type") in (RIGHT_TO_ACQUIRE, SOCIAL_HOMEBUY_OUTRIGHT) or GRANT_RANGE[0] <= grant <= GRANT_RANGE[1]:
        return None
    return Hit(values={"grant": currency(grant)})


def mortgage_plus_deposit_below_discounted_value(facts: Facts) -> Hit | None:
    values = numbers(facts, "mortgage", "deposit", "value", "discount")
    if values is None:
        return None
    mortgage, deposit, value, discount = values
    if mortgage + deposit >= value * (100 - discount) / 100:
        return None
    return Hit(
        values={"mortgage": currency(mortgage), "deposit": currency(deposit), "discount": f"{percent(discount)}%"}
    )


income1_outside_range_for_ecstat = _income_outside_range(1)
income2_outside_range_for_ecstat = _income_outside_range(2)
income1_high_for_discounted = _income_high_for_discounted(1)
income2_high_for_discounted = _income_high_for_discounted(2)
savings_high_joint = _savings_high(joint_wording=True)
savings_high_single = _savings_high(joint_wording=False)
deposit_high_vs_savings_joint = _deposit_high_vs_savings(joint_wording=True)
deposit_high_vs_savings_single = _deposit_high_vs_savings(joint_wording=False)
stairowned_high_for_older_persons_joint = _stairowned_high(joint_wording=True)
stairowned_high_for_older_persons_single = _stairowned_high(joint_wording=False)

SOFT_RULES = (
    soft(
        "soft.income1_outside_range_for_ecstat",
        BOTH,
        (
            "ecstat1",
            "income1",
        ),
        "You told us the income of buyer 1 is %{income}.",
        income1_outside_range_for_ecstat,
        confirm_field="income1_value_check",
        informative_text="This is %{more_or_less} than we would expect for someone in this working situation.",
    ),
    soft(
        "soft.income2_outside_range_for_ecstat",
        BOTH,
        (
            "ecstat2",
            "income2",
        ),
        "You told us the income of buyer 2 is %{income}.",
        income2_outside_range_for_ecstat,
        confirm_field="income2_value_check",
        informative_text="This is %{more_or_less} than we would expect for someone in this working situation.",
    ),
    soft(
        "soft.income1_high_for_discounted",
        BOTH,
        (
            "uprn",
            "postcode_full",
            "la",
            "income1",
        ),
        (
            "You told us the income of buyer 1 is %{income}. This seems high for this sale type. "
            "Are you sure this is correct?"
        ),
        income1_high_for_discounted,
        confirm_field="income1_value_check",
    ),
    soft(
        "soft.income2_high_for_discounted",
        BOTH,
        (
            "uprn",
            "postcode_full",
            "la",
            "income2",
        ),
        (
            "You told us the income of buyer 2 is %{income}. This seems high for this sale type. "
            "Are you sure this is correct?"
        ),
        income2_high_for_discounted,
        confirm_field="income2_value_check",
    ),
    soft(
        "soft.combined_income_high_for_discounted",
        BOTH,
        (
            "uprn",
            "postcode_full",
            "la",
            "income1",
            "income2",
        ),
        (
            "You told us the combined income of this household is %{combined_income}. This seems "
            "high for this sale type.  Are you sure this is correct?"
        ),
        combined_income_high_for_discounted,
        confirm_field="combined_income_value_check",
    ),
    soft(
        "soft.purchase_price_outside_range",
        BOTH,
        (
            "value",
            "beds",
            "uprn",
            "postcode_full",
            "la",
        ),
        "You told us the purchase price is %{value}.",
        purchase_price_outside_range,
        confirm_field="value_value_check",
        informative_text="This is %{higher_or_lower} than we would expect.",
    ),
    soft(
        "soft.monthly_charges_high",
        BOTH,
        (
            "type",
            "mscharge",
            "proptype",
        ),
        "You told us that the monthly charges were %{mscharge}.",
        monthly_charges_high,
        confirm_field="monthly_charges_value_check",
        informative_text="This is higher than we would expect.",
    ),
    soft(
        "soft.percentage_discount_high",
        BOTH,
        (
            "discount",
            "proptype",
        ),
        "You told us that the percentage discount is %{discount}.",
        percentage_discount_high,
        confirm_field="percentage_discount_value_check",
        informative_text="This is higher than we would expect.",
    ),
    soft(
        "soft.mortgage_over_5x_income",
        BOTH,
        (
            "mortgage",
            "inc1mort",
            "inc2mort",
            "jointpur",
            "income1",
            "income2",
        ),
        "You told us that the mortgage amount is %{mortgage}.",
        mortgage_over_5x_income,
        confirm_field="mortgage_value_check",
        informative_text="This is more than 5 times the income, which is higher than we would expect.",
    ),
    soft(
        "soft.savings_high_joint",
        BOTH,
        ("savings",),
        "You told us the buyers’ savings were %{savings}.",
        savings_high_joint,
        confirm_field="savings_value_check",
        informative_text="This is higher than we would expect.",
    ),
    soft(
        "soft.savings_high_single",
        BOTH,
        ("savings",),
        "You told us the buyer’s savings were %{savings}.",
        savings_high_single,
        confirm_field="savings_value_check",
        informative_text="This is higher than we would expect.",
    ),
    soft(
        "soft.deposit_high_vs_savings_joint",
        BOTH,
        (
            "savings",
            "deposit",
        ),
        "You told us the buyers’ deposit was %{deposit} and their savings were %{savings}.",
        deposit_high_vs_savings_joint,
        confirm_field="deposit_value_check",
        informative_text="The deposit amount is higher than we would expect for the amount of savings they have.",
    ),
    soft(
        "soft.deposit_high_vs_savings_single",
        BOTH,
        (
            "savings",
            "deposit",
        ),
        "You told us the buyer’s deposit was %{deposit} and their savings were %{savings}.",
        deposit_high_vs_savings_single,
        confirm_field="deposit_value_check",
        informative_text="The deposit amount is higher than we would expect for the amount of savings they have.",
    ),
    soft(
        "soft.hodate_5_years_before_saledate",
        BOTH,
        (
            "hodate",
            "saledate",
        ),
        ("You told us practical completion or handover date is more than 3 years before sale completion date."),
        hodate_5_years_before_saledate,
        confirm_field="hodate_check",
    ),
    soft(
        "soft.staircase_bought_over_50",
        BOTH,
        ("stairbought",),
        "You told us that %{percentage}% was bought in this staircasing transaction.",
        staircase_bought_over_50,
        confirm_field="staircase_bought_value_check",
        informative_text="Most staircasing transactions are less than 50%",
    ),
    soft(
        "soft.stairowned_high_for_older_persons_joint",
        BOTH,
        (
            "type",
            "stairowned",
        ),
        "You told us that the buyers now own %{stairowned} of the property.",
        stairowned_high_for_older_persons_joint,
        confirm_field="stairowned_value_check",
        informative_text=(
            "The maximum percentage that can be owned under the Older Persons Shared Ownership "
            "scheme is 75%, unless the property was funded outside the Affordable Homes Programme. "
            "Make sure these answers are correct."
        ),
    ),
    soft(
        "soft.stairowned_high_for_older_persons_single",
        BOTH,
        (
            "type",
            "stairowned",
        ),
        "You told us that the buyer now owns %{stairowned} of the property.",
        stairowned_high_for_older_persons_single,
        confirm_field="stairowned_value_check",
        informative_text=(
            "The maximum percentage that can be owned under the Older Persons Shared Ownership "
            "scheme is 75%, unless the property was funded outside the Affordable Homes Programme. "
            "Make sure these answers are correct."
        ),
    ),
    soft(
        "soft.grant_outside_usual_range",
        BOTH,
        ("grant",),
        "You told us that the grant amount is %{grant}.",
        grant_outside_usual_range,
        confirm_field="grant_value_check",
        informative_text="Loans, grants and subsidies are usually between £9,000 and £16,000.",
    ),
    soft(
        "soft.mortgage_plus_deposit_below_discounted_value",
        (2025,),
        (
            "mortgage",
            "deposit",
            "value",
            "discount",
        ),
        (
            "You told us the mortgage amount was %{mortgage}, the cash deposit was %{deposit} and "
            "the discount was %{discount}."
        ),
        mortgage_plus_deposit_below_discounted_value,
        confirm_field="deposit_and_mortgage_value_check",
        informative_text=(
            "We would expect the mortgage amount and the deposit added together to be the same as "
            "the purchase price minus the discount."
        ),
    ),
)
