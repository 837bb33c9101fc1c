"""Turning raw answers (strings typed by a user, or JSON values from the API) into stored answers.

Stored forms: codes as integers, organisation ids and texts as strings, dates as "YYYY-MM-DD".
Every error found is reported at once, keyed by question id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from core_platform.errors import InvalidArgument
from logs_service.domain.forms.model import Form, FormContext, Page, Question

# validations.shared.date.invalid_date (live); both formats it mentions and ISO are accepted.
INVALID_DATE = "Enter a date in the correct format, for example 31/1/2024."
TEXT_MAX_LENGTH = 255
UNKNOWN_QUESTION = "This is not a question on this form"
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


class AnswerError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _as_text(question: Question, raw: Any) -> str:
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise AnswerError(question.check_answer_prompt)
    # JSON numbers arrive as floats from a protobuf Struct: 1.0 means the code 1.
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def _parse_choice(question: Question, raw: Any, context: FormContext) -> int | str:
    text = _as_text(question, raw).casefold()
    for option in question.options(context):
        if text == option.value.casefold() or text in (alias.casefold() for alias in option.aliases):
            return int(option.value) if option.value.isdigit() else option.value
    raise AnswerError(question.check_answer_prompt)


def _parse_text(question: Question, raw: Any, _context: FormContext) -> str:
    text = _as_text(question, raw)
    if len(text) > TEXT_MAX_LENGTH:
        raise AnswerError(f"{question.check_answer_label} must be {TEXT_MAX_LENGTH} characters or fewer")
    return text


def read_date(raw: Any) -> date | None:
    """The date written as "YYYY-MM-DD" (or "31/1/2024"), or None when it is not a real date."""
    if isinstance(raw, str):
        for pattern in DATE_FORMATS:
            try:
                return datetime.strptime(raw.strip(), pattern).date()
            except ValueError:
                continue
    return None


def _parse_date(_question: Question, raw: Any, _context: FormContext) -> date:
    parsed = read_date(raw)
    if parsed is None:
        raise AnswerError(INVALID_DATE)
    return parsed


PARSERS: dict[str, Callable[[Question, Any, FormContext], Any]] = {
    "radio": _parse_choice,
    "select": _parse_choice,
    "text": _parse_text,
    "date": _parse_date,
}


def parse_answer(question: Question, raw: Any, context: FormContext) -> Any:
    """The stored form of one answer, None for a blank one; AnswerError when it is not acceptable."""
    if is_blank(raw):
        return None
    value = PARSERS[question.type](question, raw, context)
    for check in question.checks:
        message = check(value, context)
        if message:
            raise AnswerError(message)
    return value.isoformat() if isinstance(value, date) else value


def parse_answers(form: Form, raw: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
    """Parse the given answers in form order, so a question whose options depend on an earlier
    answer (the managing agent on the stock owner) sees the new one. Blank answers come back None."""
    errors = {name: UNKNOWN_QUESTION for name in raw if form.question(name) is None}
    parsed: dict[str, Any] = {}
    for question in form.questions:
        if question.id not in raw:
            continue
        try:
            parsed[question.id] = parse_answer(question, raw[question.id], context)
        except AnswerError as exc:
            errors[question.id] = exc.message
        context = context.with_answers({**context.answers, **parsed})
    if errors:
        raise InvalidArgument("", errors)
    return parsed


def parse_page(page: Page, raw: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
    """Parse a submitted page: each of its questions must be answered unless optional."""
    errors = {name: UNKNOWN_QUESTION for name in raw if name not in {q.id for q in page.questions}}
    parsed: dict[str, Any] = {}
    for question in page.questions:
        try:
            value = parse_answer(question, raw.get(question.id), context)
        except AnswerError as exc:
            errors[question.id] = exc.message
            continue
        if value is None and not question.optional:
            errors[question.id] = question.check_answer_prompt
        parsed[question.id] = value
        context = context.with_answers({**context.answers, **parsed})
    if errors:
        raise InvalidArgument("", errors)
    return parsed
