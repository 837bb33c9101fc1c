"""What an organisation's fields may hold, and who may change which. Messages are GOV.UK style and name
the field."""

from __future__ import annotations

import re
from typing import Any

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, Principal
from organisations_service.domain.codes import PROVIDER_TYPE_LABELS, RENT_PERIODS
from organisations_service.domain.local_authorities import normalise_postcode

# Fields a data coordinator may change on their own organisation; support may change every field.
COORDINATOR_FIELDS = frozenset({"address_line1", "address_line2", "postcode", "phone", "rent_periods"})
ALL_FIELDS = frozenset(
    {
        "name",
        "provider_type",
        "housing_registration_no",
        "address_line1",
        "address_line2",
        "postcode",
        "phone",
        "general_needs_units",
        "supported_housing_units",
        "rent_periods",
        "holds_own_stock",
        "active",
    }
)
# A new organisation starts active: the input's plain bool `active` cannot tell "left out" from false, and
# deactivation is its own journey.
CREATE_FIELDS = ALL_FIELDS - {"active"}
MAX_UNITS = 1_000_000
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()-]{7,20}$")


def fields_allowed(principal: Principal, own: bool) -> frozenset[str]:
    """The fields this caller may change on this organisation: empty when none."""
    if principal.is_support:
        return ALL_FIELDS
    if own and principal.role == ROLE_DATA_COORDINATOR:
        return COORDINATOR_FIELDS
    return frozenset()


def validate_organisation(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Cleaned values and field errors, for the fields present in `values`."""
    cleaned = dict(values)
    errors: dict[str, str] = {}
    for name in ("name", "housing_registration_no", "address_line1", "address_line2", "phone"):
        if name in cleaned:
            cleaned[name] = " ".join(str(cleaned[name]).split())
    if "name" in cleaned and not cleaned["name"]:
        errors["name"] = "Enter the name of the organisation"
    if "provider_type" in cleaned and cleaned["provider_type"] not in PROVIDER_TYPE_LABELS:
        errors["provider_type"] = "Select the organisation type"
    if cleaned.get("phone") and not PHONE_PATTERN.match(cleaned["phone"]):
        errors["phone"] = "Enter a telephone number in the correct format"
    if cleaned.get("postcode"):
        postcode = normalise_postcode(cleaned["postcode"])
        if postcode is None:
            errors["postcode"] = "Enter a postcode in the correct format, for example AA1 1AA"
        cleaned["postcode"] = postcode or cleaned["postcode"]
    for name in ("general_needs_units", "supported_housing_units"):
        number = cleaned.get(name)
        if number is not None and not 0 <= number <= MAX_UNITS:
            errors[name] = "Number of units must be 0 or more"
    if "rent_periods" in cleaned:
        periods = list(cleaned["rent_periods"])
        if any(period not in RENT_PERIODS for period in periods):
            errors["rent_periods"] = "Select rent periods from the list"
        cleaned["rent_periods"] = sorted(set(periods))
    return cleaned, errors
