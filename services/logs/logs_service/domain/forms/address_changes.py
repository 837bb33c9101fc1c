"""Property address answers the live service sets or resets when a save changes what they came from (its
`process_postcode_changes!` and the address steps of `set_derived_fields!`), for lettings and sales alike:

- a new postcode is marked as known (lettings `postcode_known` 1, sales `pcodenk` 0; `ppcodenk` 0 for a new
  previous postcode);
- choosing to enter the address by hand after the search found one (`uprn_known` 1 -> 0) clears the found address
  and its local authority, so the address page starts empty; manual entry never keeps a UPRN's bookkeeping;
- a new log date clears the local authority when it did not exist on that date (boundary changes), so it is asked.

One difference from the live service, for saves that give both at once (the API, never a question page): an answer
given in the same save as its trigger is kept (a local authority given with a new date is checked by validation
instead of being dropped). A local authority code the reference tables do not know is left to validation too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from logs_service.domain.forms.answer_types import read_date
from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.validation.reference import ReferenceData

FOUND, NOT_FOUND = 1, 0  # uprn_known
PREVIOUS_POSTCODE_KNOWN = ("ppcodenk", 0)
MANUAL_ENTRY = "manual_address_entry_selected"
# The search's bookkeeping, meaningless for an address typed in by hand.
SEARCH_ONLY = ("uprn_confirmed", "uprn_selection")


@dataclass(frozen=True)
class AddressRules:
    """What differs between lettings and sales."""

    log_date: str  # the date that chooses the collection year
    postcode_known: tuple[str, int]  # the flag a new property postcode sets, and its "known" value
    found_address: tuple[str, ...]  # cleared when the address is entered by hand instead of the found one


LETTINGS = AddressRules(
    "startdate",
    ("postcode_known", 1),
    ("uprn", "address_line1", "address_line2", "town_or_city", "county", "postcode_known", "postcode_full", "la"),
)
SALES = AddressRules(
    "saledate",
    ("pcodenk", 0),
    (
        "uprn",
        "address_line1",
        "address_line2",
        "town_or_city",
        "county",
        "pcode1",
        "pcode2",
        "pcodenk",
        "address_line1_input",
        "postcode_full_input",
        "postcode_full",
        "is_la_inferred",
        "la",
    ),
)


def settle_address_changes(
    rules: AddressRules,
    answers: Mapping[str, Any],
    changes: AnswerChanges,
    reference: ReferenceData | None = None,
    *,
    keep_found_address: bool = False,
) -> dict[str, Any]:
    """The answers with the address rules applied. `reference`: the local authorities (None: not checked);
    `keep_found_address`: a manual entry keeps the address found (a lettings new-build's, from 2025/26)."""
    settled = dict(answers)
    _flag_new_postcodes(rules, settled, changes)
    if changes.changed("uprn_known", was=FOUND, to=NOT_FOUND) and not keep_found_address:
        for name in rules.found_address:
            settled.pop(name, None)
    if settled.get(MANUAL_ENTRY):
        settled["uprn_known"] = NOT_FOUND
        for name in SEARCH_ONLY:
            settled.pop(name, None)
    if reference is not None:
        _forget_local_authority_gone_by(rules.log_date, settled, changes, reference)
    return settled


def _flag_new_postcodes(rules: AddressRules, answers: dict[str, Any], changes: AnswerChanges) -> None:
    for postcode, (flag, known) in (
        ("postcode_full", rules.postcode_known),
        ("ppostcode_full", PREVIOUS_POSTCODE_KNOWN),
    ):
        if answers.get(postcode) and changes.changed(postcode):
            answers[flag] = known


def _forget_local_authority_gone_by(
    log_date: str, answers: dict[str, Any], changes: AnswerChanges, reference: ReferenceData
) -> None:
    la = answers.get("la")
    if not la or not changes.changed(log_date) or changes.changed("la"):
        return
    authority = reference.local_authority(str(la))
    day = _day(answers.get(log_date))
    if authority is not None and (day is None or not authority.is_active_on(day)):
        del answers["la"]
        answers["is_la_inferred"] = False


def _day(value: Any) -> date | None:
    return value if isinstance(value, date) else read_date(value)
