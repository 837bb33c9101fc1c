"""CSV downloads of schemes, locations, and both, with the live service's columns and labels."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from organisations_service.data import organisations as organisation_queries
from organisations_service.data.models import Location, Scheme
from organisations_service.domain.availability import active_dates, earliest_open_collection_start
from organisations_service.domain.codes import (
    ARRANGEMENT_TYPES,
    CLIENT_GROUPS,
    INTENDED_STAYS,
    MOBILITY_TYPES,
    REGISTERED_UNDER_CARE_ACT,
    SCHEME_TYPES,
    SUPPORT_TYPES,
    TYPES_OF_UNIT,
    YES_NO,
)
from organisations_service.rpc.scheme_convert import periods_of, status_of_location, status_of_scheme

LONDON = ZoneInfo("Europe/London")

SCHEME_COLUMNS = (
    "scheme_code",
    "scheme_service_name",
    "scheme_status",
    "scheme_confidential",
    "scheme_type",
    "scheme_registered_under_care_act",
    "scheme_owning_organisation_name",
    "scheme_support_services_provided_by",
    "scheme_primary_client_group",
    "scheme_has_other_client_group",
    "scheme_secondary_client_group",
    "scheme_support_type",
    "scheme_intended_stay",
    "scheme_created_at",
    "scheme_active_dates",
)
LOCATION_COLUMNS = (
    "scheme_code",
    "location_code",
    "location_postcode",
    "location_name",
    "location_status",
    "location_local_authority",
    "location_units",
    "location_type_of_unit",
    "location_mobility_type",
    "location_active_dates",
)
COMBINED_COLUMNS = SCHEME_COLUMNS + LOCATION_COLUMNS[1:]


def scheme_available_from(scheme: Scheme) -> date:
    return earliest_open_collection_start(scheme.created_at.astimezone(LONDON).date())


def location_available_from(location: Location) -> date:
    return location.startdate or earliest_open_collection_start(location.created_at.astimezone(LONDON).date())


def scheme_row(scheme: Scheme, today: date) -> list[str]:
    return [
        f"S{scheme.number}",
        scheme.service_name,
        status_of_scheme(scheme, today),
        _label(YES_NO, scheme.sensitive),
        _label(SCHEME_TYPES, scheme.scheme_type),
        _label(REGISTERED_UNDER_CARE_ACT, scheme.registered_under_care_act),
        organisation_queries.name_at(scheme.owning_organisation, today),
        _label(ARRANGEMENT_TYPES, scheme.arrangement_type),
        _label(CLIENT_GROUPS, scheme.primary_client_group),
        _label(YES_NO, scheme.has_other_client_group),
        _label(CLIENT_GROUPS, scheme.secondary_client_group),
        _label(SUPPORT_TYPES, scheme.support_type),
        _label(INTENDED_STAYS, scheme.intended_stay),
        scheme.created_at.astimezone(LONDON).isoformat(timespec="seconds"),
        active_dates(scheme_available_from(scheme), periods_of(scheme)),
    ]


def location_row(location: Location, today: date) -> list[str]:
    return [
        f"S{location.scheme.number}",
        str(location.number),
        location.postcode,
        location.name,
        status_of_location(location, today),
        location.location_admin_district,
        "" if location.units is None else str(location.units),
        _label(TYPES_OF_UNIT, location.type_of_unit),
        _label(MOBILITY_TYPES, location.mobility_type),
        active_dates(location_available_from(location), periods_of(location)),
    ]


def combined_row(scheme: Scheme, location: Location | None, today: date) -> list[str]:
    location_part = location_row(location, today)[1:] if location else [""] * (len(LOCATION_COLUMNS) - 1)
    return scheme_row(scheme, today) + location_part


def _label(labels: Mapping[Any, str], code: int | str | None) -> str:
    return "" if code is None else labels.get(code, "")
