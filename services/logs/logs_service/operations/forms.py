"""The form, page by page: what a page asks with the log's current answers, saving a page, and the
task list of subsections with their statuses."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import FailedPrecondition, InvalidArgument, NotFound
from core_platform.events.outbox import record_event
from logs_service.data import duplicates
from logs_service.data.models import Log, outbox
from logs_service.domain.forms.address import found_address_lines
from logs_service.domain.forms.check_answers_cards import card_title
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.interruptions import fill_template
from logs_service.domain.forms.model import AnswerOption, FormContext, Page, Question, Subsection
from logs_service.domain.forms.parsing import parse_page
from logs_service.domain.forms.predicates import ENGLISH_LOCAL_AUTHORITIES
from logs_service.domain.forms.registry import form_for_log
from logs_service.domain.logs import COMPLETED
from logs_service.operations import history
from logs_service.operations.addresses import with_searched_address
from logs_service.operations.common import (
    Dependencies,
    event_payload,
    form_context,
    load_visible_log,
    store_answers,
)
from logs_service.operations.logs import LOG_COMPLETED, LOG_UPDATED
from logs_service.operations.setup_answers import reconcile_setup_answers
from logs_service.operations.validation import check_log, page_errors

logger = logging.getLogger(__name__)

PAGE_NOT_FOUND = "Page not found"
NO_QUESTIONS = "This log has no questions to answer yet"


@dataclass(frozen=True)
class QuestionView:
    question: Question
    options: tuple[AnswerOption, ...]
    answer: Any  # the stored answer (a checkbox: its ticked option values), None when unanswered
    suffix: str = ""
    inferred_answer: str = ""
    answer_details: tuple[str, ...] = ()  # shown under the answer on check answers: a found address's lines


@dataclass(frozen=True)
class PageView:
    log_id: str
    page_id: str
    header: str
    section_label: str
    questions: tuple[QuestionView, ...]
    previous_page_id: str  # "" on the first page of its subsection
    subsection_id: str = ""
    interruption_screen: bool = False
    title_text: str = ""
    informative_text: str = ""
    log_version: int = 0
    check_answers_card_title: str = ""  # on check answers: the card of the person the page asks about


@dataclass(frozen=True)
class SubsectionStatus:
    subsection: Subsection
    status: str
    first_page_id: str


@dataclass(frozen=True)
class CheckAnswersView:
    log_id: str
    subsection: Subsection
    status: str
    pages: tuple[PageView, ...]


@dataclass(frozen=True)
class TaskListView:
    log_id: str
    collection_year: int
    sections: tuple[tuple[str, str, tuple[SubsectionStatus, ...]], ...]  # (id, label, subsections)


def get_form_page(
    deps: Dependencies, principal: Principal, log_id: str, page_id: str, subsection_id: str = ""
) -> PageView:
    """The page, or with no page id the one to carry on from (the first still missing an answer)."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
    form, context = form_and_context(deps, principal, log)
    subsection = form.subsection(subsection_id) if subsection_id else None
    if subsection_id and subsection is None:
        raise NotFound(PAGE_NOT_FOUND)
    page = _routed_page(form, page_id or form.resume_page_id(context, subsection), context)
    return replace(_page_view(form, page, context, str(log.id)), log_version=log.version)


def _page_view(form: Form, page: Page, context: FormContext, log_id: str) -> PageView:
    title_text, informative_text = page_texts(form, page, context)
    return PageView(
        log_id=log_id,
        page_id=page.id,
        header=page.header,
        section_label=form.subsection_of(page.id).label,
        questions=tuple(question_view(q, context) for q in page.questions),
        previous_page_id=form.previous_page_id(page.id, context),
        subsection_id=form.subsection_of(page.id).id,
        interruption_screen=page.interruption_screen,
        title_text=title_text,
        informative_text=informative_text,
    )


def page_texts(form: Form, page: Page, context: FormContext) -> tuple[str, str]:
    """The page's title and informative texts with their placeholders filled."""
    computed = _soft_check_values(form, page, context) if page.interruption_screen else {}
    answers = context.answers
    return fill_template(page.title_text, form, answers, computed), fill_template(
        page.informative_text, form, answers, computed
    )


def _soft_check_values(form: Form, page: Page, context: FormContext) -> dict[str, Any]:
    """What the page's own soft check worked out ("higher" or "lower", a range's limit): its texts
    name values that come from reference data, not from the answers."""
    confirmed_here = {question.id for question in page.questions}
    values: dict[str, Any] = {}
    for warning in check_log(form, form.prepared(context), include_confirmed=True).warnings:
        if warning.confirmation_field in confirmed_here:
            values.update(warning.values)
    return values


def question_view(question: Question, context: FormContext) -> QuestionView:
    answers = context.answers
    if question.type == "checkbox":
        ticked = [name for name in question.answer_fields if answers.get(name) == 1]
        answer: Any = ticked if question.is_answered(answers) else None
    else:
        answer = answers.get(question.id)
    inferred = next(
        (
            shown
            for condition, shown in question.inferred_check_answers_value
            if all(answers.get(k) == v for k, v in condition.items())
        ),
        "",
    )
    details = _found_address(context) if question.type == "address_search" else ()
    return QuestionView(question, question.options(context), answer, question.suffix_for(answers), inferred, details)


def _found_address(context: FormContext) -> tuple[str, ...]:
    la = context.answers.get("la")
    authorities = context.choices.options(ENGLISH_LOCAL_AUTHORITIES, context.answers) if la else ()
    return found_address_lines(context.answers, next((o.label for o in authorities if o.value == la), ""))


def get_task_list(deps: Dependencies, principal: Principal, log_id: str) -> TaskListView:
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
    form, context = form_and_context(deps, principal, log)
    # Once set-up is done, a subsection still unavailable does not apply to this log (a sale's other
    # ownership scheme): it is left out, as in the live service, rather than shown "cannot start yet".
    setup_done = form.subsection_status(form.subsections[0], context) == "completed"
    sections = []
    for section in form.sections:
        subsections = []
        for sub in section.subsections:
            status = form.subsection_status(sub, context)
            if status == "cannot_start_yet" and setup_done:
                continue
            first = "" if status == "cannot_start_yet" else form.resume_page_id(context, sub)
            subsections.append(SubsectionStatus(sub, status, first))
        if subsections:
            sections.append((section.id, section.label, tuple(subsections)))
    return TaskListView(str(log.id), form.start_year, tuple(sections))


def get_check_answers(deps: Dependencies, principal: Principal, log_id: str, subsection_id: str) -> CheckAnswersView:
    """The subsection's routed pages with their answers and the card each is shown in, for its check-answers
    page. Soft checks are confirmations, not answers, so they are left out, as in the live service."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
    form, context = form_and_context(deps, principal, log)
    subsection = form.subsection(subsection_id)
    if subsection is None or not subsection.is_enabled(context):
        raise NotFound(PAGE_NOT_FOUND)
    pages = tuple(
        replace(
            _page_view(form, page, context, str(log.id)),
            check_answers_card_title=card_title(form.log_type, page, context.answers),
        )
        for page in form.routed_pages(context, subsection)
        if not page.interruption_screen
    )
    return CheckAnswersView(str(log.id), subsection, form.subsection_status(subsection, context), pages)


def save_form_page(
    deps: Dependencies,
    principal: Principal,
    log_id: str,
    page_id: str,
    raw: Mapping[str, Any],
    expected_version: int | None = None,
) -> tuple[Log, str]:
    """Validate and store the page's answers; return the log and the next page ("" at the end of
    the subsection, where the frontend shows its check answers). Given the version the page was
    rendered from, refuse (FailedPrecondition) when someone changed one of the page's answers since."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        was_completed = log.status == COMPLETED
        before = history.snapshot(log)
        form, context = form_and_context(deps, principal, log)
        page = _routed_page(form, page_id, context)
        page_fields = [name for q in page.questions for name in (q.id, *q.answer_fields)]
        history.check_no_conflict(session, log, expected_version, page_fields)
        parsed = with_searched_address(deps.addresses, deps.postcodes, parse_page(page, raw, context), log.answers)
        answers = {**log.answers, **parsed}
        reconcile_setup_answers(answers, log.answers, parsed, context.choices)
        errors = page_errors(form, page_fields, answers, context, log.answers)
        if errors:  # the page's answers break a hard rule: shown on the page with the rule's message
            raise InvalidArgument("", errors)
        store_answers(log, answers, form, context)
        duplicates.refresh_duplicate_set(session, log)
        history.record_change(session, log, before, principal.subject, history.SOURCE_FORM)
        record_event(session, outbox, LOG_UPDATED, {**event_payload(log), "fields": sorted(parsed)})
        if log.status == COMPLETED and not was_completed:
            record_event(session, outbox, LOG_COMPLETED, event_payload(log))
    logger.info("form page saved", extra={"log_id": str(log.id), "page_id": page.id})
    # A new start date may move the log into another year's form.
    next_form, next_context = form_and_context(deps, principal, log)
    if next_form.page(page.id) is None:
        next_form = form
    return log, next_form.next_page_id(page.id, next_context)


def form_and_context(deps: Dependencies, principal: Principal, log: Log) -> tuple[Form, FormContext]:
    choices = deps.choices(principal)
    form = form_for_log(log.log_type, log.startdate, deps.today())
    context = form_context(deps, principal, choices, dict(log.answers), saved_startdate=log.startdate)
    return form, form.prepared(context)


def _routed_page(form: Form, page_id: str, context: FormContext) -> Page:
    if not page_id:
        raise FailedPrecondition(NO_QUESTIONS)
    page = form.page(page_id)
    if page is None or not page.is_routed(context) or not form.subsection_of(page_id).is_enabled(context):
        raise NotFound(PAGE_NOT_FOUND)
    return page
