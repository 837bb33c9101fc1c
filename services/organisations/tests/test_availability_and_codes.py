"""Statuses, active-dates text and postcode lookups: pure rules, no I/O."""

from __future__ import annotations

import re
from datetime import date

import pytest

from organisations_service.domain.availability import (
    Period,
    active_dates,
    earliest_open_collection_start,
    is_available_on,
    location_status,
    scheme_status,
    validate_deactivation,
    validate_reactivation,
)
from organisations_service.domain.local_authorities import (
    OfflinePostcodeLookup,
    _postcode_area_table,
    english_local_authorities,
    local_authority_name,
    normalise_postcode,
)
from organisations_service.domain.organisation_rules import validate_organisation

TODAY = date(2025, 9, 1)


def test_active_dates_read_like_the_live_download():
    periods = [Period(date(2022, 4, 1), date(2023, 4, 1))]
    assert active_dates(date(2020, 4, 1), periods) == (
        "Active from 1 April 2020 to 31 March 2022, Deactivated on 1 April 2022, Active from 1 April 2023"
    )
    assert active_dates(date(2023, 4, 1), [Period(date(2023, 12, 26))]) == (
        "Active from 1 April 2023 to 25 December 2023, Deactivated on 26 December 2023"
    )
    assert active_dates(date(2024, 4, 1), []) == "Active from 1 April 2024"


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        ([], "active"),
        ([Period(date(2025, 10, 1))], "deactivating_soon"),
        ([Period(date(2025, 8, 1))], "deactivated"),
        ([Period(date(2025, 8, 1), date(2025, 10, 1))], "reactivating_soon"),
        ([Period(date(2025, 1, 1), date(2025, 2, 1))], "active"),
    ],
)
def test_scheme_status_follows_its_deactivation_periods(periods, expected):
    assert scheme_status(True, periods, TODAY) == expected


def test_incomplete_scheme_is_incomplete_whatever_its_periods():
    assert scheme_status(False, [Period(date(2025, 8, 1))], TODAY) == "incomplete"


def test_location_takes_its_schemes_deactivation_and_waits_for_its_start_date():
    assert location_status(True, None, [], "deactivated", TODAY) == "deactivated"
    assert location_status(True, None, [], "deactivating_soon", TODAY) == "deactivating_soon"
    assert location_status(True, date(2025, 12, 1), [], "active", TODAY) == "activating_soon"
    assert location_status(False, None, [], "active", TODAY) == "incomplete"


def test_a_tenancy_starting_in_a_deactivated_period_is_not_available():
    periods = [Period(date(2025, 5, 1), date(2025, 6, 1))]
    assert not is_available_on(periods, date(2025, 5, 15))
    assert is_available_on(periods, date(2025, 6, 1))


def test_deactivation_and_reactivation_dates_are_checked():
    assert validate_deactivation([], date(2020, 1, 1), TODAY) == "The date must be on or after the 1 April 2025"
    assert validate_deactivation([Period(date(2025, 10, 1))], date(2025, 11, 1), TODAY) == "This is already deactivated"
    assert validate_deactivation([], date(2025, 10, 1), TODAY) is None
    assert validate_reactivation([], date(2025, 10, 1)) == "This is not deactivated"
    assert validate_reactivation([Period(date(2025, 10, 1))], date(2025, 9, 1)) is not None


def test_crossover_keeps_the_previous_collection_open():
    assert earliest_open_collection_start(date(2021, 4, 1)) == date(2020, 4, 1)
    assert earliest_open_collection_start(date(2021, 9, 1)) == date(2021, 4, 1)


def test_postcodes_are_normalised_and_looked_up_offline():
    assert normalise_postcode("sw1a2aa") == "SW1A 2AA"
    assert normalise_postcode("not a postcode") is None
    lookup = OfflinePostcodeLookup()
    assert lookup.find_local_authority_code("LS1 4AP") == "E08000035"  # the whole district is in Leeds
    assert local_authority_name("E08000035") == "Leeds"
    assert lookup.find_local_authority_code("BS1 2AA") == "E06000023"  # a sector: BS1 itself crosses a boundary
    assert lookup.find_local_authority_code("SW1A 1AA") is None  # spans Westminster and Lambeth: never guessed
    assert lookup.find_local_authority_code("ZZ9 9ZZ") is None


def test_offline_table_names_only_current_english_authorities():
    table = _postcode_area_table()
    current = {la.code for la in english_local_authorities(2025)}
    assert len(table) > 4000
    assert set(table.values()) <= current
    assert all(re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9])?", area) for area in table)


def test_local_authority_list_has_the_current_english_authorities():
    names = {la.code: la.name for la in english_local_authorities(2025)}
    assert names["E08000039"] == "Sheffield" and "E08000019" not in names
    assert not any(code.startswith("S") for code in names)


def test_organisation_fields_get_specific_messages():
    _values, errors = validate_organisation(
        {"name": " ", "provider_type": "", "phone": "call me", "postcode": "nope", "rent_periods": [99]}
    )
    assert errors == {
        "name": "Enter the name of the organisation",
        "provider_type": "Select the organisation type",
        "phone": "Enter a telephone number in the correct format",
        "postcode": "Enter a postcode in the correct format, for example AA1 1AA",
        "rent_periods": "Select rent periods from the list",
    }
