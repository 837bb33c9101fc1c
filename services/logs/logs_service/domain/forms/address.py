"""The property address bookkeeping the live service keeps in columns with defaults: whether the address was
typed in by hand (`manual_address_entry_selected`, false by default, so a new log starts on the address search)
and whether the local authority came from the postcode (`is_la_inferred`)."""

from __future__ import annotations

from typing import Any

ADDRESS_FIELDS = ("address_line1", "address_line2", "town_or_city", "county", "postcode_full")


def settle_address_bookkeeping(answers: dict[str, Any]) -> None:
    """Fill the two flags while they are unset. An address given without a UPRN (the API, bulk upload) was
    entered by hand. The logs service infers no local authority from a typed postcode, so once a postcode is
    known without an inferred one, the local authority question is asked."""
    if answers.get("manual_address_entry_selected") is None:
        typed = not answers.get("uprn") and any(answers.get(name) for name in ADDRESS_FIELDS)
        answers["manual_address_entry_selected"] = typed
    if answers.get("is_la_inferred") is None and answers.get("postcode_full"):
        answers["is_la_inferred"] = False
