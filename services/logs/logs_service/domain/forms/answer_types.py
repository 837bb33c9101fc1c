"""Parsers per question type: a raw answer in, its stored form out, or AnswerError with the live message."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from logs_service.domain.forms.model import FormContext, Question

INVALID_DATE = "Enter a date in the correct format, for example 31/1/2024."
TEXT_MAX_LENGTH = 255
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
UPRN = re.compile(r"^\d{1,12}$")
NUMBER = re.compile(r"^\d+(\.\d+)?$")
STEP_MESSAGES = {
    Decimal("0.01"): "{field} must be given to the nearest hundredth.",
    Decimal("0.1"): "{field} must be given to the nearest tenth.",
    Decimal("1"): "{field} must be a whole number.",
    Decimal("10"): "{field} must be given to the nearest ten.",
}


class AnswerError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []


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


def _bound(question: Question, value: float) -> str:
    suffix = question.suffix if isinstance(question.suffix, str) else ""
    number = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
    return f"{question.prefix}{number}{suffix}"


def _parse_numeric(question: Question, raw: Any, _context: FormContext) -> int | float:
    """Live rules: plain digits with an optional decimal part (commas are dropped), within min and
    max, and a multiple of the step."""
    label = question.check_answer_label or question.id
    text = _as_text(question, raw).replace(",", "")
    if not NUMBER.match(text):
        raise AnswerError(f"{label} must be a number.")
    value = Decimal(text)
    low, high = question.min, question.max
    if (low is not None and value < Decimal(str(low))) or (high is not None and value > Decimal(str(high))):
        if low is not None and high is not None:
            raise AnswerError(f"{label} must be between {_bound(question, low)} and {_bound(question, high)}.")
        if low is not None:
            raise AnswerError(f"{label} must be at least {_bound(question, low)}.")
    step = Decimal(str(question.step)) if question.step else None
    if step and (value * 100) % (step * 100) != 0:
        message = STEP_MESSAGES.get(step, "{field} must be given to the nearest {step}.")
        raise AnswerError(message.format(field=label, step=question.step))
    try:
        return int(value) if value == value.to_integral_value() else float(value)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only finite numbers
        raise AnswerError(f"{label} must be a number.") from None


def _parse_checkbox(question: Question, raw: Any, _context: FormContext) -> dict[str, int]:
    """Ticked options as a list, a comma-separated string or a mapping of option -> 0/1; every
    option of the question is stored, 1 when ticked and 0 otherwise (live behaviour)."""
    if isinstance(raw, dict):
        ticked = {key for key, value in raw.items() if value not in (None, 0, "0", "", False)}
    elif isinstance(raw, list):
        ticked = {str(item) for item in raw}
    else:
        ticked = {part.strip() for part in _as_text(question, raw).split(",") if part.strip()}
    unknown = ticked - set(question.answer_fields)
    if unknown:
        raise AnswerError(question.check_answer_prompt)
    return {name: int(name in ticked) for name in question.answer_fields}


def _parse_address_search(question: Question, raw: Any, _context: FormContext) -> dict[str, Any]:
    """No address lookup yet: a UPRN is stored as given; a blank answer chooses manual entry."""
    if is_blank(raw):
        return {"manual_address_entry_selected": True, "uprn": None, "uprn_known": 0}
    text = _as_text(question, raw)
    if not UPRN.match(text):
        raise AnswerError("UPRN must be 12 digits or less")
    return {"uprn": text, "uprn_known": 1, "manual_address_entry_selected": False}


def _not_answerable(question: Question, _raw: Any, _context: FormContext) -> Any:
    raise AnswerError("This answer is worked out from other answers")


PARSERS: dict[str, Callable[[Question, Any, FormContext], Any]] = {
    "radio": _parse_choice,
    "select": _parse_choice,
    "interruption_screen": _parse_choice,
    "text": _parse_text,
    "date": _parse_date,
    "numeric": _parse_numeric,
    "checkbox": _parse_checkbox,
    "address_search": _parse_address_search,
    "numeric_output": _not_answerable,
}
