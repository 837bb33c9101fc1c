"""What a letting's person answers give the other people (reference `derived_variables.json`, lettings
ecstat2-ecstat8 and relat2-relat8): a person under 16 is a child (working situation 9; from 2026/27 not the lead
tenant's partner either), answers a person's age change takes back, and, from 2026/27, one partner at most."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.people import age_of, whole

OTHER_PERSONS = range(2, 9)  # a letting records up to eight people; person 1 is the lead tenant
MOST_PERSONS = 8
CHILD_AGE = 16
CHILD_UNDER_16 = 9  # ecstat "Child under 16"
PARTNER, NOT_PARTNER = "P", "X"  # relat, from 2026/27: "Is tenant N the partner of tenant 1?"


def derive_people(start_year: int, derived: dict[str, Any], changes: AnswerChanges) -> None:
    """In the live service's order: the one partner first, then what age changes take back, then children."""
    asks_partner = start_year >= 2026
    if asks_partner:
        _one_partner_at_most(derived, changes)
    for n in OTHER_PERSONS:
        if changes.changed(f"age{n}"):
            _forget_child_answers(n, derived, changes.before, asks_partner)
        age = age_of(derived, n)
        if age is not None and age < CHILD_AGE:
            derived[f"ecstat{n}"] = CHILD_UNDER_16
            if asks_partner:
                derived[f"relat{n}"] = NOT_PARTNER


def _forget_child_answers(n: int, derived: dict[str, Any], before: Mapping[str, Any], asks_partner: bool) -> None:
    """A child's working situation goes with an age change (given back at once when still under 16); the "not a
    partner" of a person who was under 16 too. A "No" answered for an adult is kept."""
    if derived.get(f"ecstat{n}") == CHILD_UNDER_16:
        del derived[f"ecstat{n}"]
    was = age_of(before, n)
    if asks_partner and derived.get(f"relat{n}") == NOT_PARTNER and was is not None and was < CHILD_AGE:
        del derived[f"relat{n}"]


def _one_partner_at_most(derived: dict[str, Any], changes: AnswerChanges) -> None:
    """A person newly answered as the partner makes every other person with details, partner or not yet
    answered, not the partner."""
    partners = [n for n in OTHER_PERSONS if derived.get(f"relat{n}") == PARTNER and changes.changed(f"relat{n}")]
    members = whole(derived.get("hhmemb"))
    if not partners or members is None:
        return
    for n in range(2, min(members, MOST_PERSONS) + 1):
        if n != partners[0] and derived.get(f"relat{n}") in (PARTNER, None):
            derived[f"relat{n}"] = NOT_PARTNER
