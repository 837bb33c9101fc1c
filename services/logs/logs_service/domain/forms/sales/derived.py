"""Values the service works out from a sale's answers (reference `derived_variables.json`, sales): those
that need nothing but the answers and what this save changed (household counts in `derived_household`,
copied and split values in `derived_parts`, values reset when a particular answer changes in
`derived_changes`, the address rules shared with lettings in `address_changes`). Not derived here: the local
authority from the postcode and the address fields from a UPRN (they need a lookup service: operations.addresses)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms import address_changes
from logs_service.domain.forms.changes import AnswerChanges, answer_changes
from logs_service.domain.forms.derived_values import forget_values_of_moved_answers
from logs_service.domain.forms.people import keep_group_nationality
from logs_service.domain.forms.sales.derived_changes import DERIVED_WHILE, derive_on_changes
from logs_service.domain.forms.sales.derived_household import derive_household
from logs_service.domain.forms.sales.derived_parts import derive_parts
from logs_service.domain.validation.reference import ReferenceData

SOCIAL_TENANCIES = (1, 2)
OUTRIGHT = 3
BEDSIT = 2


def derive_sales_answers(
    start_year: int,
    answers: Mapping[str, Any],
    changes: AnswerChanges | None = None,
    reference: ReferenceData | None = None,
) -> dict[str, Any]:
    """`changes`: what this save changed; None for a new log's answers. `reference`: the local authorities
    (`address_changes`; None: not checked)."""
    changes = changes if changes is not None else answer_changes(None, answers)
    answers = address_changes.settle_address_changes(address_changes.SALES, answers, changes, reference)
    derived = dict(answers)
    forget_values_of_moved_answers(DERIVED_WHILE, derived, changes)
    if any(answers.get(name) is not None for name in ("pregyrha", "pregla", "pregghb", "pregother")):
        ticked = any(answers.get(name) == 1 for name in ("pregyrha", "pregla", "pregghb", "pregother"))
        derived["pregblank"] = 0 if ticked else 1
    if start_year >= 2025 and answers.get("proptype") == BEDSIT:
        derived["beds"] = 1
    _household_members(start_year, answers, derived)
    if answers.get("ownershipsch") == 1 and (answers.get("prevten") is not None or answers.get("prevtenbuy2")):
        social = answers.get("prevten") in SOCIAL_TENANCIES or answers.get("prevtenbuy2") in SOCIAL_TENANCIES
        derived["soctenant"] = 1 if social else 2
    for group, nationality in (
        ("nationality_all_group", "nationality_all"),
        ("nationality_all_buyer2_group", "nationality_all_buyer2"),
    ):
        keep_group_nationality(answers, derived, group, nationality)
    if answers.get("mortgageused") == 2:
        derived["mortgage"] = 0
        if answers.get("ownershipsch") == OUTRIGHT and answers.get("value") is not None:
            derived["deposit"] = answers["value"]
    if answers.get("stairowned") == 100:
        derived["mrent"] = 0
    if answers.get("has_mscharge") == 0:
        derived.pop("mscharge", None)
    derive_household(start_year, answers, derived, changes)
    derive_parts(answers, derived)
    derive_on_changes(start_year, answers, derived, changes)
    return derived


def _household_members(start_year: int, answers: Mapping[str, Any], derived: dict[str, Any]) -> None:
    count = answers.get("hholdcount")
    if not isinstance(count, int):
        return
    if start_year >= 2026:
        derived["hhmemb"] = count
    elif answers.get("jointpur") in (1, 2):
        derived["hhmemb"] = count + (2 if answers["jointpur"] == 1 else 1)
