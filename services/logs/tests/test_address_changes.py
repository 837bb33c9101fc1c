"""Property address answers set or reset when a save changes what they came from, lettings and sales
(reference derived_variables.json: postcode_known / pcodenk / ppcodenk, uprn_known and the address fields, la):
each rule fires when its trigger changes and not otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.registry import form_for
from logs_service.domain.validation.reference import LocalAuthority, TableReference

OLD_BARNSLEY, NEW_BARNSLEY, LEEDS = "E08000016", "E08000038", "E08000035"
REFERENCE = TableReference.of(
    local_authorities=[
        LocalAuthority(OLD_BARNSLEY, "Barnsley", 2021, 2025),  # until 31 March 2025
        LocalAuthority(NEW_BARNSLEY, "Barnsley", 2025),  # from 1 April 2025
        LocalAuthority(LEEDS, "Leeds", 2021),
    ]
)
DATE = {"lettings": "startdate", "sales": "saledate"}
POSTCODE_KNOWN = {"lettings": ("postcode_known", 1), "sales": ("pcodenk", 0)}
FOUND = {
    "manual_address_entry_selected": False,
    "uprn": "10090000001",
    "uprn_known": 1,
    "uprn_confirmed": 1,
    "address_line1": "1, Demo Street",
    "town_or_city": "London",
    "postcode_full": "W1D 1AA",
    "la": "E09000033",
    "is_la_inferred": True,
}
MANUAL_ENTRY = {"manual_address_entry_selected": True, "uprn": None, "uprn_known": 0}  # the search page's choice


def saved(log_type: str, before: dict[str, Any], change: dict[str, Any], year: int = 2025) -> dict[str, Any]:
    after = {name: value for name, value in {**before, **change}.items() if value is not None}
    return derive_answers(form_for(log_type, year), after, before, REFERENCE)


@pytest.mark.parametrize("log_type", ["lettings", "sales"])
def test_a_new_property_postcode_is_known(log_type: str) -> None:
    flag, known = POSTCODE_KNOWN[log_type]
    assert saved(log_type, {}, {"postcode_full": "LS1 1AA"})[flag] == known
    assert flag not in saved(log_type, {"postcode_full": "LS1 1AA"}, {"purchid": "P-1"})  # postcode unchanged
    assert flag not in saved(log_type, {}, {"tenancycode": "T1"})


@pytest.mark.parametrize("log_type", ["lettings", "sales"])
def test_a_new_previous_postcode_is_known(log_type: str) -> None:
    assert saved(log_type, {"ppcodenk": 1}, {"ppostcode_full": "M1 1AA"})["ppcodenk"] == 0
    assert saved(log_type, {"ppostcode_full": "M1 1AA", "ppcodenk": 1}, {"age1": 30})["ppcodenk"] == 1


def test_entering_the_address_by_hand_after_a_lettings_search_found_one_starts_it_empty() -> None:
    before = {"needstype": 1, **FOUND, "postcode_known": 1}
    manual = saved("lettings", before, MANUAL_ENTRY)
    gone = {"uprn", "uprn_confirmed", "address_line1", "town_or_city", "postcode_full", "postcode_known", "la"}
    assert not gone & manual.keys()
    assert (manual["manual_address_entry_selected"], manual["uprn_known"]) == (True, 0)
    assert saved("lettings", before, {"tenancycode": "T1"})["address_line1"] == "1, Demo Street"


def test_a_lettings_new_build_keeps_the_found_address_when_entered_by_hand() -> None:
    before = {"needstype": 1, "rsnvac": 15, **FOUND}
    assert saved("lettings", before, MANUAL_ENTRY)["address_line1"] == "1, Demo Street"


def test_entering_the_address_by_hand_after_a_sales_search_found_one_starts_it_empty() -> None:
    before = {**FOUND, "pcodenk": 0, "pcode1": "W1D", "pcode2": "1AA"}
    manual = saved("sales", before, MANUAL_ENTRY)
    gone = {"uprn", "uprn_confirmed", "address_line1", "postcode_full", "pcodenk", "pcode1", "pcode2", "la"}
    assert not gone & manual.keys()
    assert (manual["uprn_known"], manual.get("is_la_inferred")) == (0, None)
    typed = {"manual_address_entry_selected": True, "uprn_known": 0, "address_line1": "1 Typed Road"}
    assert saved("sales", typed, {"town_or_city": "Leeds"})["address_line1"] == "1 Typed Road"  # never found


@pytest.mark.parametrize("log_type", ["lettings", "sales"])
def test_a_new_date_forgets_a_local_authority_that_did_not_exist_then(log_type: str) -> None:
    date = DATE[log_type]
    before = {date: "2025-03-30", "la": OLD_BARNSLEY, "is_la_inferred": True}
    moved = saved(log_type, before, {date: "2025-04-01"})
    assert ("la" in moved, moved["is_la_inferred"]) == (False, False)
    assert saved(log_type, before, {date: "2025-03-31"})["la"] == OLD_BARNSLEY  # still in existence
    assert saved(log_type, {**before, date: "2025-04-02"}, {"purchid": "P"})["la"] == OLD_BARNSLEY  # no new date
    assert saved(log_type, {date: "2025-04-01", "la": LEEDS}, {date: "2026-04-01"}, 2026)["la"] == LEEDS


@pytest.mark.parametrize("log_type", ["lettings", "sales"])
def test_a_local_authority_given_with_the_new_date_or_unknown_is_left_to_validation(log_type: str) -> None:
    date = DATE[log_type]
    before = {date: "2025-04-02", "la": NEW_BARNSLEY}
    both = saved(log_type, before, {date: "2025-04-01", "la": OLD_BARNSLEY})
    assert both["la"] == OLD_BARNSLEY
    assert saved(log_type, {date: "2025-06-01", "la": "E99999999"}, {date: "2025-06-02"})["la"] == "E99999999"
    old = {date: "2025-03-30", "la": OLD_BARNSLEY}
    unchecked = derive_answers(form_for(log_type, 2025), {**old, date: "2025-04-01"}, old)
    assert unchecked["la"] == OLD_BARNSLEY  # no reference tables given
