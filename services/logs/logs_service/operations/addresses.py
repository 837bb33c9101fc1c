"""A UPRN chosen on the address search page fills in its address, looked up when the page is saved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core_platform.errors import InvalidArgument
from logs_service.domain.addresses import UPRN_NOT_RECOGNISED, AddressLookup, AddressLookupUnavailable

UPRN_LOOKUP_FAILED = "property.uprn_lookup_failed"


def with_searched_address(lookup: AddressLookup, parsed: Mapping[str, Any]) -> dict[str, Any]:
    """The parsed answers with the address of their UPRN. A UPRN the search service does not know is refused
    with the live message (the user may enter the address by hand)."""
    answers, errors = look_up_uprn(lookup, parsed)
    if errors:
        raise InvalidArgument("", errors)
    return answers


def look_up_uprn(lookup: AddressLookup, parsed: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The answers with the address of their UPRN filled in, or without the UPRN and with the live error
    when the search service does not know it. A search service that fails keeps the UPRN without its
    address (unlike the live service), so saving a log never depends on it."""
    uprn = parsed.get("uprn")
    if not uprn:
        return dict(parsed), {}
    try:
        found = lookup.find_uprn(str(uprn))
    except AddressLookupUnavailable:
        return dict(parsed), {}
    if found is None:
        return {name: value for name, value in parsed.items() if name != "uprn"}, {"uprn": UPRN_NOT_RECOGNISED}
    return {**parsed, **found.answers()}, {}
