"""The form, page by page: what a page asks with the log's current answers, and saving a page."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import FailedPrecondition, NotFound
from core_platform.events.outbox import record_event
from logs_service.data.models import Log, outbox
from logs_service.domain.forms.model import AnswerOption, Form, FormContext, Page, Question
from logs_service.domain.forms.parsing import parse_page
from logs_service.domain.forms.registry import form_for_log
from logs_service.domain.organisation_choices import OWNING_ORGANISATION, OrganisationChoices
from logs_service.operations.common import (
    Dependencies,
    event_payload,
    load_visible_log,
    reconcile_managing_agent,
    store_answers,
)
from logs_service.operations.logs import LOG_UPDATED

logger = logging.getLogger(__name__)

PAGE_NOT_FOUND = "Page not found"
NO_QUESTIONS = "This log has no questions to answer yet"


@dataclass(frozen=True)
class QuestionView:
    question: Question
    options: tuple[AnswerOption, ...]
    answer: Any  # the stored answer, None when unanswered


@dataclass(frozen=True)
class PageView:
    log_id: str
    page_id: str
    header: str
    section_label: str
    questions: tuple[QuestionView, ...]
    previous_page_id: str  # "" on the first page


def get_form_page(deps: Dependencies, principal: Principal, log_id: str, page_id: str) -> PageView:
    """The page, or with no page id the one to carry on from (the first still missing an answer)."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
    form, context = _form_and_context(deps, log, OrganisationChoices(deps.organisations, principal))
    page = _routed_page(form, page_id or form.resume_page_id(context), context)
    return PageView(
        log_id=str(log.id),
        page_id=page.id,
        header=page.header,
        section_label=form.section_label,
        questions=tuple(QuestionView(q, q.options(context), log.answers.get(q.id)) for q in page.questions),
        previous_page_id=form.previous_page_id(page.id, context),
    )


def save_form_page(
    deps: Dependencies, principal: Principal, log_id: str, page_id: str, raw: Mapping[str, Any]
) -> tuple[Log, str]:
    """Validate and store the page's answers; return the log and the next page ("" at the end of
    the section, where the frontend shows check answers)."""
    choices = OrganisationChoices(deps.organisations, principal)
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        form, context = _form_and_context(deps, log, choices)
        page = _routed_page(form, page_id, context)
        parsed = parse_page(page, raw, context)
        answers = {**log.answers, **parsed}
        reconcile_managing_agent(answers, log.answers.get(OWNING_ORGANISATION), parsed, choices)
        store_answers(log, answers, form, choices)
        record_event(session, outbox, LOG_UPDATED, {**event_payload(log), "fields": sorted(parsed)})
    logger.info("form page saved", extra={"log_id": str(log.id), "page_id": page.id})
    # A new start date may move the log into another year's form.
    next_form, next_context = _form_and_context(deps, log, choices)
    if next_form.page(page.id) is None:
        next_form = form
    return log, next_form.next_page_id(page.id, next_context)


def _form_and_context(deps: Dependencies, log: Log, choices: OrganisationChoices) -> tuple[Form, FormContext]:
    today = deps.today()
    form = form_for_log(log.log_type, log.startdate, today)
    return form, FormContext(dict(log.answers), choices, today, saved_startdate=log.startdate)


def _routed_page(form: Form, page_id: str, context: FormContext) -> Page:
    if not page_id:
        raise FailedPrecondition(NO_QUESTIONS)
    page = form.page(page_id)
    if page is None or not page.is_routed(context):
        raise NotFound(PAGE_NOT_FOUND)
    return page
