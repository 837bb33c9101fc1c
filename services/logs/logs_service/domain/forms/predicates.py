"""Named routing predicates: rules that need more than one answer, the caller or reference data.

Definitions name them in `when(...)` conditions with the live service's method names ("is_renewal?"),
so the routing reads as the live form's does. Each is small and tested on its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from logs_service.domain.forms.model import FormContext
from logs_service.domain.validation.engine import soft_check_fires
from logs_service.domain.validation.model import Facts
from logs_service.domain.validation.reference import EMPTY_REFERENCE

# Choices sources: lists filled in by the service from other services.
STOCK_OWNERS = "stock_owners"
MANAGING_AGENTS = "managing_agents"
USERS = "users"
SCHEMES = "schemes"
LOCATIONS = "locations"
LOCAL_AUTHORITIES = "local_authorities"
ENGLISH_LOCAL_AUTHORITIES = "english_local_authorities"  # where a property may be: CORE records England only

MAX_PEOPLE = 8
RETIREMENT_AGE = 66
RETIRED, PREFERS_NOT_TO_SAY = 5, 10
LONG_TERM_SICK = 8
RELET_REASONS = frozenset({5, 6, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21, 22})
WEEKLY_PERIODS = frozenset({1, 5, 6, 7, 8, 9, 10, 11})
LARGE_SCHEME = 19


def stock_owner_choice_needed(context: FormContext) -> bool:
    """Ask only when there is a choice: with one possible owner the service sets it itself."""
    return len(context.choices.options(STOCK_OWNERS, context.answers)) > 1


def managing_agent_choice_needed(context: FormContext) -> bool:
    return len(context.choices.options(MANAGING_AGENTS, context.answers)) > 1


def assigned_user_choice_needed(context: FormContext) -> bool:
    """Support users and data coordinators pick who the log is assigned to."""
    return context.may_assign


def _answer(context: FormContext, name: str) -> Any:
    return context.answers.get(name)


def _people(context: FormContext) -> range:
    members = _answer(context, "hhmemb")
    return range(1, min(members, MAX_PEOPLE) + 1) if isinstance(members, int) else range(0)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _date_in_soft_range(context: FormContext, name: str) -> bool:
    """Between 20 years (10 before 2025/26) and 2 years before the tenancy start date."""
    given, start = _answer(context, name), _answer(context, "startdate")
    if not given or not start:
        return False
    start_day = date.fromisoformat(start)
    oldest = _years_before(start_day, 20 if context.start_year >= 2025 else 10)
    return oldest <= date.fromisoformat(given) <= _years_before(start_day, 2)


def _retired_under_soft_min_age(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age, ecstat = _answer(context, f"age{n}"), _answer(context, f"ecstat{n}")
        return age is not None and ecstat == RETIRED and age < RETIREMENT_AGE

    return check


def _not_retired_over_soft_max_age(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age, ecstat = _answer(context, f"age{n}"), _answer(context, f"ecstat{n}")
        return age is not None and ecstat is not None and age > RETIREMENT_AGE and ecstat not in (RETIRED, 10)

    return check


def _partner_under_16(n: int) -> Callable[[FormContext], bool]:
    def check(context: FormContext) -> bool:
        age = _answer(context, f"age{n}")
        return _answer(context, f"relat{n}") == "P" and age is not None and age < 16

    return check


def multiple_partners(context: FormContext) -> bool:
    return sum(_answer(context, f"relat{n}") == "P" for n in _people(context) if n > 1) > 1


def _is_male(context: FormContext, n: int) -> bool:
    if context.start_year >= 2026:
        return _answer(context, f"sexrab{n}") == "M" and _answer(context, f"gender_same_as_sex{n}") == 1
    return _answer(context, f"sex{n}") == "M"


def all_male_tenants_in_a_pregnant_household(context: FormContext) -> bool:
    people = _people(context)
    if _answer(context, "preg_occ") != 1 or not people or _answer(context, "hhmemb") > MAX_PEOPLE:
        return False
    return all(_is_male(context, n) for n in people)


def _female_ages(context: FormContext, female: str, name: str) -> list[Any] | None:
    """Ages of household members whose `name` answer is `female`; None while any is unanswered."""
    people = _people(context)
    if not people or any(_answer(context, f"age{n}") is None or _answer(context, f"{name}{n}") is None for n in people):
        return None
    return [_answer(context, f"age{n}") for n in people if _answer(context, f"{name}{n}") == female]


def non_males_in_pregnant_household_not_in_pregnancy_range(context: FormContext) -> bool:
    if _answer(context, "preg_occ") != 1:
        return False
    ages = _female_ages(context, "F", "sex")
    return bool(ages) and not any(16 <= age <= 50 for age in ages or ())


def no_household_member_likely_to_be_pregnant(context: FormContext) -> bool:
    if _answer(context, "preg_occ") != 1:
        return False
    people = _people(context)
    if people and all(_is_male(context, n) for n in people):
        return True
    if not people or any(_answer(context, f"age{n}") is None for n in people):
        return False
    others = [n for n in people if not _is_male(context, n)]
    return bool(others) and not any(13 <= _answer(context, f"age{n}") <= 55 for n in others)


def sickness_but_household_illness_no(context: FormContext) -> bool:
    return _answer(context, "illness") == 2 and any(
        _answer(context, f"ecstat{n}") == LONG_TERM_SICK for n in range(1, MAX_PEOPLE + 1)
    )


def _mentions(name: str, pattern: re.Pattern[str]) -> Callable[[FormContext], bool]:
    return lambda context: bool(pattern.search(str(_answer(context, name) or "")))


REASON_PHRASES = re.compile(
    r"\b(decant(ed)?|refugee|asylum|ukraine|ukrainian|army|military|domestic (abuse|violence)|da|dv|"
    r"relationship breakdown|overcrowd(ing|ed)|too small|more space|bigger property|damp|mould|fire|"
    r"repossession|death|deceased|passed away|prison|hospital)\b",
    re.IGNORECASE,
)
STARTER_WORDS = re.compile(r"\b(introductory|intro|starter)\b", re.IGNORECASE)


def _scheme_locations(context: FormContext) -> int:
    return len(context.choices.options(LOCATIONS, context.answers)) if _answer(context, "scheme_id") else 0


def not_yet_checked(_context: FormContext) -> bool:
    """Soft checks not checked yet (the sales ones): never shown."""
    return False


def validation_facts(context: FormContext) -> Facts:
    """What the validation engine's rules look at, from what routing sees."""
    return Facts(
        context.answers,
        context.start_year,
        context.today,
        owner_provider_type=context.owner_provider_type,
        reference=context.reference if context.reference is not None else EMPTY_REFERENCE,
        had_startdate=context.saved_startdate is not None,
    )


def soft_check(rule_id: str) -> Callable[[FormContext], bool]:
    """The interruption page of a soft rule of the validation engine is shown while the rule fires."""
    return lambda context: soft_check_fires(rule_id, validation_facts(context))


NAMED: dict[str, Callable[[FormContext], Any]] = {
    "is_renewal?": lambda c: _answer(c, "renewal") == 1,
    "is_general_needs?": lambda c: _answer(c, "needstype") == 1,
    "is_supported_housing?": lambda c: _answer(c, "needstype") == 2,
    "form.start_year_2025_or_later?": lambda c: c.start_year >= 2025,
    "is_address_asked?": lambda c: c.start_year >= 2026 or _answer(c, "needstype") != 2,
    "address_search_given?": lambda c: bool(_answer(c, "address_line1_input") and _answer(c, "postcode_full_input")),
    "is_beds_inferred?": lambda c: _answer(c, "unittype_gn") == 2,
    "affordable_or_social_rent?": lambda c: _answer(c, "rent_type") in (0, 1, 2),
    "la_referral_for_general_needs?": lambda c: _answer(c, "needstype") == 1 and _answer(c, "referral") == 4,
    "starter_tenancy?": lambda c: _answer(c, "startertenancy") == 1,
    "tenancy_type_fixed_term?": lambda c: _answer(c, "tenancy") in (4, 6),
    "tenancy_type_periodic?": lambda c: _answer(c, "tenancy") == 8,
    "vacancy_reason_not_renewal_or_first_let?": lambda c: _answer(c, "rsnvac") in RELET_REASONS,
    "voiddate_in_soft_range?": lambda c: _date_in_soft_range(c, "voiddate"),
    "major_repairs_date_in_soft_range?": lambda c: _date_in_soft_range(c, "mrcdate"),
    "receives_housing_related_benefits?": lambda c: _answer(c, "hb") in (1, 6),
    "has_housing_benefit_rent_shortfall?": lambda c: _answer(c, "hbrentshortfall") == 1,
    "rent_and_charges_paid_weekly?": lambda c: _answer(c, "period") in WEEKLY_PERIODS,
    "rent_and_charges_paid_every_2_weeks?": lambda c: _answer(c, "period") == 2,
    "rent_and_charges_paid_every_4_weeks?": lambda c: _answer(c, "period") == 3,
    "rent_and_charges_paid_monthly?": lambda c: _answer(c, "period") == 4,
    "multiple_partners?": multiple_partners,
    "all_male_tenants_in_a_pregnant_household?": all_male_tenants_in_a_pregnant_household,
    "non_males_in_pregnant_household_not_in_pregnancy_range?": non_males_in_pregnant_household_not_in_pregnancy_range,
    "no_household_member_likely_to_be_pregnant?": no_household_member_likely_to_be_pregnant,
    "at_least_one_working_situation_is_sickness_and_household_sickness_is_no?": sickness_but_household_illness_no,
    "reasonother_might_be_existing_category?": _mentions("reasonother", REASON_PHRASES),
    "tenancyother_might_be_introductory_or_starter_period?": _mentions("tenancyother", STARTER_WORDS),
    "scheme_has_multiple_locations?": lambda c: _scheme_locations(c) > 1,
    "scheme_has_large_number_of_locations?": lambda c: _scheme_locations(c) > LARGE_SCHEME,
    "rent_soft_validation_triggered?": soft_check("soft.rent_outside_soft_range"),
    "net_income_soft_validation_triggered?": soft_check("soft.net_income_outside_soft_range"),
    "scharge_in_soft_max_range?": soft_check("soft.scharge_high"),
    "pscharge_in_soft_max_range?": soft_check("soft.pscharge_high"),
    "supcharg_in_soft_max_range?": soft_check("soft.supcharg_high"),
    "owning_organisation_is_local_authority?": lambda c: c.owner_provider_type == "LA",
    "owning_organisation_is_private_registered_provider?": lambda c: c.owner_provider_type == "PRP",
    "non_location_setup_questions_completed?": lambda c: non_location_setup_questions_completed(c, c.setup_pages),
    **{f"person_{n}_retired_under_soft_min_age?": _retired_under_soft_min_age(n) for n in range(1, 9)},
    **{f"person_{n}_not_retired_over_soft_max_age?": _not_retired_over_soft_max_age(n) for n in range(1, 9)},
    **{f"person_{n}_partner_under_16?": _partner_under_16(n) for n in range(2, 9)},
}


def non_location_setup_questions_completed(context: FormContext, setup_pages: Any) -> bool:
    """Every shown set-up question answered, ignoring optional ones and the scheme and location."""
    ignored = {"scheme_id", "location_id"}
    # required_questions leaves out a question its page has not revealed (`conditional_for`).
    return not any(
        not q.is_answered(context.answers)
        for page in setup_pages
        if page.is_routed(context)
        for q in page.required_questions(context.answers)
        if q.id not in ignored
    )
