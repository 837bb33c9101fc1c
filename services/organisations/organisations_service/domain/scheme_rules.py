"""What scheme and location answers may hold, when each is complete, and the messages for each field
(GOV.UK style, the live service's wording where it has one)."""

from __future__ import annotations

from datetime import date
from typing import Any

from organisations_service.domain.codes import (
    ARRANGEMENT_SAME_ORGANISATION,
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
from organisations_service.domain.local_authorities import normalise_postcode

SCHEME_FIELDS = frozenset(
    {
        "service_name",
        "sensitive",
        "scheme_type",
        "registered_under_care_act",
        "owning_organisation_id",
        "managing_organisation_id",
        "arrangement_type",
        "primary_client_group",
        "has_other_client_group",
        "secondary_client_group",
        "support_type",
        "intended_stay",
    }
)
LOCATION_FIELDS = frozenset(
    {"postcode", "name", "location_code", "units", "type_of_unit", "mobility_type", "startdate"}
)

# field -> (allowed codes, message when missing or not one of them)
SCHEME_CHOICES: dict[str, tuple[Any, str]] = {
    "sensitive": (YES_NO, "Select if this scheme contains confidential information"),
    "scheme_type": (SCHEME_TYPES, "Select the type of scheme"),
    "registered_under_care_act": (
        REGISTERED_UNDER_CARE_ACT,
        "Select if this scheme is registered under the Care Standards Act 2000",
    ),
    "arrangement_type": (ARRANGEMENT_TYPES, "Select who provides the support services used by this scheme"),
    "primary_client_group": (CLIENT_GROUPS, "Select what client group this scheme is intended for"),
    "has_other_client_group": (YES_NO, "Select if this scheme provides for another client group"),
    "secondary_client_group": (CLIENT_GROUPS, "Select what other client group this scheme is intended for"),
    "support_type": (SUPPORT_TYPES, "Select the level of support provided by this scheme"),
    "intended_stay": (INTENDED_STAYS, "Select the intended length of stay"),
}
LOCATION_CHOICES: dict[str, tuple[Any, str]] = {
    "type_of_unit": (TYPES_OF_UNIT, "Select the most common type of unit at this location"),
    "mobility_type": (MOBILITY_TYPES, "Select the mobility standard for the majority of the units at this location"),
}
MAX_UNITS = 10_000
EARLIEST_STARTDATE = date(2000, 1, 1)


def validate_scheme(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Cleaned values and errors for the answers given; blank answers clear a field."""
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field, value in values.items():
        if field == "service_name":
            cleaned[field] = " ".join(str(value).split())
            if not cleaned[field]:
                errors[field] = "Enter the name of the scheme"
        elif field in SCHEME_CHOICES:
            allowed, message = SCHEME_CHOICES[field]
            if value in (None, ""):
                cleaned[field] = None
            elif value not in allowed:
                errors[field] = message
            else:
                cleaned[field] = value
        else:
            cleaned[field] = value
    return cleaned, errors


def missing_scheme_answers(scheme: Any) -> dict[str, str]:
    """Required answers the scheme lacks, with the message for each: empty when it may be confirmed."""
    missing: dict[str, str] = {}
    if not scheme.service_name:
        missing["service_name"] = "Enter the name of the scheme"
    for field, (_allowed, message) in SCHEME_CHOICES.items():
        if field == "secondary_client_group" and scheme.has_other_client_group != 1:
            continue
        if getattr(scheme, field) in (None, ""):
            missing[field] = message
    needs_managing = scheme.arrangement_type not in (None, ARRANGEMENT_SAME_ORGANISATION)
    if needs_managing and scheme.managing_organisation_id is None:
        missing["managing_organisation_id"] = "Select the organisation providing support"
    return missing


def validate_location(values: dict[str, Any], today: date) -> tuple[dict[str, Any], dict[str, str]]:
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field, value in values.items():
        if field == "postcode":
            postcode = normalise_postcode(str(value))
            if postcode is None:
                errors[field] = "Enter a postcode in the correct format, for example AA1 1AA"
            cleaned[field] = postcode or ""
        elif field == "name":
            cleaned[field] = " ".join(str(value).split())
        elif field == "units":
            if value is None or not 1 <= value <= MAX_UNITS:
                errors[field] = "Enter the total number of units at this location"
            cleaned[field] = value
        elif field in LOCATION_CHOICES:
            allowed, message = LOCATION_CHOICES[field]
            if value not in allowed:
                errors[field] = message
            cleaned[field] = value
        elif field == "startdate":
            cleaned[field], error = _startdate(str(value))
            if error:
                errors[field] = error
        else:
            cleaned[field] = value
    return cleaned, errors


def _startdate(raw: str) -> tuple[date | None, str]:
    if not raw:
        return None, "Enter a date in the correct format, for example 31 1 2022"
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None, "Enter a date in the correct format, for example 31 1 2022"
    if not EARLIEST_STARTDATE <= day <= date(2200, 1, 1):
        return None, "The availability date must be on or after 1 January 2000"
    return day, ""


def missing_location_answers(location: Any) -> dict[str, str]:
    missing: dict[str, str] = {}
    if not location.postcode:
        missing["postcode"] = "Enter a postcode"
    if not location.location_code:
        missing["location_code"] = "Select a local authority"
    if location.units is None:
        missing["units"] = "Enter the total number of units at this location"
    for field, (_allowed, message) in LOCATION_CHOICES.items():
        if getattr(location, field) in (None, ""):
            missing[field] = message
    if location.startdate is None:
        missing["startdate"] = "Enter a date in the correct format, for example 31 1 2022"
    return missing
