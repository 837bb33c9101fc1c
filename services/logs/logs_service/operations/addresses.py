"""The address answers filled in when a log is saved: a UPRN chosen on the address search page brings its address,
and a new postcode (typed, or the found address's) brings its local authority. Neither lookup ever blocks saving."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core_platform.errors import InvalidArgument
from logs_service.domain.addresses import UPRN_NOT_RECOGNISED, AddressLookup, AddressLookupUnavailable
from logs_service.domain.postcodes import POSTCODE_AREAS, LocalAuthorityLookup

UPRN_LOOKUP_FAILED = "property.uprn_lookup_failed"


def with_searched_address(
    addresses: AddressLookup,
    local_authorities: LocalAuthorityLookup,
    parsed: Mapping[str, Any],
    saved: Mapping[str, Any],
) -> dict[str, Any]:
    """The parsed answers of a question page with what they bring. A UPRN the search service does not know is
    refused with the live message (the user may enter the address by hand)."""
    answers, errors = look_up_address(addresses, local_authorities, parsed, saved)
    if errors:
        raise InvalidArgument("", errors)
    return answers


def look_up_address(
    addresses: AddressLookup,
    local_authorities: LocalAuthorityLookup,
    parsed: Mapping[str, Any],
    saved: Mapping[str, Any],
) -> tuple[dict[str, Any], dict[str, str]]:
    """The parsed answers with the address of their UPRN and the local authorities of their new postcodes, and
    the UPRN's error when the search service does not know it. `saved`: the log's answers before this change."""
    answers, errors = look_up_uprn(addresses, parsed)
    return with_inferred_local_authorities(local_authorities, answers, saved), errors


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


def with_inferred_local_authorities(
    lookup: LocalAuthorityLookup, parsed: Mapping[str, Any], saved: Mapping[str, Any]
) -> dict[str, Any]:
    """The answers with the local authority of each postcode given in them that differs from the saved one (the
    live service looks a postcode up when it changes). A blank postcode is not looked up: its local authority
    is asked."""
    answers = dict(parsed)
    for area in POSTCODE_AREAS:
        if area.postcode not in answers or area.is_unchanged(answers, saved):
            continue
        postcode = answers[area.postcode]
        found = lookup.local_authority_of(str(postcode)) if postcode else None
        answers.update(area.answers_for(found, answers, saved))
    return answers
