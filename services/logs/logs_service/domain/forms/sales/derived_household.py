"""Household values derived from a sale's person answers (reference `derived_variables.json`, sales):
the counts of children, adults and elders, the household type, children's working situation (reset when
a person's age changes) and whether each buyer lives in the property."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.people import age_of, count_elders

PERSONS = range(1, 7)  # a sale records up to six people
OTHER_PERSONS = range(2, 7)
CHILD_UNDER_16 = 9  # ecstat "Child under 16"
CHILD_RELATIONSHIP = "C"
JOINT = 1
LIVES_IN, DOES_NOT_LIVE_IN = 1, 2


def total_children(answers: Mapping[str, Any]) -> int:
    """Persons 2-6 under 18, or under 20 and a child of the buyer."""
    return sum(
        1
        for n in OTHER_PERSONS
        if (age := age_of(answers, n)) is not None
        and (age < 18 or (age < 20 and answers.get(f"relat{n}") == CHILD_RELATIONSHIP))
    )


def total_adults_under_60(answers: Mapping[str, Any]) -> int:
    """Buyer 1 aged 16-59, and persons 2-6 aged 20-59 or 18-19 and not a child of the buyer."""
    buyer = 1 if (age := age_of(answers, 1)) is not None and 16 <= age <= 59 else 0
    others = sum(
        1
        for n in OTHER_PERSONS
        if (age := age_of(answers, n)) is not None
        and (20 <= age <= 59 or (18 <= age <= 19 and answers.get(f"relat{n}") != CHILD_RELATIONSHIP))
    )
    return buyer + others


def household_type(elders: int, adults: int, children: int) -> int:
    """1 one elder only; 2 two elders only; 3 one adult only; 4 two adults only; 5 one adult with
    children; 6 two or more adults with children; 9 any other household."""
    if adults == 0 and children == 0 and elders in (1, 2):
        return elders
    if elders == 0 and children == 0 and adults in (1, 2):
        return adults + 2
    if elders == 0 and children >= 1 and adults >= 1:
        return 5 if adults == 1 else 6
    return 9


def derive_household(
    start_year: int, answers: Mapping[str, Any], derived: dict[str, Any], changes: AnswerChanges
) -> None:
    if any(age_of(answers, n) is not None for n in PERSONS):
        elders, adults = count_elders(answers, PERSONS), total_adults_under_60(answers)
        children = total_children(answers)
        derived["totchild"] = children
        derived["totadult"] = adults + elders  # the export's adult count includes elders
        derived["hhtype"] = household_type(elders, adults, children)
    _children_not_working(answers, derived, changes)
    _buyers_live_in(answers, derived)
    if start_year >= 2026:
        for n in PERSONS:
            if answers.get(f"gender_same_as_sex{n}") != 2:
                derived.pop(f"gender_description{n}", None)


def _children_not_working(answers: Mapping[str, Any], derived: dict[str, Any], changes: AnswerChanges) -> None:
    """A person (other than the buyers) under 16 is a child; one whose age changes loses that answer
    unless still under 16."""
    first = 3 if answers.get("jointpur") == JOINT else 2
    for n in range(first, 7):
        if changes.changed(f"age{n}") and answers.get(f"ecstat{n}") == CHILD_UNDER_16:
            derived.pop(f"ecstat{n}", None)
        age = age_of(answers, n)
        if age is not None and age < 16:
            derived[f"ecstat{n}"] = CHILD_UNDER_16


def _buyers_live_in(answers: Mapping[str, Any], derived: dict[str, Any]) -> None:
    lives_in, joint = answers.get("buylivein"), answers.get("jointpur") == JOINT
    if lives_in == DOES_NOT_LIVE_IN:
        derived["buy1livein"] = DOES_NOT_LIVE_IN
        if joint:
            derived["buy2livein"] = DOES_NOT_LIVE_IN
    elif lives_in == LIVES_IN and not joint:
        derived["buy1livein"] = LIVES_IN
