"""Values the service works out from the answers (reference `derived_variables.json`), written
beside them on every change. So far the lettings values that the form itself shows or routes on, and the
sales values (`sales/derived.py`), some of which change only when a particular answer changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.changes import answer_changes
from logs_service.domain.forms.form import Form

RENTTYPE = {0: 1, 1: 2, 2: 2, 3: 3, 4: 3, 5: 3, 6: 4}  # rent_type -> grouped rent type
IRPRODUCT = {3: 1, 4: 2, 5: 3}
FIRST_LETS = (15, 16, 17)
CHARGES = ("brent", "scharge", "pscharge", "supcharg")


def derive_answers(form: Form, answers: Mapping[str, Any], previous: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The answers with the values worked out from them. `previous`: the answers stored before this save
    (None for a new log), against which a save's changes are found."""
    if form.log_type == "sales":
        from logs_service.domain.forms.sales.derived import derive_sales_answers

        return derive_sales_answers(form.start_year, answers, answer_changes(previous, answers))
    if form.log_type != "lettings":
        return dict(answers)
    derived = dict(answers)
    rent_type = answers.get("rent_type")
    _set(derived, "renttype", RENTTYPE.get(rent_type) if rent_type is not None else None)
    _set(derived, "irproduct", IRPRODUCT.get(rent_type) if rent_type is not None else None)
    _set(derived, "lar", {2: 1, 1: 2}.get(rent_type) if rent_type is not None else None)
    rsnvac = answers.get("rsnvac")
    _set(derived, "newprop", (1 if rsnvac in FIRST_LETS else 2) if rsnvac is not None else None)
    if answers.get("unittype_gn") == 2:  # a bedsit has one bedroom
        derived["beds"] = 1
    if any(answers.get(name) is not None for name in CHARGES):
        total = sum(float(answers.get(name) or 0) for name in CHARGES)
        derived["tcharge"] = round(total, 2)
    _set(derived, "nocharge", answers.get("household_charge"))
    return derived


def _set(answers: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        answers.pop(name, None)
    else:
        answers[name] = value
