"""Generic question handling, keyed only on question type (radio, select, checkbox, text, numeric, date,
address search, numeric output, interruption screen): what each renders with, how a submission becomes
the raw answers the logs service parses, and how an answer reads back on check-answers pages. No
knowledge of particular questions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from frontend_service.address_search import AddressSearch, address_answer
from frontend_service.clients.models import FormPage, Question

DATE_PARTS = ("day", "month", "year")
GOVUK_INPUT_WIDTHS = (2, 3, 4, 5, 10, 20, 30)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class QuestionView:
    """One question as its macro renders it: the current or submitted value, and any error."""

    question: Question
    value: str = ""
    date_parts: dict[str, str] = field(default_factory=dict)
    checked: tuple[str, ...] = ()
    error: str = ""
    is_page_heading: bool = False
    # Questions revealed under one of this question's options (GOV.UK conditional reveal): value -> views.
    revealed: dict[str, list[QuestionView]] = field(default_factory=dict)
    # An address search question's last search and what it found; None before any search.
    search: AddressSearch | None = None

    @property
    def anchor(self) -> str:
        return field_anchor(self.question)

    @property
    def width_class(self) -> str:
        width = self.question.width
        if width <= 0:
            return ""
        fitting = next((w for w in GOVUK_INPUT_WIDTHS if w >= width), GOVUK_INPUT_WIDTHS[-1])
        return f"govuk-input--width-{fitting}"

    def option_items(self) -> list[dict[str, Any]]:
        """Answer options as GOV.UK radios, checkboxes or select items; an "or" divider where the
        definition draws one. Revealed questions are added by the template (it renders them)."""
        chosen = set(self.checked) if self.question.type == "checkbox" else {self.value}
        items: list[dict[str, Any]] = []
        for option in self.question.answer_options:
            items.append(
                {
                    "value": option.value,
                    "text": option.label,
                    "hint": {"text": option.hint} if option.hint else None,
                    "checked": option.value in chosen,
                    "selected": option.value in chosen,
                    "revealed": self.revealed.get(option.value, []),
                }
            )
            if option.divider_after and self.question.type != "select":
                items.append({"divider": "or"})
        return items

    def items_with_reveals(self, render: Callable[[QuestionView], Any]) -> list[dict[str, Any]]:
        """option_items() with each option's revealed questions rendered (by the template's macro)
        as the GOV.UK conditional html."""
        items = self.option_items()
        for item in items:
            revealed = item.pop("revealed", None)
            if revealed:
                item["conditional"] = {"html": Markup("".join(str(render(child)) for child in revealed))}
        return items

    @property
    def output(self) -> str:
        """A worked-out answer (numeric output) as shown: with its prefix and suffix."""
        return display_answer(self.question) or f"{self.question.prefix}0.00"


def field_anchor(question: Question) -> str:
    """The id the error summary links to: the first input of the question."""
    return f"{question.id}-day" if question.type == "date" else question.id


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def date_parts_of(value: Any) -> dict[str, str]:
    match = _ISO_DATE.match(text_of(value))
    if not match:
        return dict.fromkeys(DATE_PARTS, "")
    year, month, day = match.groups()
    return {"day": str(int(day)), "month": str(int(month)), "year": year}


def checked_of(question: Question, value: Any) -> tuple[str, ...]:
    """Checkbox answers: a list of option values, a mapping of option value -> 1, comma-separated
    values, or 1 for a single-option checkbox (a declaration)."""
    if isinstance(value, list):
        return tuple(text_of(item) for item in value)
    if isinstance(value, dict):
        return tuple(key for key, item in value.items() if item not in (None, 0, "", "0", False))
    if value in (None, 0, "", "0", False):
        return ()
    if len(question.answer_options) == 1 and text_of(value) == "1":
        return (question.answer_options[0].value,)
    return tuple(part for part in text_of(value).split(",") if part)


def view_from_answer(question: Question, error: str = "", is_page_heading: bool = False) -> QuestionView:
    return QuestionView(
        question=question,
        value=text_of(question.answer),
        date_parts=date_parts_of(question.answer),
        checked=checked_of(question, question.answer),
        error=error,
        is_page_heading=is_page_heading,
    )


def view_from_submission(
    question: Question, form: MultiDict[str, str], error: str = "", is_page_heading: bool = False
) -> QuestionView:
    return QuestionView(
        question=question,
        value=form.get(question.id, ""),
        date_parts={part: form.get(f"{question.id}-{part}", "").strip() for part in DATE_PARTS},
        checked=tuple(form.getlist(question.id)),
        error=error,
        is_page_heading=is_page_heading,
    )


def question_views(
    page: FormPage, form: MultiDict[str, str] | None = None, field_errors: dict[str, str] | None = None
) -> list[QuestionView]:
    """Stored answers, or what was just submitted when it is being shown back with errors. A question
    another one reveals is nested under that option instead of standing on its own."""
    errors = field_errors or {}
    revealed_by = {
        name: (question.id, values) for question in page.questions for name, values in question.conditional_for
    }
    top_level = [question for question in page.questions if question.id not in revealed_by]
    single = len(top_level) == 1 and not page.header and not page.interruption_screen

    def view(question: Question, heading: bool) -> QuestionView:
        error = errors.get(question.id, "")
        if form is None:
            return view_from_answer(question, error, heading)
        return view_from_submission(question, form, error, heading)

    views = {question.id: view(question, single and question.id not in revealed_by) for question in page.questions}
    for name, (controller, values) in revealed_by.items():
        if controller in views and name in views:
            for value in values:
                views[controller].revealed.setdefault(value, []).append(views[name])
    return [views[question.id] for question in top_level]


def needs_answers(page: FormPage) -> bool:
    """Does the page still ask something unanswered? (The logs service decides for certain; this tells
    the frontend whether to carry on to a page after a change made from check answers.)"""
    revealed = {name for question in page.questions for name, _ in question.conditional_for}
    return page.interruption_screen or any(
        question.answer in (None, "", [])
        for question in page.questions
        if not question.optional and not question.shown_as_output and question.id not in revealed
    )


def compose_date(day: str, month: str, year: str) -> str:
    """Day, month and year as typed -> "YYYY-MM-DD"; anything incomplete goes as typed for the logs
    service to reject with its own message."""
    day, month, year = day.strip(), month.strip(), year.strip()
    if not (day or month or year):
        return ""
    if day.isdigit() and month.isdigit() and year.isdigit():
        return f"{year.zfill(4)}-{month.zfill(2)}-{day.zfill(2)}"
    return f"{year}-{month}-{day}"


def answers_from_form(page: FormPage, form: MultiDict[str, str]) -> dict[str, str]:
    """Raw answers keyed by question id (checkboxes: the checked option values, comma-separated)."""
    answers: dict[str, str] = {}
    for question in page.questions:
        if question.shown_as_output:
            continue
        if question.type == "date":
            parts = [form.get(f"{question.id}-{part}", "") for part in DATE_PARTS]
            answers[question.id] = compose_date(*parts)
        elif question.type == "checkbox":
            checked = set(form.getlist(question.id))
            answers[question.id] = ",".join(o.value for o in question.answer_options if o.value in checked)
        elif question.type == "address_search":
            answers[question.id] = address_answer(question, form)
        else:
            answers[question.id] = form.get(question.id, "").strip()
    return answers


def error_list_for(page: FormPage, field_errors: dict[str, str], message: str = "") -> list[dict[str, str]]:
    """Error summary items in question order, each linking to its question's first input."""
    items = [
        {"text": field_errors[question.id], "href": f"#{field_anchor(question)}"}
        for question in page.questions
        if question.id in field_errors
    ]
    known = {question.id for question in page.questions}
    first = f"#{field_anchor(page.questions[0])}" if page.questions else "#main-content"
    items += [{"text": text, "href": first} for key, text in field_errors.items() if key not in known]
    if not items and message:
        items.append({"text": message, "href": first})
    return items


def format_date(value: Any) -> str:
    match = _ISO_DATE.match(text_of(value))
    if not match:
        return text_of(value)
    try:
        moment = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return text_of(value)
    return f"{moment.day} {moment:%B %Y}"


def display_answer(question: Question) -> str:
    """The answer as a person reads it: option labels, GOV.UK dates, prefix and suffix."""
    answer = question.answer
    if answer is None or answer == "" or answer == []:
        return ""
    if question.type in ("radio", "select", "interruption_screen"):
        return question.option_label(text_of(answer))
    if question.type == "checkbox":
        return ", ".join(question.option_label(value) for value in checked_of(question, answer))
    if question.type == "date":
        return format_date(answer)
    return f"{question.prefix}{text_of(answer)}{question.suffix}"
