"""The building blocks of a form definition: questions, pages with their routing, and the form.

A definition is data (the live service's texts, codes and labels) plus small named predicates that
decide when a page is shown (`predicates.py`) and named checks on answers (`checks.py`), so an
analyst can read it and the next collection year's form is a diff of this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, Protocol

QuestionType = Literal["radio", "select", "text", "date"]


@dataclass(frozen=True)
class AnswerOption:
    value: str
    label: str
    hint: str = ""
    # Other spellings accepted for this value, e.g. an organisation's "ORG<n>" code for its id.
    aliases: tuple[str, ...] = ()


class Choices(Protocol):
    """Answer options that come from outside the form, such as the organisations a caller may pick."""

    def options(self, source: str, answers: Mapping[str, Any]) -> tuple[AnswerOption, ...]: ...


@dataclass(frozen=True)
class FormContext:
    """What routing and checks may look at: the log's answers, the caller's choices and today."""

    answers: Mapping[str, Any]
    choices: Choices
    today: date
    # The start date saved before this change: an edit may still use a closed-for-new-logs year.
    saved_startdate: date | None = None

    def with_answers(self, answers: Mapping[str, Any]) -> FormContext:
        return replace(self, answers=answers)


Predicate = Callable[[FormContext], bool]
# Returns the message to show when a parsed answer is not acceptable, else None.
Check = Callable[[Any, FormContext], "str | None"]


def always(_context: FormContext) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    id: str  # the log field the answer is stored in (live field name)
    type: QuestionType
    question_text: str
    check_answer_label: str
    # The live check-answers prompt ("Select needs type"), also the message for a missing or unknown choice.
    check_answer_prompt: str
    hint_text: str = ""
    answer_options: tuple[AnswerOption, ...] = ()
    options_source: str = ""  # names a Choices source when the options are not fixed
    width: int = 0
    optional: bool = False  # a blank answer is acceptable (live OPTIONAL_FIELDS)
    derived: bool = False  # set by the service by default; answering it alone does not start a log
    checks: tuple[Check, ...] = ()

    def options(self, context: FormContext) -> tuple[AnswerOption, ...]:
        if self.options_source:
            return context.choices.options(self.options_source, context.answers)
        return self.answer_options


@dataclass(frozen=True)
class Page:
    id: str
    questions: tuple[Question, ...]
    header: str = ""
    depends_on: Predicate = always

    def is_routed(self, context: FormContext) -> bool:
        return self.depends_on(context)

    def needs_answers(self, answers: Mapping[str, Any]) -> bool:
        return any(answers.get(q.id) is None for q in self.questions if not q.optional)


@dataclass(frozen=True)
class Form:
    log_type: str
    start_year: int
    section_label: str
    pages: tuple[Page, ...]
    _pages_by_id: dict[str, Page] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_pages_by_id", {page.id: page for page in self.pages})

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(question for page in self.pages for question in page.questions)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def page(self, page_id: str) -> Page | None:
        return self._pages_by_id.get(page_id)

    def routed_pages(self, context: FormContext) -> list[Page]:
        return [page for page in self.pages if page.is_routed(context)]

    def next_page_id(self, page_id: str, context: FormContext) -> str:
        """The next page shown after `page_id`, or "" at the end of the section (check answers)."""
        later = self.pages[self._index(page_id) + 1 :]
        return next((page.id for page in later if page.is_routed(context)), "")

    def previous_page_id(self, page_id: str, context: FormContext) -> str:
        """The page shown before `page_id`, or "" on the first page."""
        earlier = reversed(self.pages[: self._index(page_id)])
        return next((page.id for page in earlier if page.is_routed(context)), "")

    def resume_page_id(self, context: FormContext) -> str:
        """Where to carry on: a log not started yet from the first shown page (answers the service
        filled in are there to be confirmed), else the first shown page still missing an answer, else
        the first shown page."""
        routed = self.routed_pages(context)
        if not routed:
            return ""
        unanswered = None
        if self.is_started(context.answers):
            unanswered = next((page for page in routed if page.needs_answers(context.answers)), None)
        return (unanswered or routed[0]).id

    def is_started(self, answers: Mapping[str, Any]) -> bool:
        """Has a question the user answers themselves been answered? Organisations that the service
        fills in by default do not count, as in the live service."""
        return any(answers.get(q.id) is not None for q in self.questions if not q.derived)

    def _index(self, page_id: str) -> int:
        return self.pages.index(self._pages_by_id[page_id])
