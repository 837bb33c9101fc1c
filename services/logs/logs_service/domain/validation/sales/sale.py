"""Sales information rules: handover and staircasing dates, the purchase price against mortgage,
deposit, discount, grant and cash discount, staircasing limits and monthly rent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from logs_service.domain.validation.amounts import currency
from logs_service.domain.validation.dates import years_before
from logs_service.domain.validation.model import BOTH, Facts, Hit, Predicate, hard
from logs_service.domain.validation.sales.common import (
    DISCOUNTED_OWNERSHIP,
    OLDER_PERSONS,
    SHARED_OWNERSHIP,
    SOCIAL_HOMEBUY,
    in_london,
    numbers,
    percent,
)

EARLIEST = date(1980, 1, 1)
MORTGAGE_USED, NO_MORTGAGE, DONT_KNOW = 1, 2, 3
STAIRCASING = 1
BEDSIT = 2
RIGHT_TO_ACQUIRE, SOCIAL_HOMEBUY_OUTRIGHT = 8, 21
RENT_TO_BUY_FULL_OWNERSHIP = 29
GRANT_RANGE = (9_000, 16_000)
STAIRBOUGHT_MAXIMA = {30: 90, 16: 90, 28: 90, 31: 90, 32: 90, 2: 75, 18: 75, 24: 50}
DISCOUNT_LONDON_MAX, DISCOUNT_MAX = 137_400, 103_400
MORTGAGE_QUESTION = "was a mortgage used for the purchase of this property?"


def _dates(facts: Facts, first: str, second: str) -> tuple[date, date] | None:
    a, b = facts.date(first), facts.date(second)
    return (a, b) if a and b else None


def hodate_after_saledate(facts: Facts) -> bool:
    pair = _dates(facts, "hodate", "saledate")
    return pair is not None and pair[0] > pair[1]


def hodate_5_years_before_saledate(facts: Facts) -> bool:
    pair = _dates(facts, "hodate", "saledate")
    return pair is not None and pair[0] <= years_before(pair[1], 5)


def _before_1980(name: str) -> Predicate:
    def test(facts: Facts) -> bool:
        day = facts.date(name)
        return day is not None and day < EARLIEST

    return test


def _not_before(earlier: str, later: str) -> Predicate:
    """`earlier` must come before `later`: after it is an error, and from 2026/27 so is the same day."""

    def test(facts: Facts) -> bool:
        pair = _dates(facts, earlier, later)
        return pair is not None and (pair[0] > pair[1] or (facts.year >= 2026 and pair[0] == pair[1]))

    return test


def previous_bedsit_bedrooms(facts: Facts) -> bool:
    return facts.get("fromprop") == BEDSIT and facts.given("frombeds") and facts.get("frombeds") != 1


def discounted_ownership_sum_mismatch(facts: Facts) -> Hit | None:
    if facts.get("ownershipsch") != DISCOUNTED_OWNERSHIP or not facts.given("saledate"):
        return None
    amounts = numbers(facts, "value", "deposit")
    mortgage, discount, grant = facts.number("mortgage"), facts.number("discount"), facts.number("grant")
    if amounts is None or (mortgage is None and facts.get("mortgageused") != NO_MORTGAGE):
        return None
    if discount is None and grant is None and facts.get("type") != RENT_TO_BUY_FULL_OWNERSHIP:
        return None
    value, deposit = amounts
    left = (mortgage or 0) + deposit + (grant or 0)
    right = value - value * discount / 100 if discount is not None else value
    difference = abs(left - right)
    if discount is None:
        fires = difference >= 1
    else:
        fires = difference > value * (Decimal("0.05") if facts.year < 2026 else Decimal("0.1")) / 100
    if not fires:
        return None
    return Hit(
        values={
            "mortgage": f" ({currency(mortgage)})" if mortgage else "",
            "deposit_and_grant_sentence": (
                f", cash deposit ({currency(deposit)}), and grant ({currency(grant)})"
                if grant is not None
                else f" and cash deposit ({currency(deposit)})"
            ),
            "mortgage_deposit_and_grant_total": currency(left),
            "discount_sentence": (
                f" ({currency(value)}) subtracted by the sum of the full purchase price ({currency(value)}) "
                f"multiplied by the percentage discount ({percent(discount)}%)"
                if discount is not None
                else ""
            ),
            "value_with_discount": currency(right),
        }
    )


def monthly_rent_over_9999(facts: Facts) -> bool:
    rent = facts.number("mrent")
    return (
        facts.get("ownershipsch") == SHARED_OWNERSHIP
        and facts.given("type")
        and facts.get("type") != OLDER_PERSONS
        and rent is not None
        and rent > 9999
    )


def grant_out_of_range(facts: Facts) -> bool:
    grant = facts.number("grant")
    return (
        facts.given("saledate")
        and facts.get("type") in (RIGHT_TO_ACQUIRE, SOCIAL_HOMEBUY_OUTRIGHT)
        and grant is not None
        and not GRANT_RANGE[0] <= grant <= GRANT_RANGE[1]
    )


def stairbought_over_max(facts: Facts) -> Hit | None:
    bought, maximum = facts.number("stairbought"), STAIRBOUGHT_MAXIMA.get(facts.get("type"))
    if not facts.given("saledate") or bought is None or maximum is None or bought <= maximum:
        return None
    return Hit(values={"max_stairbought": maximum, "type": facts.label("type")})


def _discount_over(london: bool) -> Predicate:
    limit = DISCOUNT_LONDON_MAX if london else DISCOUNT_MAX

    def test(facts: Facts) -> Hit | None:
        values = numbers(facts, "discount", "value")
        if not facts.given("saledate", "la") or values is None or in_london(facts) != london:
            return None
        amount = values[1] * values[0] / 100
        return Hit(values={"discount_value": currency(amount)}) if amount > limit else None

    return test


# Purchase price against what was paid, by staircasing or not, Social HomeBuy or not, mortgage used or not.


def _payment_check(staircasing: bool, social_homebuy: bool, with_mortgage: bool) -> Predicate:
    share_name = "stairbought" if staircasing else "equity"

    def test(facts: Facts) -> Hit | None:
        if facts.get("ownershipsch") != SHARED_OWNERSHIP or not facts.given("saledate", "type", "mortgageused"):
            return None
        if (facts.get("staircase") == STAIRCASING) != staircasing:
            return None
        if not staircasing and facts.get("staircase") not in (2, 3):
            return None
        values = numbers(facts, "value", "deposit", share_name)
        if values is None or (facts.get("type") == SOCIAL_HOMEBUY) != social_homebuy:
            return None
        value, deposit, share = values
        cashdis = facts.number("cashdis")
        if social_homebuy and cashdis is None:
            return None
        mortgage = facts.number("mortgage")
        used = facts.get("mortgageused") == MORTGAGE_USED
        if with_mortgage and (not used or mortgage is None):
            return None
        if not with_mortgage and (used if staircasing else facts.get("mortgageused") != NO_MORTGAGE):
            return None
        total = deposit + (mortgage if with_mortgage and mortgage is not None else 0) + (cashdis or 0)
        expected = value * share / 100
        difference = abs(total - expected)
        if staircasing or facts.year < 2026:
            fires = difference >= 1
        else:
            fires = difference > value * Decimal("0.1") / 100
        if not fires:
            return None
        placeholder = {
            "mortgage": currency(mortgage) if mortgage is not None else "",
            "deposit": currency(deposit),
            "cashdis": currency(cashdis) if cashdis is not None else "",
            "value": currency(value),
            "mortgage_and_deposit_total": currency(total),
            "mortgage_deposit_and_discount_total": currency(total),
            "deposit_and_discount_total": currency(total),
            share_name: f"{percent(share)}%",
            "expected_shared_ownership_deposit_value": currency(expected),
            "stairbought_part_of_value": currency(expected),
        }
        return Hit(values=placeholder)

    return test


def mortgage_dont_know_not_allowed(facts: Facts) -> Hit | None:
    if facts.get("mortgageused") != DONT_KNOW:
        return None
    values = {"question": MORTGAGE_QUESTION}
    if facts.get("ownershipsch") == DISCOUNTED_OWNERSHIP:
        return Hit(fields=("mortgageused",), values=values)
    if facts.get("ownershipsch") == SHARED_OWNERSHIP and facts.get("staircase") in (2, 3):
        return Hit(values=values)
    return None


def mortgage_dont_know_needs_100_percent(facts: Facts) -> bool:
    owned = facts.number("stairowned")
    return facts.get("mortgageused") == DONT_KNOW and owned is not None and owned != 100


def not_first_staircasing_but_one_transaction(facts: Facts) -> bool:
    numstair = facts.number("numstair")
    return facts.get("firststair") == 2 and numstair is not None and numstair < 2


initialpurchase_before_1980 = _before_1980("initialpurchase")
lasttransaction_before_1980 = _before_1980("lasttransaction")
initialpurchase_not_before_saledate = _not_before("initialpurchase", "saledate")
lasttransaction_not_before_saledate = _not_before("lasttransaction", "saledate")
lasttransaction_not_after_initialpurchase = _not_before("initialpurchase", "lasttransaction")
discount_amount_over_london_max = _discount_over(london=True)
discount_amount_over_max = _discount_over(london=False)
shared_ownership_mortgage_deposit_mismatch = _payment_check(False, False, True)
shared_ownership_deposit_mismatch = _payment_check(False, False, False)
socialhomebuy_mortgage_deposit_discount_mismatch = _payment_check(False, True, True)
socialhomebuy_deposit_discount_mismatch = _payment_check(False, True, False)
staircasing_mortgage_deposit_mismatch = _payment_check(True, False, True)
staircasing_deposit_mismatch = _payment_check(True, False, False)
staircasing_socialhomebuy_mortgage_mismatch = _payment_check(True, True, True)
staircasing_socialhomebuy_deposit_mismatch = _payment_check(True, True, False)

RULES = (
    hard(
        "sale.hodate_after_saledate",
        BOTH,
        (
            "hodate",
            "saledate",
        ),
        "Practical completion or handover date must be before sale completion date.",
        hodate_after_saledate,
        field_messages={"saledate": "Sale completion date must be after practical completion or handover date."},
    ),
    hard(
        "sale.hodate_5_years_before_saledate",
        BOTH,
        (
            "hodate",
            "saledate",
        ),
        ("Practical completion or handover date must be less than 5 years before sale completion date."),
        hodate_5_years_before_saledate,
        field_messages={
            "saledate": ("Sale completion date must be less than 5 years after practical completion or handover date.")
        },
    ),
    hard(
        "sale.initialpurchase_before_1980",
        BOTH,
        ("initialpurchase",),
        "The initial purchase date must be after January 1, 1980.",
        initialpurchase_before_1980,
    ),
    hard(
        "sale.initialpurchase_not_before_saledate",
        BOTH,
        (
            "initialpurchase",
            "saledate",
        ),
        "The initial purchase date must be before the date of this sale.",
        initialpurchase_not_before_saledate,
        field_messages={
            "saledate": (
                "Sale completion date for a staircasing transaction must be after the date of the "
                "initial purchase of a share."
            )
        },
    ),
    hard(
        "sale.lasttransaction_before_1980",
        BOTH,
        ("lasttransaction",),
        "The last staircasing transaction date must be after January 1, 1980.",
        lasttransaction_before_1980,
    ),
    hard(
        "sale.lasttransaction_not_before_saledate",
        BOTH,
        (
            "lasttransaction",
            "saledate",
        ),
        "The last staircasing transaction date must be before the date of this sale.",
        lasttransaction_not_before_saledate,
        field_messages={"saledate": "Sale completion date must be after the date of the last staircasing transaction."},
    ),
    hard(
        "sale.lasttransaction_not_after_initialpurchase",
        BOTH,
        (
            "initialpurchase",
            "lasttransaction",
        ),
        "The initial purchase date must be before the last staircasing transaction date.",
        lasttransaction_not_after_initialpurchase,
        field_messages={
            "lasttransaction": "The last staircasing transaction date must be after the initial purchase date."
        },
    ),
    hard(
        "sale.previous_bedsit_bedrooms",
        BOTH,
        (
            "frombeds",
            "fromprop",
        ),
        "A bedsit cannot have more than 1 bedroom.",
        previous_bedsit_bedrooms,
    ),
    hard(
        "sale.discounted_ownership_sum_mismatch",
        BOTH,
        (
            "mortgageused",
            "mortgage",
            "value",
            "deposit",
            "discount",
            "grant",
            "ownershipsch",
        ),
        (
            "The mortgage%{mortgage}%{deposit_and_grant_sentence} added together is "
            "%{mortgage_deposit_and_grant_total}.</br></br>The full purchase "
            "price%{discount_sentence} is %{value_with_discount}.</br></br>These two amounts "
            "should be the same."
        ),
        discounted_ownership_sum_mismatch,
    ),
    hard(
        "sale.monthly_rent_over_9999",
        BOTH,
        (
            "mrent",
            "type",
        ),
        "Basic monthly rent must be between £0.00 and £9,999.00.",
        monthly_rent_over_9999,
    ),
    hard(
        "sale.grant_out_of_range",
        BOTH,
        ("grant",),
        "Loan, grants or subsidies must be between £9,000 and £16,000.",
        grant_out_of_range,
    ),
    hard(
        "sale.stairbought_over_max",
        BOTH,
        (
            "stairbought",
            "type",
        ),
        (
            "The percentage bought in this staircasing transaction cannot be higher than "
            "%{max_stairbought}% for %{type} sales."
        ),
        stairbought_over_max,
    ),
    hard(
        "sale.discount_amount_over_london_max",
        BOTH,
        (
            "discount",
            "value",
            "la",
            "postcode_full",
            "uprn",
        ),
        (
            "The percentage discount multiplied by the purchase price is %{discount_value}. This "
            "figure should not be more than £137,400 for properties in London."
        ),
        discount_amount_over_london_max,
    ),
    hard(
        "sale.discount_amount_over_max",
        BOTH,
        (
            "discount",
            "value",
            "la",
            "postcode_full",
            "uprn",
        ),
        (
            "The percentage discount multiplied by the purchase price is %{discount_value}. This "
            "figure should not be more than £103,400 for properties outside of London."
        ),
        discount_amount_over_max,
    ),
    hard(
        "sale.shared_ownership_mortgage_deposit_mismatch",
        BOTH,
        (
            "mortgage",
            "value",
            "deposit",
            "equity",
            "type",
        ),
        (
            "The mortgage (%{mortgage}) and cash deposit (%{deposit}) added together is "
            "%{mortgage_and_deposit_total}.</br></br>The full purchase price (%{value}) multiplied "
            "by the percentage equity stake purchased (%{equity}) is "
            "%{expected_shared_ownership_deposit_value}.</br></br>These two amounts should be the "
            "same."
        ),
        shared_ownership_mortgage_deposit_mismatch,
    ),
    hard(
        "sale.shared_ownership_deposit_mismatch",
        BOTH,
        (
            "mortgageused",
            "value",
            "deposit",
            "equity",
            "type",
        ),
        (
            "The cash deposit is %{deposit}.</br></br>The full purchase price (%{value}) "
            "multiplied by the percentage bought is "
            "%{expected_shared_ownership_deposit_value}.</br></br>These two amounts should be the "
            "same."
        ),
        shared_ownership_deposit_mismatch,
    ),
    hard(
        "sale.socialhomebuy_mortgage_deposit_discount_mismatch",
        BOTH,
        (
            "mortgage",
            "value",
            "deposit",
            "cashdis",
            "equity",
            "type",
        ),
        (
            "The mortgage amount (%{mortgage}), cash deposit (%{deposit}), and cash discount "
            "(%{cashdis}) added together is %{mortgage_deposit_and_discount_total}.</br></br>The "
            "full purchase price (%{value}) multiplied by the percentage equity stake purchased "
            "(%{equity}) is %{expected_shared_ownership_deposit_value}.</br></br>These two amounts "
            "should be the same."
        ),
        socialhomebuy_mortgage_deposit_discount_mismatch,
    ),
    hard(
        "sale.socialhomebuy_deposit_discount_mismatch",
        BOTH,
        (
            "mortgageused",
            "value",
            "deposit",
            "cashdis",
            "equity",
            "type",
        ),
        (
            "The cash deposit (%{deposit}) and cash discount (%{cashdis}) added together is "
            "%{deposit_and_discount_total}.</br></br>The full purchase price (%{value}) multiplied "
            "by the percentage bought (%{equity}) is "
            "%{expected_shared_ownership_deposit_value}.</br></br>These two amounts should be the "
            "same."
        ),
        socialhomebuy_deposit_discount_mismatch,
    ),
    hard(
        "sale.staircasing_mortgage_deposit_mismatch",
        BOTH,
        (
            "mortgage",
            "value",
            "deposit",
            "stairbought",
            "type",
        ),
        (
            "The mortgage (%{mortgage}) and cash deposit (%{deposit}) added together is "
            "%{mortgage_and_deposit_total}.</br></br>The full purchase price (%{value}) multiplied "
            "by the percentage bought is %{stairbought_part_of_value}.</br></br>These two amounts "
            "should be the same."
        ),
        staircasing_mortgage_deposit_mismatch,
    ),
    hard(
        "sale.staircasing_deposit_mismatch",
        BOTH,
        (
            "mortgageused",
            "value",
            "deposit",
            "stairbought",
            "type",
        ),
        (
            "The cash deposit is %{deposit}.</br></br>The full purchase price (%{value}) "
            "multiplied by the percentage bought is %{stairbought_part_of_value}.</br></br>These "
            "two amounts should be the same."
        ),
        staircasing_deposit_mismatch,
    ),
    hard(
        "sale.staircasing_socialhomebuy_mortgage_mismatch",
        BOTH,
        (
            "mortgage",
            "value",
            "deposit",
            "cashdis",
            "stairbought",
            "type",
        ),
        (
            "The mortgage amount (%{mortgage}), cash deposit (%{deposit}), and cash discount "
            "(%{cashdis}) added together is %{mortgage_deposit_and_discount_total}.</br></br>The "
            "full purchase price (%{value}) multiplied by the percentage bought (%{stairbought}) "
            "is %{stairbought_part_of_value}.</br></br>These two amounts should be the same."
        ),
        staircasing_socialhomebuy_mortgage_mismatch,
    ),
    hard(
        "sale.staircasing_socialhomebuy_deposit_mismatch",
        BOTH,
        (
            "mortgageused",
            "value",
            "deposit",
            "cashdis",
            "stairbought",
            "type",
        ),
        (
            "The cash deposit (%{deposit}) and cash discount (%{cashdis}) added together is "
            "%{deposit_and_discount_total}.</br></br>The full purchase price (%{value}) multiplied "
            "by the percentage bought (%{stairbought}) is "
            "%{stairbought_part_of_value}.</br></br>These two amounts should be the same."
        ),
        staircasing_socialhomebuy_deposit_mismatch,
    ),
    hard(
        "sale.mortgage_dont_know_not_allowed",
        (2025,),
        (
            "mortgageused",
            "staircase",
        ),
        "Enter a valid value for %{question}",
        mortgage_dont_know_not_allowed,
        field_messages={
            "staircase": (
                "You must answer either ‘yes’ or ‘no’ to the question ‘was a mortgage used’ for "
                "staircasing transactions."
            )
        },
    ),
    hard(
        "sale.mortgage_dont_know_needs_100_percent",
        (2025,),
        (
            "stairowned",
            "mortgageused",
        ),
        "The percentage owned has to be 100% if the mortgage used is 'Don’t know'",
        mortgage_dont_know_needs_100_percent,
    ),
    hard(
        "sale.not_first_staircasing_but_one_transaction",
        BOTH,
        (
            "numstair",
            "firststair",
        ),
        (
            "The number of staircasing transactions must be greater than 1 when this is not the "
            "first staircasing transaction."
        ),
        not_first_staircasing_but_one_transaction,
        field_messages={
            "firststair": (
                "The answer to 'Is this the first staircasing transaction?' cannot be 'no' if the "
                "number of staircasing transactions is 1."
            )
        },
    ),
)
