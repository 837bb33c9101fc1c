"""Turning raw answers (strings typed by a user, or JSON values from the API) into stored answers.

Stored forms: codes as integers, organisation ids and texts as strings, dates as "YYYY-MM-DD",
numbers as integers or decimals, each checkbox option as its own 0/1 field. Every error found is
reported at once, keyed by question id (or by the field given, for the API)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from core_platform.errors import InvalidArgument
from logs_service.domain.forms.answer_types import PARSERS, AnswerError, is_blank, read_date
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import FormContext, Page, Question

__all__ = ["AnswerError", "INVALID_DATE", "UNKNOWN_QUESTION", "is_blank", "parse_answer", "read_date"]

INVALID_DATE = "Enter a date in the correct format, for example 31/1/2024."
UNKNOWN_QUESTION = "This is not a question on this form"
WORKED_OUT = "This answer is worked out from other answers"


def parse_answer(question: Question, raw: Any, context: FormContext) -> Any:
    """The stored form of one answer, None for a blank one; AnswerError when it is not acceptable.
    A checkbox or address search gives a dict of the fields it sets."""
    if is_blank(raw) and question.type != "address_search":
        return None
    value = PARSERS[question.type](question, raw, context)
    for check in question.checks:
        message = check(value, context)
        if message:
            raise AnswerError(message)
    return value.isoformat() if isinstance(value, date) else value


def _store(question: Question, value: Any, parsed: dict[str, Any]) -> None:
    if question.type == "checkbox":
        parsed.update(value or dict.fromkeys(question.answer_fields))
    elif question.type == "address_search":
        parsed.update(value)
    else:
        parsed[question.id] = value


def _parse_any_variant(form: Form, name: str, raw: Any, context: FormContext) -> dict[str, Any]:
    """An answer given by field name: valid when any page's version of the question accepts it."""
    variants = form.question_variants(name)
    checkbox = form.checkbox_of(name)
    if checkbox is not None:  # one option of a checkbox, given as its own 0/1 field
        return {name: _parse_flag(checkbox, raw)}
    error: AnswerError | None = None
    for question in variants:
        if not question.asked:
            raise AnswerError(WORKED_OUT)
        try:
            parsed: dict[str, Any] = {}
            _store(question, parse_answer(question, raw, context), parsed)
            return parsed
        except AnswerError as exc:
            error = error or exc
    raise error or AnswerError(UNKNOWN_QUESTION)


def _parse_flag(question: Question, raw: Any) -> int | None:
    if is_blank(raw):
        return None
    if str(raw).strip() in ("0", "1", "0.0", "1.0") or isinstance(raw, bool):
        return int(float(raw))
    raise AnswerError(question.check_answer_prompt)


def field_names(form: Form) -> set[str]:
    return {name for question in form.questions for name in (question.id, *question.answer_fields)}


def parse_answers_leniently(
    form: Form, raw: Mapping[str, Any], context: FormContext
) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse answers given by field name, in form order (the managing agent sees the new stock
    owner); return the valid ones and the messages for the rest. Unknown names are errors too."""
    known = field_names(form)
    errors = {name: UNKNOWN_QUESTION for name in raw if name not in known}
    parsed: dict[str, Any] = {}
    for name in _in_form_order(form, raw):
        try:
            parsed.update(_parse_any_variant(form, name, raw[name], context))
        except AnswerError as exc:
            errors[name] = exc.message
        context = context.with_answers({**context.answers, **parsed})
    return parsed, errors


def parse_answers(form: Form, raw: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
    """Like `parse_answers_leniently`, but any error rejects them all."""
    parsed, errors = parse_answers_leniently(form, raw, context)
    if errors:
        raise InvalidArgument("", errors)
    return parsed


def _in_form_order(form: Form, raw: Mapping[str, Any]) -> list[str]:
    names = dict.fromkeys(name for q in form.questions for name in (q.id, *q.answer_fields))
    order = {name: i for i, name in enumerate(names)}
    return sorted((name for name in raw if name in order), key=order.__getitem__)


def parse_page(page: Page, raw: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
    """Parse a submitted page: each question shown must be answered unless optional; a question
    hidden by its page's other answers (`conditional_for`) is cleared."""
    errors = {name: UNKNOWN_QUESTION for name in raw if name not in {q.id for q in page.questions}}
    parsed: dict[str, Any] = {}
    for question in page.questions:
        if not question.asked:
            continue
        if not page.shows(question, {**context.answers, **parsed}):
            _store(question, None, parsed)
            continue
        try:
            value = parse_answer(question, raw.get(question.id), context)
        except AnswerError as exc:
            errors[question.id] = exc.message
            continue
        if value is None and not question.optional and not question.derived:
            errors[question.id] = question.check_answer_prompt
        _store(question, value, parsed)
        context = context.with_answers({**context.answers, **parsed})
    if errors:
        raise InvalidArgument("", errors)
    return parsed
