"""Letting answers the service resets only when a particular answer changes in a save (reference
`derived_variables.json`, lettings; the live service's `*_changed?` rules): a former bedsit's one bedroom, the
location (and its wheelchair standard) of a letting no longer supported housing, whether the address is typed in
when the vacancy becomes or stops being a new-build first let, and, from 2026/27, the address and local authority
of a location replaced."""

from __future__ import annotations

from typing import Any

from logs_service.domain.forms.changes import AnswerChanges

BEDSIT = 2  # unittype_gn
GENERAL_NEEDS, SUPPORTED_HOUSING = 1, 2  # needstype
NEW_BUILD = 15  # rsnvac "First let of new-build property"
MANUAL_ENTRY = "manual_address_entry_selected"
ADDRESS_ANSWERS = ("uprn", "address_line1", "address_line2", "town_or_city", "county", "postcode_full")
# What the live `reset_address_fields!` clears: the address and the search's bookkeeping.
ADDRESS = (*ADDRESS_ANSWERS, "uprn_known", "uprn_confirmed")


def forget_for_changed_setup(derived: dict[str, Any], changes: AnswerChanges) -> None:
    """The live `clear_inapplicable_derived_values!`: values that no longer apply once their answer moved."""
    if changes.changed("needstype", was=SUPPORTED_HOUSING):
        derived.pop("location_id", None)  # kept while unrouted, as in the reference, so cleared here
        derived.pop("wchair", None)
    if changes.changed("unittype_gn", was=BEDSIT):
        derived.pop("beds", None)  # a bedsit's one bedroom was worked out, not answered


def choose_address_entry_for_new_builds(start_year: int, derived: dict[str, Any], changes: AnswerChanges) -> None:
    """A new-build's address is typed in (it is not in the address search yet): from 2025/26 for general needs,
    from 2026/27 for every letting. Once the vacancy is no longer a new-build, an address typed in without a
    UPRN stays typed in; otherwise the address is searched for."""
    if not (start_year >= 2026 or derived.get("needstype") == GENERAL_NEEDS):
        return
    no_uprn = derived.get("uprn") is None
    if changes.changed("rsnvac", to=NEW_BUILD):
        if no_uprn:
            derived[MANUAL_ENTRY] = True
    elif changes.changed("rsnvac", was=NEW_BUILD):
        derived[MANUAL_ENTRY] = no_uprn and bool(derived.get("address_line1") and derived.get("town_or_city"))


def forget_address_of_replaced_location(start_year: int, derived: dict[str, Any], changes: AnswerChanges) -> None:
    """From 2026/27 a supported housing letting's address is asked too: another location (or none) makes the
    address and local authority given for the old one go, unless this save gives an address itself."""
    if start_year < 2026 or changes.before.get("location_id") == derived.get("location_id"):
        return
    if any(changes.changed(name) for name in (*ADDRESS_ANSWERS, "la")):
        return
    for name in (*ADDRESS, "la"):
        derived.pop(name, None)
