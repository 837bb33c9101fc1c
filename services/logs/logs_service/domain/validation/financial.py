"""Financial rules: income against the household's working situation and benefits, rent and
charges (totals, maxima, the outstanding amount), and rent against the local authority's range."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from logs_service.domain.validation.amounts import currency, per_period, round_half_up
from logs_service.domain.validation.model import BOTH, Facts, Hit, Predicate, hard, soft
from logs_service.domain.validation.reference import RentRange, lettype_of

PEOPLE = range(1, 9)
WORKING = (1, 2)
CHILD, PREFERS_NOT_TO_SAY = 9, 10
FREQUENCIES = {1: "weekly", 2: "monthly", 3: "yearly"}


@dataclass(frozen=True)
class Allowance:
    soft_min: int
    soft_max: int
    hard_min: int
    hard_max: int


# Weekly net income allowances per person by working situation (ecstat).
ALLOWANCES = {
    1: Allowance(143, 730, 90, 1230),
    2: Allowance(67, 620, 50, 950),
    3: Allowance(80, 480, 40, 990),
    4: Allowance(50, 370, 10, 450),
    5: Allowance(50, 380, 10, 1000),
    6: Allowance(53, 540, 10, 890),
    7: Allowance(47, 460, 10, 1300),
    8: Allowance(54, 460, 10, 2000),
    9: Allowance(50, 450, 10, 750),
    0: Allowance(50, 580, 10, 1040),
    10: Allowance(47, 730, 10, 2000),
}
# Weekly charge maxima by provider type: (hard) and by needs type (soft: general needs, supported).
HARD_MAXIMA = {
    "scharge": {"LA": 500, "PRP": 800},
    "pscharge": {"LA": 200, "PRP": 700},
    "supcharg": {"LA": 200, "PRP": 800},
}
SOFT_MAXIMA = {
    "scharge": {(1, "LA"): 25, (1, "PRP"): 35, (2, "LA"): 100, (2, "PRP"): 200},
    "pscharge": {(1, "LA"): 25, (1, "PRP"): 35, (2, "LA"): 75, (2, "PRP"): 100},
    "supcharg": {(1, "LA"): 25, (1, "PRP"): 35, (2, "LA"): 75, (2, "PRP"): 85},
}
CHARGE_NAMES = {"scharge": "service charge", "pscharge": "personal service charge", "supcharg": "support charge"}
PROVIDER_NAMES = {"LA": "local authority", "PRP": "private registered provider"}
LETTING_TYPES = {1: "general needs", 2: "supported housing"}
NO_BENEFIT_KNOWN = (3, 9, 10)
HOUSING_BENEFIT = (1, 6)

CHARGE_OVER_MAX = (
    "Enter a value for the %{charge_name} between £0 and %{maximum_per_period} paid %{frequency}. "
    "%{maximum_per_period} is the max limit for rent and charges paid %{frequency} for %{letting_type} lettings "
    "owned by a %{provider_type}."
)
ALL_BENEFITS_ECSTAT = (
    "Answer cannot be ‘full-time’ or ‘part-time’ if ‘all’ household income is from Universal Credit, state pensions "
    "or benefits."
)
ALL_BENEFITS_RELAT = (
    "Tenant %{person_num} cannot be the partner of tenant 1 if ‘all’ household income is from Universal Credit, "
    "state pensions or benefits and tenant %{person_num} works full-time or part-time."
)
INCOME_HIGH = "The household’s income of %{earnings} %{frequency} is too high given the household’s working situation."
INCOME_LOW = "The household’s income of %{earnings} %{frequency} is too low given the household’s working situation."
INCOME_HIGH_ADULTS = (
    "The household’s income of %{earnings} %{frequency} is too high for the number of adults. Change either the "
    "household income or the age of the tenants."
)
COMPLETE_ONE = (
    "Answer either the ‘household rent and charges’ question or ‘is this accommodation a care home‘, or select ‘no’ "
    "for ‘does the household pay rent or charges for the accommodation?’"
)
RENT_FIELDS = (
    "brent",
    "beds",
    "uprn",
    "la",
    "postcode_known",
    "scheme_id",
    "location_id",
    "rent_type",
    "needstype",
    "period",
)


def _rent_messages(below: bool) -> dict[str, str]:
    start = "Rent is below the absolute minimum" if below else "Rent is higher than the absolute maximum"
    expected = f"{start} expected for a property of this type"
    return {
        "beds": f"{expected} based on this number of bedrooms.",
        "uprn": f"{expected} based on this UPRN.",
        "la": f"{expected} based on this local authority.",
        "postcode_known": f"{expected}. Please check the rent, rent period, local authority and number of bedrooms.",
        "scheme_id": f"{expected}. Please check the rent, rent period and local authority.",
        "location_id": f"{expected}. Please check the rent, rent period and local authority.",
        "rent_type": f"{expected} based on this lettings type.",
        "needstype": f"{expected} based on this lettings type.",
        "period": f"{expected} based on this period.",
    }


# Income ------------------------------------------------------------------------------------------


def weekly_net_income(facts: Facts) -> Decimal | None:
    earnings, frequency = facts.number("earnings"), facts.get("incfreq")
    if earnings is None:
        return None
    if frequency == 1:
        return earnings
    if frequency == 2:
        return round_half_up(earnings * 12 / 52, "1")
    if frequency == 3:
        return round_half_up(earnings / 52, "1")
    return None


def _working_situation(facts: Facts, n: int) -> int:
    ecstat = facts.get(f"ecstat{n}")
    if isinstance(ecstat, int) and ecstat in ALLOWANCES:
        return ecstat
    age = facts.get(f"age{n}")
    return CHILD if isinstance(age, int | float) and age < 16 else PREFERS_NOT_TO_SAY


def household_allowance(facts: Facts) -> Allowance | None:
    """The household's weekly income range: the lead tenant's allowance plus each other person's."""
    if facts.get("ecstat1") is None or not facts.people:
        return None
    rows = [ALLOWANCES[_working_situation(facts, n)] for n in facts.people]
    return Allowance(
        sum(r.soft_min for r in rows),
        sum(r.soft_max for r in rows),
        sum(r.hard_min for r in rows),
        sum(r.hard_max for r in rows),
    )


def _income_values(facts: Facts) -> dict[str, str]:
    frequency = facts.label("incfreq").lower() or FREQUENCIES.get(facts.get("incfreq"), "")
    return {"earnings": currency(facts.get("earnings")), "frequency": frequency}


def _income_fields(facts: Facts, ages: bool) -> tuple[str, ...]:
    fields = ["earnings", "hhmemb", *(f"ecstat{n}" for n in facts.people)]
    if ages:
        fields += [f"age{n}" for n in facts.people if facts.get(f"ecstat{n}") == CHILD]
    return tuple(fields)


def income_over_hard_max(facts: Facts) -> Hit | None:
    income, allowance = weekly_net_income(facts), household_allowance(facts)
    if income is None or allowance is None or facts.startdate is None or income <= allowance.hard_max:
        return None
    return Hit(
        fields=_income_fields(facts, ages=True),
        values={**_income_values(facts), "hard_max": currency(allowance.hard_max)},
    )


def income_under_hard_min(facts: Facts) -> Hit | None:
    income, allowance = weekly_net_income(facts), household_allowance(facts)
    if income is None or allowance is None or facts.startdate is None or income >= allowance.hard_min:
        return None
    return Hit(
        fields=_income_fields(facts, ages=False),
        values={**_income_values(facts), "hard_min": currency(allowance.hard_min)},
    )


def incfreq_missing(facts: Facts) -> bool:
    return facts.given("earnings") and not facts.given("incfreq")


def earnings_missing(facts: Facts) -> bool:
    return facts.given("incfreq") and not facts.given("earnings")


def net_income_outside_soft_range(facts: Facts) -> Hit | None:
    income, allowance = weekly_net_income(facts), household_allowance(facts)
    if income is None or allowance is None:
        return None
    if allowance.hard_min <= income <= allowance.soft_min:
        direction = "lower"
    elif allowance.soft_max <= income <= allowance.hard_max:
        direction = "higher"
    else:
        return None
    values = _income_values(facts)
    return Hit(
        values={
            "earnings": values["earnings"],
            "incfreq": values["frequency"],
            "net_income_higher_or_lower_text": direction,
        }
    )


def benefits_all_but_working(facts: Facts) -> Hit | None:
    if facts.get("benefits") != 1:
        return None
    fields: list[str] = []
    messages: dict[str, str] = {}
    if facts.get("ecstat1") in WORKING:
        fields += ["benefits", "ecstat1"]
    for n in range(2, 9):
        if facts.get(f"relat{n}") == "P" and facts.get(f"ecstat{n}") in WORKING:
            fields += ["benefits", f"ecstat{n}", f"relat{n}"]
            messages[f"relat{n}"] = ALL_BENEFITS_RELAT.replace("%{person_num}", str(n))
            break
    return Hit(fields=tuple(dict.fromkeys(fields)), messages=messages) if fields else None


def housing_benefit_but_no_benefit_income(facts: Facts) -> bool:
    return facts.get("hb") in HOUSING_BENEFIT and facts.get("benefits") == 3


# Rent and charges --------------------------------------------------------------------------------


def negative_amount(facts: Facts) -> Hit | None:
    negative = tuple(
        name for name in ("earnings", "brent", "scharge", "pscharge", "supcharg") if (facts.number(name) or 0) < 0
    )
    return Hit(fields=negative) if negative else None


def tshortfall_not_expected(facts: Facts) -> bool:
    return facts.given("tshortfall") and facts.get("hbrentshortfall") != 1


def tshortfall_without_housing_benefit(facts: Facts) -> bool:
    return facts.get("hbrentshortfall") == 1 and (facts.startdate is None or facts.get("hb") in NO_BENEFIT_KNOWN)


def weekly_shortfall(facts: Facts) -> Decimal | None:
    if facts.get("hb") not in HOUSING_BENEFIT:
        return None
    return facts.weekly("tshortfall")


def tshortfall_over_total_charge(facts: Facts) -> bool:
    shortfall, total = weekly_shortfall(facts), facts.weekly("tcharge")
    return shortfall is not None and total is not None and shortfall > total


def tshortfall_not_positive(facts: Facts) -> bool:
    shortfall = weekly_shortfall(facts)
    return shortfall is not None and not tshortfall_over_total_charge(facts) and shortfall < Decimal("0.01")


def total_charge_under_10(facts: Facts) -> bool:
    total = facts.weekly("tcharge")
    return total is not None and Decimal(0) <= total <= Decimal("9.99")


def charges_answered_more_than_once(facts: Facts) -> Hit | None:
    answered = [facts.given("tcharge"), facts.given("chcharge"), facts.get("household_charge") == 1]
    if sum(answered) <= 1:
        return None
    return Hit(fields=tuple(name for name in ("tcharge", "chcharge", "household_charge") if facts.given(name)))


def _charge_over_hard_max(charge: str) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        provider = facts.owner_provider_type
        weekly = facts.weekly(charge)
        if provider not in HARD_MAXIMA[charge] or weekly is None:
            return None
        maximum = HARD_MAXIMA[charge][provider]
        if Decimal(0) <= weekly <= maximum:
            return None
        period_amount = per_period(Decimal(maximum), facts.get("period"))
        return Hit(
            values={
                "charge_name": CHARGE_NAMES[charge],
                "maximum_per_period": currency(period_amount),
                "frequency": facts.label("period").lower(),
                "letting_type": LETTING_TYPES.get(facts.get("needstype"), ""),
                "provider_type": PROVIDER_NAMES[provider],
            }
        )

    test.__name__ = f"{charge}_over_hard_max"
    return test


def _charge_high(charge: str) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        provider = facts.owner_provider_type
        soft_max = SOFT_MAXIMA[charge].get((facts.get("needstype"), provider))
        weekly = facts.weekly(charge)
        if soft_max is None or weekly is None:
            return None
        if soft_max < weekly <= HARD_MAXIMA[charge][provider]:
            return Hit(values={charge: currency(facts.get(charge))})
        return None

    test.__name__ = f"{charge}_high"
    return test


def rent_range_of(facts: Facts) -> RentRange | None:
    """The row of the year's rent ranges for this letting: supported housing uses 0 bedrooms."""
    la, needstype = facts.get("la"), facts.get("needstype")
    lettype = lettype_of(facts.get("rent_type"), needstype, facts.owner_provider_type)
    if not isinstance(la, str) or lettype is None:
        return None
    if needstype == 2:
        beds = 0
    else:
        given = facts.get("beds")
        if not isinstance(given, int):
            return None
        beds = min(given, 4)
    return facts.reference.rent_range(facts.year, la, beds, lettype)


def _weekly_rent_and_range(facts: Facts) -> tuple[Decimal, RentRange] | None:
    if facts.startdate is None:
        return None
    weekly = facts.weekly("brent")
    if weekly is None:
        return None
    found = rent_range_of(facts)
    return (weekly, found) if found else None


def rent_below_hard_min(facts: Facts) -> bool:
    pair = _weekly_rent_and_range(facts)
    return pair is not None and pair[0] < pair[1].hard_min


def rent_above_hard_max(facts: Facts) -> bool:
    pair = _weekly_rent_and_range(facts)
    return pair is not None and pair[0] > pair[1].hard_max


def rent_outside_soft_range(facts: Facts) -> Hit | None:
    pair = _weekly_rent_and_range(facts)
    if pair is None:
        return None
    weekly, found = pair
    beds = facts.get("beds")
    if found.hard_min <= weekly <= found.soft_min:
        direction = "lower"
    elif isinstance(beds, int) and beds > 4 and facts.get("needstype") != 2:
        direction = "higher" if weekly > found.soft_max else ""
    elif found.soft_max <= weekly <= found.hard_max:
        direction = "higher"
    else:
        direction = ""
    if not direction:
        return None
    return Hit(values={"brent": currency(facts.get("brent")), "higher_or_lower": direction})


RULES = (
    hard(
        "financial.benefits_all_but_working",
        BOTH,
        ("benefits", *(f"ecstat{n}" for n in PEOPLE), *(f"relat{n}" for n in range(2, 9))),
        "Answer cannot be ‘all’ for income from Universal Credit, state pensions or benefits if the tenant or their "
        "partner works part-time or full-time.",
        benefits_all_but_working,
        {
            **{f"ecstat{n}": ALL_BENEFITS_ECSTAT for n in PEOPLE},
            **{f"relat{n}": ALL_BENEFITS_RELAT for n in range(2, 9)},
        },
    ),
    hard(
        "financial.income_over_hard_max",
        BOTH,
        ("earnings", "hhmemb", *(f"ecstat{n}" for n in PEOPLE), *(f"age{n}" for n in PEOPLE)),
        "The household’s income cannot be greater than %{hard_max} per week given the household’s working situation.",
        income_over_hard_max,
        {
            "hhmemb": "The household’s income of %{earnings} %{frequency} is too high for this number of tenants. "
            "Change either the household income or number of tenants.",
            **{f"ecstat{n}": INCOME_HIGH for n in PEOPLE},
            **{f"age{n}": INCOME_HIGH_ADULTS for n in PEOPLE},
        },
    ),
    hard(
        "financial.income_under_hard_min",
        BOTH,
        ("earnings", "hhmemb", *(f"ecstat{n}" for n in PEOPLE)),
        "The household’s income cannot be less than %{hard_min} per week given the household’s working situation.",
        income_under_hard_min,
        {
            "hhmemb": "The household’s income of %{earnings} %{frequency} is too low for this number of tenants. "
            "Change either the household income or number of tenants.",
            **{f"ecstat{n}": INCOME_LOW for n in PEOPLE},
        },
    ),
    hard(
        "financial.incfreq_missing",
        BOTH,
        ("incfreq", "earnings"),
        "Select how often the household receives income.",
        incfreq_missing,
    ),
    hard(
        "financial.earnings_missing",
        BOTH,
        ("earnings", "incfreq"),
        "Enter how much income the household has in total.",
        earnings_missing,
    ),
    hard(
        "financial.negative_amount",
        BOTH,
        ("earnings", "brent", "scharge", "pscharge", "supcharg"),
        "Enter an amount above 0.",
        negative_amount,
    ),
    hard(
        "financial.tshortfall_not_expected",
        BOTH,
        ("tshortfall", "hbrentshortfall"),
        "You cannot answer the outstanding amount question if you don’t have outstanding rent or charges.",
        tshortfall_not_expected,
        {"hbrentshortfall": "Answer must be ‘yes’ as you have answered the outstanding amount question."},
    ),
    hard(
        "financial.tshortfall_without_housing_benefit",
        BOTH,
        ("tshortfall",),
        "Answer cannot be ‘yes’ to outstanding amount for basic rent or charges if tenant does not receive housing "
        "benefit or Universal Credit or you‘re not sure.",
        tshortfall_without_housing_benefit,
    ),
    hard(
        "financial.tshortfall_over_total_charge",
        BOTH,
        ("tshortfall", "tcharge"),
        "Enter a value less than the total charge.",
        tshortfall_over_total_charge,
        {"tcharge": "The total charge must be more than the outstanding amount."},
    ),
    hard(
        "financial.tshortfall_not_positive",
        BOTH,
        ("tshortfall",),
        "Enter a value over £0.01 as you told us there is an outstanding amount.",
        tshortfall_not_positive,
    ),
    hard(
        "financial.total_charge_under_10",
        BOTH,
        ("tcharge",),
        "Enter a total charge that is at least £10.00 per week.",
        total_charge_under_10,
    ),
    hard(
        "financial.charges_answered_more_than_once",
        BOTH,
        ("tcharge", "chcharge", "household_charge"),
        COMPLETE_ONE,
        charges_answered_more_than_once,
    ),
    *(
        hard(
            f"financial.{charge}_over_hard_max",
            BOTH,
            (charge, "period"),
            CHARGE_OVER_MAX,
            _charge_over_hard_max(charge),
        )
        for charge in ("scharge", "pscharge", "supcharg")
    ),
    hard(
        "financial.rent_below_hard_min",
        BOTH,
        RENT_FIELDS,
        "Rent is below the absolute minimum expected for a property of this type. Please check the rent, rent "
        "period, local authority and (if general needs) number of bedrooms.",
        rent_below_hard_min,
        _rent_messages(below=True),
    ),
    hard(
        "financial.rent_above_hard_max",
        BOTH,
        RENT_FIELDS,
        "Rent is higher than the absolute maximum expected for a property of this type. Please check the rent, rent "
        "period, local authority and (if general needs) number of bedrooms.",
        rent_above_hard_max,
        _rent_messages(below=False),
    ),
    hard(
        "financial.housing_benefit_but_no_benefit_income",
        (2026,),
        ("hb", "benefits"),
        "You answered that none of the household’s income is from Universal Credit, state pensions or benefits, but "
        "also that the tenant is likely to be receiving Universal Credit or housing benefit.",
        housing_benefit_but_no_benefit_income,
    ),
)

SOFT_RULES = (
    soft(
        "soft.rent_outside_soft_range",
        BOTH,
        ("brent", "period", "startdate", "uprn", "postcode_full", "la", "beds", "rent_type", "needstype"),
        "You told us the rent is %{brent}.",
        rent_outside_soft_range,
        confirm_field="rent_value_check",
        informative_text="This is %{higher_or_lower} than we would expect.",
    ),
    soft(
        "soft.net_income_outside_soft_range",
        BOTH,
        (
            "incfreq",
            "earnings",
            "hhmemb",
            "ecstat1",
            *(f"{name}{n}" for n in range(2, 9) for name in ("age", "ecstat")),
        ),
        "You told us that the household’s income is %{earnings} %{incfreq}.",
        net_income_outside_soft_range,
        confirm_field="net_income_value_check",
        informative_text="This is %{net_income_higher_or_lower_text} than we would expect for the household’s "
        "working situation.",
    ),
    soft(
        "soft.scharge_high",
        BOTH,
        ("period", "needstype", "scharge"),
        "This is higher than we would expect.",
        _charge_high("scharge"),
        confirm_field="scharge_value_check",
    ),
    soft(
        "soft.pscharge_high",
        BOTH,
        ("period", "needstype", "pscharge"),
        "You told us the personal service charge is %{pscharge}.",
        _charge_high("pscharge"),
        confirm_field="pscharge_value_check",
        informative_text="This is higher than we would expect.",
    ),
    soft(
        "soft.supcharg_high",
        BOTH,
        ("period", "needstype", "supcharg"),
        "You told us the support charge is %{supcharg}.",
        _charge_high("supcharg"),
        confirm_field="supcharg_value_check",
        informative_text="This is higher than we would expect.",
    ),
)
