"""Values the service works out from a letting's answers (reference `derived_variables.json`, lettings), in the
live service's order: values a changed answer makes inapplicable go first (`derived_changes`, `derived_renewal`,
and those derived while answers hold: the renewal's, the income refused flag), then the address rules
(`address_changes`), then the values worked out from the answers: the letting's own, its money
(`derived_money`), its people (`derived_people`, `derived_household`), a renewal's (`derived_renewal`), the
tenant's, and the unticked options of ticked checkboxes.

Where the live service works a value out from values worked out later in the same save (the household counts
before a new partner makes the others not partners, the tenant's new or existing status before a renewal's
previous tenure), the value is worked out last here, so that one save leaves the values agreeing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms import address_changes
from logs_service.domain.forms.answer_types import read_date
from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.derived_values import (
    ValuedDependency,
    fill_unticked_options,
    forget_values_of_moved_answers,
    set_or_forget,
    set_values_of_held_answers,
)
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.lettings.derived_changes import (
    ADDRESS,
    NEW_BUILD,
    SUPPORTED_HOUSING,
    choose_address_entry_for_new_builds,
    forget_address_of_replaced_location,
    forget_for_changed_setup,
)
from logs_service.domain.forms.lettings.derived_household import derive_household
from logs_service.domain.forms.lettings.derived_money import INCOME_REFUSED, derive_money
from logs_service.domain.forms.lettings.derived_people import derive_people
from logs_service.domain.forms.lettings.derived_renewal import (
    RENEWAL,
    derive_renewal,
    forget_renewal_answers,
    renewal_dependency,
)
from logs_service.domain.forms.linked import NOTHING_LINKED, LinkedRecords
from logs_service.domain.forms.people import keep_group_nationality, refuse_ethnic_background
from logs_service.domain.validation.reference import ReferenceData, lettype_of

RENTTYPE: dict[Any, int] = {0: 1, 1: 2, 2: 2, 3: 3, 4: 3, 5: 3, 6: 4}  # rent_type -> grouped rent type
IRPRODUCT: dict[Any, int] = {3: 1, 4: 2, 5: 3}
LONDON_AFFORDABLE_RENT: dict[Any, int] = {2: 1, 1: 2}  # rent_type -> lar
FIRST_LETS = (15, 16, 17)
BEDSIT = 2
WHEELCHAIR_USER_STANDARD = "W"  # a location's mobility type
SOCIAL_TENANCIES = (6, 30, 31, 32, 33, 34, 35)  # prevten: the tenant is already in social housing
REFERRALS_WITHIN_SECTOR = (1, 10)  # internal transfer, a different PRP landlord
REFERRAL_OF_REFERRAL_TYPE: dict[Any, int] = {6: 7, 7: 16}  # voluntary agency, other: no detailed question follows


def derive_lettings_answers(
    form: Form,
    answers: Mapping[str, Any],
    changes: AnswerChanges,
    reference: ReferenceData | None = None,
    linked: LinkedRecords = NOTHING_LINKED,
) -> dict[str, Any]:
    start_year = form.start_year
    dependencies = _dependencies(start_year)
    derived = dict(answers)
    forget_values_of_moved_answers(dependencies, derived, changes)
    forget_for_changed_setup(derived, changes)
    forget_renewal_answers(derived, changes)
    set_values_of_held_answers(dependencies, derived)
    choose_address_entry_for_new_builds(start_year, derived, changes)
    derived = address_changes.settle_address_changes(
        address_changes.LETTINGS, derived, changes, reference, keep_found_address=derived.get("rsnvac") == NEW_BUILD
    )
    forget_address_of_replaced_location(start_year, derived, changes)
    _derive_letting(derived, linked)
    derive_money(derived, changes)
    derive_people(start_year, derived, changes)
    derive_household(derived)
    if derived.get("renewal") == RENEWAL:
        derive_renewal(derived, linked.owner_provider_type)
    _derive_tenant(derived)
    if start_year < 2026 and derived.get("needstype") == SUPPORTED_HOUSING:
        for name in ADDRESS:  # the address is the location's, not asked
            derived.pop(name, None)
    fill_unticked_options(form, derived)
    return derived


def _dependencies(start_year: int) -> tuple[ValuedDependency, ...]:
    return (renewal_dependency(start_year), *INCOME_REFUSED)


def _derive_letting(derived: dict[str, Any], linked: LinkedRecords) -> None:
    rent_type, needstype = derived.get("rent_type"), derived.get("needstype")
    set_or_forget(derived, "renttype", RENTTYPE.get(rent_type))
    set_or_forget(derived, "lettype", lettype_of(rent_type, needstype, linked.owner_provider_type))
    set_or_forget(derived, "irproduct", IRPRODUCT.get(rent_type))
    set_or_forget(derived, "lar", LONDON_AFFORDABLE_RENT.get(rent_type))
    rsnvac = derived.get("rsnvac")
    set_or_forget(derived, "newprop", (1 if rsnvac in FIRST_LETS else 2) if rsnvac is not None else None)
    if derived.get("unittype_gn") == BEDSIT:  # a bedsit has one bedroom
        derived["beds"] = 1
    set_or_forget(derived, "nocharge", derived.get("household_charge"))
    if needstype == SUPPORTED_HOUSING and linked.location_mobility_type is not None:
        derived["wchair"] = 1 if linked.location_mobility_type == WHEELCHAIR_USER_STANDARD else 2


def _derive_tenant(derived: dict[str, Any]) -> None:
    start = read_date(derived.get("startdate"))
    existing = derived.get("prevten") in SOCIAL_TENANCIES or derived.get("referral") in REFERRALS_WITHIN_SECTOR
    set_or_forget(derived, "new_old", None if start is None else 2 if existing else 1)
    vacant_since = read_date(derived.get("mrcdate") or derived.get("voiddate"))
    set_or_forget(derived, "vacdays", (start - vacant_since).days if start and vacant_since else None)
    keep_group_nationality(derived, derived, "nationality_all_group", "nationality_all")
    refuse_ethnic_background(derived, derived)
    referral = REFERRAL_OF_REFERRAL_TYPE.get(derived.get("referral_type"))
    if referral is not None:
        derived["referral"] = referral
