"""How derived values are written, for lettings and sales: set, or forgotten when there is nothing to work them
out from; set while some answers hold given values and taken back when a save moves those answers away (the live
service's derivation `dependencies`: `set_encoded_derived_values!` and `reset_invalidated_derived_values!`); and
a ticked checkbox's unticked options stored as 0 (`set_checkbox_values!`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.form import Form

# (answers and the values they hold, values derived while they do): for forgetting, the derived values' names.
Dependency = tuple[Mapping[str, Any], Iterable[str]]
ValuedDependency = tuple[Mapping[str, Any], Mapping[str, Any]]
TICKED, UNTICKED = 1, 0


def set_or_forget(derived: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        derived.pop(name, None)
    else:
        derived[name] = value


def forget_values_of_moved_answers(
    dependencies: Iterable[Dependency], derived: dict[str, Any], changes: AnswerChanges
) -> None:
    """A save that moves any of a dependency's answers away from the values they held clears its derived values,
    before they are worked out again."""
    for conditions, values in dependencies:
        held = all(changes.before.get(name) == value for name, value in conditions.items())
        if held and any(changes.changed(name) for name in conditions):
            for name in values:
                derived.pop(name, None)


def set_values_of_held_answers(dependencies: Iterable[ValuedDependency], derived: dict[str, Any]) -> None:
    for conditions, values in dependencies:
        if all(derived.get(name) == value for name, value in conditions.items()):
            derived.update(values)


def fill_unticked_options(form: Form, derived: dict[str, Any]) -> None:
    """Once any option of a checkbox question is ticked, its options left blank are stored as unticked."""
    for question in form.questions:
        if question.type != "checkbox":
            continue
        options = question.answer_fields
        if any(derived.get(name) == TICKED for name in options):
            for name in options:
                if derived.get(name) is None:
                    derived[name] = UNTICKED
