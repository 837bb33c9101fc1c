"""Values the service works out from a letting's answers (reference `derived_variables.json`, lettings), in the
live service's order: values a changed answer makes inapplicable go first (`derived_changes`), then the address
rules (`address_changes`), then the values worked out from the answers, the people's (`derived_people`) among
them. So far the values the form itself shows or routes on, and a renewal's previous address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms import address_changes
from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.lettings.derived_changes import (
    NEW_BUILD,
    choose_address_entry_for_new_builds,
    forget_address_of_replaced_location,
    forget_for_changed_setup,
)
from logs_service.domain.forms.lettings.derived_people import derive_people
from logs_service.domain.validation.reference import ReferenceData

RENTTYPE = {0: 1, 1: 2, 2: 2, 3: 3, 4: 3, 5: 3, 6: 4}  # rent_type -> grouped rent type
IRPRODUCT = {3: 1, 4: 2, 5: 3}
FIRST_LETS = (15, 16, 17)
CHARGES = ("brent", "scharge", "pscharge", "supcharg")
BEDSIT = 2
RENEWAL = 1
PREVIOUS_POSTCODE_KNOWN = {1: 0, 0: 1}  # postcode_known (1 known) -> ppcodenk (0 known)


def derive_lettings_answers(
    start_year: int, answers: Mapping[str, Any], changes: AnswerChanges, reference: ReferenceData | None = None
) -> dict[str, Any]:
    derived = dict(answers)
    forget_for_changed_setup(derived, changes)
    choose_address_entry_for_new_builds(start_year, derived, changes)
    derived = address_changes.settle_address_changes(
        address_changes.LETTINGS, derived, changes, reference, keep_found_address=derived.get("rsnvac") == NEW_BUILD
    )
    forget_address_of_replaced_location(start_year, derived, changes)
    rent_type = derived.get("rent_type")
    _set(derived, "renttype", RENTTYPE.get(rent_type) if rent_type is not None else None)
    _set(derived, "irproduct", IRPRODUCT.get(rent_type) if rent_type is not None else None)
    _set(derived, "lar", {2: 1, 1: 2}.get(rent_type) if rent_type is not None else None)
    rsnvac = derived.get("rsnvac")
    _set(derived, "newprop", (1 if rsnvac in FIRST_LETS else 2) if rsnvac is not None else None)
    if derived.get("unittype_gn") == BEDSIT:  # a bedsit has one bedroom
        derived["beds"] = 1
    if any(derived.get(name) is not None for name in CHARGES):
        total = sum(float(derived.get(name) or 0) for name in CHARGES)
        derived["tcharge"] = round(total, 2)
    _set(derived, "nocharge", derived.get("household_charge"))
    if derived.get("renewal") == RENEWAL:
        _previous_home_of_renewal(derived)
    derive_people(start_year, derived, changes)
    return derived


def _previous_home_of_renewal(derived: dict[str, Any]) -> None:
    """A renewal is to the same tenant in the same property: the household's last settled home is the property
    (its previous-address questions are not asked)."""
    la = derived.get("la")
    _set(derived, "ppostcode_full", derived.get("postcode_full"))
    postcode_known = derived.get("postcode_known")
    _set(derived, "ppcodenk", PREVIOUS_POSTCODE_KNOWN.get(postcode_known) if postcode_known is not None else None)
    _set(derived, "is_previous_la_inferred", derived.get("is_la_inferred"))
    _set(derived, "previous_la_known", 1 if la else None)
    _set(derived, "prevloc", la)


def _set(answers: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        answers.pop(name, None)
    else:
        answers[name] = value
