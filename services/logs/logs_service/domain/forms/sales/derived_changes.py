"""Sale values the service resets only when a particular answer changes in a save (reference
`derived_variables.json`, sales): the number of staircasing transactions when the first-time answer
changes, whether the mortgage length is known once the buyer was not interviewed, an outright sale's
deposit once a mortgage was used after all, a former bedsit's one bedroom, and the values derived from answers a
save moves away (the buyers living in, no mortgage's amount 0)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.derived_values import Dependency

FIRST_STAIRCASING = 1
NOT_INTERVIEWED = 1
MORTGAGE_USED, NO_MORTGAGE = 1, 2
OUTRIGHT = 3
BEDSIT = 2
LENGTH_KNOWN = 0


# The live service's derived-value dependencies: (answers, values derived while they hold). A save that moves any
# of those answers away clears the values, before they are worked out again (`reset_invalidated_derived_values!`).
DERIVED_WHILE: tuple[Dependency, ...] = (
    ({"buylivein": 2}, ("buy1livein",)),
    ({"buylivein": 2, "jointpur": 1}, ("buy1livein", "buy2livein")),
    ({"buylivein": 1, "jointpur": 2}, ("buy1livein",)),
    ({"mortgageused": 2}, ("mortgage",)),
)


def derive_on_changes(
    start_year: int, answers: Mapping[str, Any], derived: dict[str, Any], changes: AnswerChanges
) -> None:
    if (
        answers.get("numstair") == 1
        and changes.changed("firststair")
        and answers.get("firststair") != FIRST_STAIRCASING
    ):
        derived.pop("numstair", None)
    # The question is asked from 2026/27: its "Yes" keeps a length given while the buyer was interviewed.
    if start_year >= 2026 and changes.changed("noint", to=NOT_INTERVIEWED) and answers.get("mortlen") is not None:
        derived["mortlen_known"] = LENGTH_KNOWN
    if answers.get("ownershipsch") == OUTRIGHT and changes.changed("mortgageused", was=NO_MORTGAGE, to=MORTGAGE_USED):
        derived.pop("deposit", None)  # it was the purchase price; now the buyer enters the cash deposit
    if start_year >= 2025 and changes.changed("proptype", was=BEDSIT):
        derived.pop("beds", None)  # a bedsit's one bedroom was worked out, not answered
