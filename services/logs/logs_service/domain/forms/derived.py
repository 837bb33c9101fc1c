"""Values the service works out from the answers (reference `derived_variables.json`), written beside them on
every change: the lettings ones (`lettings/derived.py`) and the sales ones (`sales/derived.py`), some of which
change only when a particular answer changes in the save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.changes import answer_changes
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.lettings.derived import derive_lettings_answers
from logs_service.domain.forms.linked import NOTHING_LINKED, LinkedRecords
from logs_service.domain.forms.sales.derived import derive_sales_answers
from logs_service.domain.validation.reference import ReferenceData


def derive_answers(
    form: Form,
    answers: Mapping[str, Any],
    previous: Mapping[str, Any] | None = None,
    reference: ReferenceData | None = None,
    linked: LinkedRecords = NOTHING_LINKED,
) -> dict[str, Any]:
    """The answers with the values worked out from them. `previous`: the answers stored before this save
    (None for a new log), against which a save's changes are found; `reference`: the local authorities, to
    forget one that did not exist on a new log date (None: not checked); `linked`: the owner's provider type and
    the location's mobility standard, which some lettings values need (not known: those values stay blank)."""
    changes = answer_changes(previous, answers)
    if form.log_type == "sales":
        return derive_sales_answers(form.start_year, answers, changes, reference)
    if form.log_type == "lettings":
        return derive_lettings_answers(form, answers, changes, reference, linked)
    return dict(answers)
