"""A question page saved after someone else changed one of its answers: the page comes back with the
answers the user typed, each question someone else changed marked with the answer they saved, so
nothing is lost silently and the user can save again on purpose."""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from frontend_service.clients.logs_lifecycle import EDIT_CONFLICT_PREFIX
from frontend_service.clients.models import FormPage, Question
from frontend_service.questions import answers_from_form, checked_of, display_answer, field_anchor, text_of

CONFLICT_MESSAGE = (
    f"{EDIT_CONFLICT_PREFIX}. Your answers are shown below: check the answers they saved, then save again "
    "to replace them with yours."
)
THEIR_ANSWER = "Someone else changed this answer to: {answer}"
NO_ANSWER = "no answer"


def _stored_as_typed(question: Question) -> str:
    """The saved answer in the shape a submission has (answers_from_form)."""
    if question.type == "date":
        return text_of(question.answer)[:10]
    if question.type == "checkbox":
        ticked = set(checked_of(question, question.answer))
        return ",".join(o.value for o in question.answer_options if o.value in ticked)
    return text_of(question.answer)


def _same(typed: str, stored: str) -> bool:
    if typed == stored:
        return True
    try:
        return float(typed) == float(stored)
    except ValueError:
        return False


def conflict_field_errors(page: FormPage, form: MultiDict[str, str]) -> dict[str, str]:
    """question id -> their saved answer, for each question whose saved answer is not what was typed."""
    typed = answers_from_form(page, form)
    return {
        question.id: THEIR_ANSWER.format(answer=display_answer(question) or NO_ANSWER)
        for question in page.questions
        if question.id in typed and not _same(typed[question.id], _stored_as_typed(question))
    }


def conflict_error_list(page: FormPage, field_errors: dict[str, str]) -> list[dict[str, str]]:
    """The error summary: what happened first, then each changed question."""
    changed = [question for question in page.questions if question.id in field_errors]
    first = changed[0] if changed else (page.questions[0] if page.questions else None)
    items = [{"text": CONFLICT_MESSAGE, "href": f"#{field_anchor(first)}" if first else "#main-content"}]
    items += [
        {"text": f"{q.check_answer_label or q.question_text}: {field_errors[q.id]}", "href": f"#{field_anchor(q)}"}
        for q in changed
    ]
    return items
