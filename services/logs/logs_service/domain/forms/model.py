"""The building blocks of a form definition: questions, pages with their routing, subsections,
sections and the form.

A definition is data (the live service's texts, codes and labels) plus routing written as data
(`routing.when`) that may name small predicates (`predicates.py`), and named checks on answers
(`checks.py`), so an analyst can read it and the next collection year's form is a diff of this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, Protocol

QuestionType = Literal[
    "radio", "select", "checkbox", "text", "numeric", "date", "address_search", "numeric_output", "interruption_screen"
]
# Question types that ask nothing: the service works the answer out.
NOT_ASKED = ("numeric_output",)


@dataclass(frozen=True)
class AnswerOption:
    value: str
    label: str
    hint: str = ""
    # Other spellings accepted for this value, e.g. an organisation's "ORG<n>" code for its id.
    aliases: tuple[str, ...] = ()
    divider_after: bool = False  # the GOV.UK "or" divider is drawn after this option


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
    start_year: int = 0  # the collection year of the form being used
    may_assign: bool = False  # support users and data coordinators choose who a log is assigned to
    owner_provider_type: str = ""  # "LA" or "PRP": the owning organisation's provider type, when known
    setup_pages: tuple[Any, ...] = ()  # the form's set-up pages, which every later subsection waits for
    # The named predicates ("joint_purchase?") of the form in use; None: the lettings ones (predicates.NAMED).
    predicates: Mapping[str, Callable[[FormContext], Any]] | None = None
    # Rent ranges and local authorities for the soft checks that look them up (validation.reference).
    reference: Any = None

    def with_answers(self, answers: Mapping[str, Any]) -> FormContext:
        return replace(self, answers=answers)


Predicate = Callable[[FormContext], bool]
# Returns the message to show when a parsed answer is not acceptable, else None.
Check = Callable[[Any, FormContext], "str | None"]


def always(_context: FormContext) -> bool:
    return True


@dataclass(frozen=True)
class Suffix:
    """A suffix chosen by another answer, e.g. " every week" when incfreq is 1."""

    label: str
    depends_on: Mapping[str, Any]


@dataclass(frozen=True)
class Question:
    id: str  # the log field the answer is stored in (live field name); for a checkbox, only a name
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
    derived: bool = False  # may be set by the service; answering it alone does not start a log
    checks: tuple[Check, ...] = ()
    min: float | None = None
    max: float | None = None
    step: float | None = None
    prefix: str = ""
    suffix: str | tuple[Suffix, ...] = ""
    conditional_for: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)  # revealed question -> values
    question_number: int | None = None
    hidden_in_check_answers: bool = False
    # Kept when its page is no longer shown (live `keep_answer_when_not_routed`): an address the search filled in.
    keep_answer_when_not_routed: bool = False
    fields_added: tuple[str, ...] = ()  # numeric_output: the answers it adds up
    readonly: bool = False
    inferred_check_answers_value: tuple[tuple[Mapping[str, Any], str], ...] = ()  # (condition, shown value)

    def options(self, context: FormContext) -> tuple[AnswerOption, ...]:
        if self.options_source:
            return context.choices.options(self.options_source, context.answers)
        return self.answer_options

    @property
    def answer_fields(self) -> tuple[str, ...]:
        """The log fields this question stores: a checkbox stores each option as a 0/1 field."""
        if self.type == "checkbox":
            return tuple(option.value for option in self.answer_options)
        return (self.id,)

    def is_answered(self, answers: Mapping[str, Any]) -> bool:
        return any(answers.get(name) is not None for name in self.answer_fields)

    @property
    def asked(self) -> bool:
        return self.type not in NOT_ASKED and not self.readonly

    def suffix_for(self, answers: Mapping[str, Any]) -> str:
        if isinstance(self.suffix, str):
            return self.suffix
        matching = (s.label for s in self.suffix if all(answers.get(k) == v for k, v in s.depends_on.items()))
        return next(matching, "")


@dataclass(frozen=True)
class Interruption:
    """The texts of a soft-check page: a template with %{placeholders} and what fills each one."""

    template: str
    arguments: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Page:
    id: str
    questions: tuple[Question, ...]
    header: str = ""
    depends_on: Predicate = always
    title_text: Interruption | None = None  # soft-check (interruption) pages only
    informative_text: Interruption | None = None
    interruption_screen_question_ids: tuple[str, ...] = ()
    # On check answers, the summary card of the person the page asks about (live `check_answers_card_number`:
    # 1 the lead tenant or buyer 1, 2 person 2 or buyer 2...), or a card of its own title ("All buyers").
    check_answers_card_number: int | None = None
    check_answers_card_title: str = ""

    @property
    def interruption_screen(self) -> bool:
        return any(question.type == "interruption_screen" for question in self.questions)

    def is_routed(self, context: FormContext) -> bool:
        return self.depends_on(context)

    def shows(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """A question revealed by another answer on the page (`conditional_for`) is shown only then."""
        controllers = [q for q in self.questions if question.id in q.conditional_for]
        return not controllers or any(answers.get(q.id) in q.conditional_for[question.id] for q in controllers)

    def required_questions(self, answers: Mapping[str, Any]) -> list[Question]:
        return [q for q in self.questions if q.asked and not q.optional and not q.derived and self.shows(q, answers)]

    def needs_answers(self, answers: Mapping[str, Any]) -> bool:
        return any(not q.is_answered(answers) for q in self.required_questions(answers))


@dataclass(frozen=True)
class Subsection:
    id: str
    label: str
    pages: tuple[Page, ...]
    depends_on: Predicate = always

    def is_enabled(self, context: FormContext) -> bool:
        return self.depends_on(context)


@dataclass(frozen=True)
class Section:
    id: str
    label: str
    subsections: tuple[Subsection, ...]
