"""A letting's household counts, household type, whether any person detail was refused, and the housing needs
flags (reference `derived_variables.json`, lettings totchild, totelder, totadult, hhtype, refused, housingneeds_*),
worked out on every save as the live service does: an empty household counts 0 (household type 9)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.derived_values import set_or_forget
from logs_service.domain.forms.lettings.derived_people import CHILD_AGE, OTHER_PERSONS
from logs_service.domain.forms.people import ELDER_AGE, age_of, count_elders

PERSONS = range(1, 9)
ADULT_AGE = 18
YOUNG_ADULT_RELATIONSHIPS = ("P", "X")  # partner, other: a 16 or 17 year old counted as an adult
REFUSED = "R"  # sex, sex at birth, relationship: prefers not to say
WORK_REFUSED = 10  # ecstat: prefers not to say
DETAILS_NOT_KNOWN = AGE_NOT_KNOWN = 1  # details_known_N, ageN_known
HAS_NEEDS, NO_NEEDS, NEEDS_NOT_KNOWN = 1, 2, 3  # housingneeds
# housingneeds_type answers that are themselves a flag: fully wheelchair accessible, wheelchair access to
# essential rooms, level access
NEEDS_TYPE_FLAGS = {"housingneeds_a": 0, "housingneeds_b": 1, "housingneeds_c": 2}
OTHER_NEEDS = 1  # housingneeds_other: yes


def derive_household(derived: dict[str, Any]) -> None:
    elders, adults, children = count_elders(derived, PERSONS), total_adults_under_60(derived), total_children(derived)
    derived.update(totelder=elders, totadult=adults, totchild=children, hhtype=household_type(elders, adults, children))
    derived["refused"] = 1 if any_person_detail_refused(derived) else 0
    _housing_needs(derived)


def total_children(answers: Mapping[str, Any]) -> int:
    """Persons aged under 16 (from 2025/26)."""
    return sum(1 for n in PERSONS if (age := age_of(answers, n)) is not None and age < CHILD_AGE)


def total_adults_under_60(answers: Mapping[str, Any]) -> int:
    """The lead tenant aged 16-59, and each other person aged 18-59, or 16-17 and a partner or other relation."""
    lead = 1 if (age := age_of(answers, 1)) is not None and CHILD_AGE <= age < ELDER_AGE else 0
    return lead + sum(1 for n in OTHER_PERSONS if _counts_as_adult(answers, n))


def _counts_as_adult(answers: Mapping[str, Any], person: int) -> bool:
    age = age_of(answers, person)
    if age is None:
        return False
    young = CHILD_AGE <= age < ADULT_AGE and answers.get(f"relat{person}") in YOUNG_ADULT_RELATIONSHIPS
    return young or ADULT_AGE <= age < ELDER_AGE


def household_type(elders: int, adults: int, children: int) -> int:
    """First match wins: 1 one elder alone; 2 two people, at least one an elder (children not considered);
    3 one adult alone; 4 two adults alone; 5 one adult with children; 6 two or more adults with children, no
    elders; 9 any other household."""
    if elders == 1 and adults == 0 and children == 0:
        return 1
    if elders + adults == 2 and elders >= 1:
        return 2
    if elders == 0 and adults >= 1:
        if children == 0 and adults <= 2:
            return adults + 2
        if children >= 1:
            return 5 if adults == 1 else 6
    return 9


def any_person_detail_refused(answers: Mapping[str, Any]) -> bool:
    return (
        any(answers.get(f"details_known_{n}") == DETAILS_NOT_KNOWN for n in OTHER_PERSONS)
        or any(answers.get(f"age{n}_known") == AGE_NOT_KNOWN for n in PERSONS)
        or any(answers.get(f"{name}{n}") == REFUSED for name in ("sex", "sexrab") for n in PERSONS)
        or any(answers.get(f"relat{n}") == REFUSED for n in OTHER_PERSONS)
        or any(answers.get(f"ecstat{n}") == WORK_REFUSED for n in PERSONS)
    )


def _housing_needs(derived: dict[str, Any]) -> None:
    """Each flag 1 or 0 once the housing needs question is answered; the needs types and other needs only count
    when the household has needs. Forgotten with that answer (the live service leaves them)."""
    needs = derived.get("housingneeds")
    has_needs = needs == HAS_NEEDS
    flags = {name: has_needs and derived.get("housingneeds_type") == code for name, code in NEEDS_TYPE_FLAGS.items()}
    flags["housingneeds_f"] = has_needs and derived.get("housingneeds_other") == OTHER_NEEDS
    flags["housingneeds_g"] = needs == NO_NEEDS
    flags["housingneeds_h"] = needs == NEEDS_NOT_KNOWN
    for name, flag in flags.items():
        set_or_forget(derived, name, None if needs is None else int(flag))
