"""Lettings values reset or worked out when a particular answer changes in a save (reference derived_variables.json,
lettings; the live service's `*_changed?` rules): each fires when its trigger changes and not otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.registry import form_for

YEARS = (2025, 2026)
GENERAL_NEEDS = {"needstype": 1, "renewal": 0}
SUPPORTED = {"needstype": 2, "renewal": 0, "scheme_id": "scheme-1", "location_id": "loc-1", "wchair": 1}
TYPED = {"address_line1": "1 Typed Road", "town_or_city": "Leeds", "postcode_full": "LS1 1AA", "la": "E08000035"}


def saved(before: dict[str, Any], change: dict[str, Any], year: int = 2026) -> dict[str, Any]:
    """The answers a save stores: `change` applied to the stored answers `before` (None: an answer cleared)."""
    after = {name: value for name, value in {**before, **change}.items() if value is not None}
    return derive_answers(form_for("lettings", year), after, before)


def new(answers: dict[str, Any], year: int = 2026) -> dict[str, Any]:
    return derive_answers(form_for("lettings", year), answers)


@pytest.mark.parametrize("year", YEARS)
def test_a_former_bedsits_one_bedroom_is_cleared(year: int) -> None:
    before = new({**GENERAL_NEEDS, "unittype_gn": 2}, year)
    assert before["beds"] == 1
    assert "beds" not in saved(before, {"unittype_gn": 1}, year)
    assert saved(before, {"tenancycode": "T1"}, year)["beds"] == 1
    assert saved({**GENERAL_NEEDS, "unittype_gn": 1, "beds": 3}, {"unittype_gn": 3}, year)["beds"] == 3


@pytest.mark.parametrize("year", YEARS)
def test_the_location_goes_when_the_letting_stops_being_supported_housing(year: int) -> None:
    general = saved(SUPPORTED, {"needstype": 1}, year)
    assert "location_id" not in general and "wchair" not in general
    assert saved(SUPPORTED, {"tenancycode": "T1"}, year)["location_id"] == "loc-1"
    assert saved({**GENERAL_NEEDS, "location_id": "x"}, {"needstype": 2}, year)["location_id"] == "x"


@pytest.mark.parametrize("year", YEARS)
def test_a_person_under_16_is_a_child_and_loses_that_when_their_age_changes(year: int) -> None:
    before = new({"hhmemb": 3, "age2": 15, "age8": 4}, year)
    assert (before["ecstat2"], before["ecstat8"]) == (9, 9)
    assert "ecstat2" not in saved(before, {"age2": 16}, year)
    assert saved(before, {"age2": 14}, year)["ecstat2"] == 9
    assert saved({"age3": 40, "ecstat3": 9}, {"sex3": "F"}, year)["ecstat3"] == 9  # age unchanged: kept
    assert saved({"age3": 40, "ecstat3": 1}, {"age3": 41}, year)["ecstat3"] == 1  # not a child's answer


def test_from_2026_a_child_is_not_the_partner_and_an_adults_no_survives_an_age_change() -> None:
    child = new({"hhmemb": 2, "age2": 10})
    assert child["relat2"] == "X"
    assert "relat2" not in saved(child, {"age2": 30})  # asked now
    assert saved({"age2": 50, "relat2": "X"}, {"age2": 55})["relat2"] == "X"
    assert "relat2" not in new({"age2": 10}, 2025)  # 2025/26 asks every person's relationship


def test_from_2026_a_new_partner_makes_everyone_else_with_details_not_the_partner() -> None:
    before = {"hhmemb": 4, "age2": 30, "age3": 30, "age4": 30, "relat4": "P", "relat5": None}
    after = saved(before, {"relat3": "P"})
    assert (after["relat2"], after["relat3"], after["relat4"]) == ("X", "P", "X")
    assert "relat5" not in after  # beyond the household's members
    assert "relat2" not in saved({**before, "relat3": "P"}, {"age2": 31})  # no partner answer changed
    assert "relat2" not in saved(before, {"relat3": "P"}, 2025)
    assert "relat2" not in saved({"age2": 30, "age3": 30}, {"relat3": "P"})  # household size not known


@pytest.mark.parametrize("year", YEARS)
def test_a_general_needs_new_build_is_entered_by_hand_and_stops_being_when_it_is_not(year: int) -> None:
    searching = {**GENERAL_NEEDS, "manual_address_entry_selected": False, "rsnvac": 16}
    typed = saved(searching, {"rsnvac": 15}, year)
    assert typed["manual_address_entry_selected"] is True
    assert saved({**typed, **TYPED}, {"rsnvac": 16}, year)["manual_address_entry_selected"] is True
    assert saved(typed, {"rsnvac": 17}, year)["manual_address_entry_selected"] is False  # nothing typed
    found = {**searching, "uprn": "10090000001", "uprn_known": 1}
    assert saved(found, {"rsnvac": 15}, year)["manual_address_entry_selected"] is False
    assert saved(searching, {"tenancycode": "T1"}, year)["manual_address_entry_selected"] is False


def test_a_supported_housing_new_build_is_entered_by_hand_from_2026_only() -> None:
    searching = {**SUPPORTED, "manual_address_entry_selected": False, "rsnvac": 16}
    assert saved(searching, {"rsnvac": 15}, 2026)["manual_address_entry_selected"] is True
    assert saved(searching, {"rsnvac": 15}, 2025)["manual_address_entry_selected"] is False


def test_from_2026_another_location_takes_the_address_and_local_authority_of_the_old_one() -> None:
    before = {**SUPPORTED, **TYPED, "uprn_known": 0, "manual_address_entry_selected": True}
    moved = saved(before, {"location_id": "loc-2"})
    assert not {"address_line1", "town_or_city", "postcode_full", "la", "uprn_known"} & moved.keys()
    assert saved(before, {"tenancycode": "T1"})["address_line1"] == "1 Typed Road"
    assert saved(before, {"location_id": "loc-2", "postcode_full": "M1 1AA"})["address_line1"] == "1 Typed Road"


def test_until_2026_a_supported_housing_letting_keeps_no_address_of_its_own() -> None:
    """Its address is its location's: until 2025/26 the address questions are not asked for supported housing."""
    before = {**SUPPORTED, **TYPED, "uprn_known": 0}
    for change in ({"tenancycode": "T1"}, {"location_id": "loc-2"}):
        kept = saved(before, change, 2025)
        assert not {"address_line1", "town_or_city", "postcode_full", "uprn_known"} & kept.keys()
        assert kept["la"] == "E08000035"  # the local authority stays
    assert saved({**GENERAL_NEEDS, **TYPED}, {"tenancycode": "T1"}, 2025)["address_line1"] == "1 Typed Road"


def test_a_renewals_last_settled_home_is_the_property() -> None:
    renewal = new({"renewal": 1, **TYPED, "postcode_known": 1, "is_la_inferred": True})
    assert (renewal["ppostcode_full"], renewal["ppcodenk"], renewal["prevloc"]) == ("LS1 1AA", 0, "E08000035")
    assert (renewal["previous_la_known"], renewal["is_previous_la_inferred"]) == (1, True)
    assert "ppostcode_full" not in new({"renewal": 0, **TYPED})
