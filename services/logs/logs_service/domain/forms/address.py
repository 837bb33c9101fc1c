"""The property address bookkeeping the live service keeps in columns with defaults: whether the address was
typed in by hand (`manual_address_entry_selected`, false by default, so a new log starts on the address search)
and whether the local authorities came from the postcodes (`is_la_inferred`, `is_previous_la_inferred`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.postcodes import POSTCODE_AREAS, PREVIOUS, PROPERTY

ADDRESS_FIELDS = ("address_line1", "address_line2", "town_or_city", "county", "postcode_full")
PREVIOUS_POSTCODE_KNOWN = "ppcodenk"


def settle_address_bookkeeping(answers: dict[str, Any]) -> None:
    """Fill the flags while they are unset. An address given without a UPRN (the API, bulk upload) was entered
    by hand. A local authority is inferred only when a postcode is looked up (operations.addresses), so once a
    postcode is known, or the previous postcode is answered as not known, without an inferred local authority,
    the local authority question is asked."""
    if answers.get("manual_address_entry_selected") is None:
        typed = not answers.get("uprn") and any(answers.get(name) for name in ADDRESS_FIELDS)
        answers["manual_address_entry_selected"] = typed
    if answers.get(PROPERTY.inferred) is None and answers.get(PROPERTY.postcode):
        answers[PROPERTY.inferred] = False
    if answers.get(PREVIOUS.inferred) is None and answers.get(PREVIOUS_POSTCODE_KNOWN) is not None:
        answers[PREVIOUS.inferred] = False


def forget_orphaned_local_authorities(answers: dict[str, Any]) -> None:
    """Local authorities inferred from postcodes the answers no longer hold are forgotten (and asked)."""
    for area in POSTCODE_AREAS:
        area.forget_without_postcode(answers)


def found_address_lines(answers: Mapping[str, Any], local_authority_name: str) -> tuple[str, ...]:
    """The address shown under the UPRN the address search found (uprn_known 1) on check answers, as the live
    service shows it: its lines, town, county, postcode and local authority, those known."""
    if answers.get("uprn_known") != 1:
        return ()
    lines = [*(answers.get(name) for name in ADDRESS_FIELDS), local_authority_name]
    return tuple(str(line) for line in lines if line)
