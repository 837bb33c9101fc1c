"""What a change to a log is, and how a history describes one in the form's words: the question's
check-answers label and the answers' labels rather than their codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import Question
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION, OrganisationChoices

SOURCES = ("form", "api", "bulk_upload", "system")
STATUS = "status"
STATUS_LABELS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "pending": "Pending",
    "deleted": "Deleted",
}
TICKED = {1: "Yes", 0: "No"}


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """field -> [old, new] for every field whose value differs (a missing field is None)."""
    return {
        name: [before.get(name), after.get(name)]
        for name in sorted({*before, *after})
        if before.get(name) != after.get(name)
    }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class FieldDescriber:
    """Labels for one log's fields, from its form; organisations by name through the caller's choices."""

    def __init__(self, form: Form, choices: OrganisationChoices) -> None:
        self._form = form
        self._choices = choices
        self._positions = {
            name: index
            for index, name in enumerate(
                dict.fromkeys(name for q in form.questions for name in (q.id, *q.answer_fields))
            )
        }

    def order(self, name: str) -> tuple[int, str]:
        """Form order; fields the form does not ask (the status, derived values) after the questions."""
        return self._positions.get(name, len(self._positions)), name

    def label(self, name: str) -> str:
        if name == STATUS:
            return "Status"
        question = self._form.question(name)
        if question is not None:
            return question.check_answer_label
        checkbox = self._form.checkbox_of(name)
        if checkbox is not None:
            option = next((o.label for o in checkbox.answer_options if o.value == name), name)
            return f"{checkbox.check_answer_label}: {option}" if checkbox.check_answer_label else option
        return ""

    def text(self, name: str, value: Any) -> str:
        """The answer's label where the form gives one; empty when it has none (the value stands)."""
        if value is None:
            return ""
        if name == STATUS:
            return STATUS_LABELS.get(_text(value), "")
        if name in (OWNING_ORGANISATION, MANAGING_ORGANISATION):
            found = self._choices.organisation(_text(value))
            return found.name if found else ""
        if self._form.checkbox_of(name) is not None:
            return TICKED.get(value, "") if isinstance(value, int) else ""
        return next(
            (label for question in self._form.question_variants(name) if (label := _option_label(question, value))),
            "",
        )


def _option_label(question: Question, value: Any) -> str:
    return next((o.label for o in question.answer_options if o.value == _text(value)), "")
