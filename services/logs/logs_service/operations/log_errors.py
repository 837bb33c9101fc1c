"""A stored log's hard errors grouped by rule, with every answer that causes each (the "check errors"
page, from which the user changes or clears those answers)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument
from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import FormContext, Question
from logs_service.domain.forms.parsing import parse_page
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION
from logs_service.operations.common import Dependencies, load_visible_log
from logs_service.operations.forms import form_and_context
from logs_service.operations.validation import check_log, linked_records

NOT_CLEARABLE = frozenset({OWNING_ORGANISATION, MANAGING_ORGANISATION})  # they decide who sees the log


@dataclass(frozen=True)
class ErrorAnswer:
    field: str
    page_id: str
    label: str
    answer: str
    message: str
    clearable: bool


@dataclass(frozen=True)
class ErrorGroup:
    rule: str
    answers: tuple[ErrorAnswer, ...]


def get_log_errors(
    deps: Dependencies,
    principal: Principal,
    log_id: str,
    page_id: str = "",
    page_answers: Mapping[str, Any] | None = None,
) -> tuple[ErrorGroup, ...]:
    """Each rule the stored answers (with a page's unsaved answers, when given) break, with the answers
    it names that a routed page asks. Only the page's answers count as changed, so checks made on a
    change (the data sharing agreement) look at nothing else."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
    form, context = form_and_context(deps, principal, log)
    changed: frozenset[str] = frozenset()
    if page_id and page_answers:
        proposed = _page_answers(form, page_id, page_answers, context)
        changed = frozenset(name for name, value in proposed.items() if context.answers.get(name) != value)
        proposed_answers = {k: v for k, v in {**context.answers, **proposed}.items() if v is not None}
        linked = linked_records(context.choices, proposed_answers)
        derived = derive_answers(form, proposed_answers, context.answers, context.reference, linked)
        context = form.prepared(context.with_answers(derived))
    result = check_log(form, context, changed)
    pages = _pages_asking(form, context)
    groups: dict[str, list[ErrorAnswer]] = {}
    for error in result.errors:
        asked = pages.get(error.field)
        if asked is None:
            continue
        page_id, question = asked
        answers = groups.setdefault(error.rule, [])
        if all(a.field != error.field for a in answers):
            answers.append(
                ErrorAnswer(
                    error.field,
                    page_id,
                    question.check_answer_label or question.question_text,
                    answer_text(question, context),
                    error.message,
                    error.field not in NOT_CLEARABLE,
                )
            )
    return tuple(ErrorGroup(rule, tuple(answers)) for rule, answers in groups.items())


def _page_answers(form: Form, page_id: str, raw: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
    """The page's answers as a save would parse them; none when the page is not one this log shows or
    an answer does not parse (the page shows those errors itself)."""
    page = form.page(page_id)
    if page is None or not page.is_routed(context):
        return {}
    try:
        return parse_page(page, raw, context)
    except InvalidArgument:
        return {}


def _pages_asking(form: Form, context: FormContext) -> dict[str, tuple[str, Question]]:
    """The first routed page (not an interruption screen) asking each field."""
    found: dict[str, tuple[str, Question]] = {}
    for page in form.routed_pages_ignoring_subsections(context):
        if page.interruption_screen:
            continue
        for question in page.questions:
            for name in (question.id, *question.answer_fields):
                found.setdefault(name, (page.id, question))
    return found


def answer_text(question: Question, context: FormContext) -> str:
    """The answer as check answers shows it: an option's label, otherwise the value itself."""
    value: Any = context.answers.get(question.id)
    if value is None:
        return ""
    options = {option.value: option.label for option in question.options(context)}
    return options.get(str(value), str(value))
