"""Creating, reading, changing, deleting and listing logs: one transaction each, with its event."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from core_platform.auth.principal import KIND_USER, Principal
from core_platform.db import session_scope, utcnow
from core_platform.errors import InvalidArgument, PermissionDenied
from core_platform.events.outbox import record_event
from logs_service.data import duplicates
from logs_service.data import logs as queries
from logs_service.data.models import Log, outbox
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import FormContext
from logs_service.domain.forms.parsing import UNKNOWN_QUESTION, is_blank, parse_answers_leniently, read_date
from logs_service.domain.forms.registry import LOG_DATE_FIELDS, LOG_TYPES, form_for_log
from logs_service.domain.logs import COMPLETED, DELETED, may_delete
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION
from logs_service.operations import history
from logs_service.operations.addresses import look_up_address
from logs_service.operations.common import (
    Dependencies,
    event_payload,
    form_context,
    load_visible_log,
    merged_in,
    store_answers,
)
from logs_service.operations.setup_answers import reconcile_setup_answers
from logs_service.operations.validation import reject_invalid

logger = logging.getLogger(__name__)

LOG_CREATED = "logs.log_created"
LOG_UPDATED = "logs.log_updated"
LOG_DELETED = "logs.log_deleted"
LOG_COMPLETED = "logs.log_completed"
NO_ORGANISATION = "You need to belong to an organisation to record logs"
MAY_NOT_DELETE = "You do not have permission to delete this log"
CHOOSE_LOG_TYPE = "Select lettings or sales"


def create_log(
    deps: Dependencies,
    principal: Principal,
    log_type: str,
    raw: Mapping[str, Any],
    *,
    lenient: bool = False,
    source: str = "",
) -> tuple[Log, dict[str, str]]:
    """A new log with the given answers. Lenient (the REST API): invalid answers are left out and
    returned with their messages; unknown field names still reject the whole request."""
    if log_type not in LOG_TYPES:
        raise InvalidArgument(CHOOSE_LOG_TYPE, {"log_type": CHOOSE_LOG_TYPE})
    if not principal.is_support and not principal.organisation_id:
        raise PermissionDenied(NO_ORGANISATION)
    choices = deps.choices(principal)
    log_date = LOG_DATE_FIELDS[log_type]
    form = form_for_log(log_type, read_date(raw.get(log_date)), deps.today())
    answers: dict[str, Any] = {}
    if is_blank(raw.get(OWNING_ORGANISATION)):
        answers[OWNING_ORGANISATION] = choices.default_stock_owner()
    given = {name: value for name, value in raw.items() if not is_blank(value)}
    parsed, rejected = _parse(deps, form, given, form_context(deps, principal, choices, answers), lenient)
    if rejected.get(log_date) and log_date in given:  # the form of the year the caller meant is gone
        form = form_for_log(log_type, None, deps.today())
    answers.update(parsed)
    reconcile_setup_answers(answers, {}, parsed, choices)
    context = form_context(deps, principal, choices, answers)
    rejected.update(reject_invalid(form, answers, parsed, {}, context, lenient=lenient))
    log = Log(
        id=uuid.uuid4(),
        log_type=log_type,
        created_by_id=principal.subject,
        assigned_to_id=principal.subject if principal.kind == KIND_USER else None,
        version=0,
    )
    store_answers(log, answers, form, form_context(deps, principal, choices, answers))
    with session_scope(deps.sessions) as session:
        queries.add_log(session, log)
        duplicates.refresh_duplicate_set(session, log)
        history.record_change(session, log, {}, principal.subject, history.source_of(principal, source))
        record_event(session, outbox, LOG_CREATED, event_payload(log))
        if log.status == COMPLETED:
            record_event(session, outbox, LOG_COMPLETED, event_payload(log))
    logger.info("log created", extra={"log_id": str(log.id), "log_type": log_type, "rejected": len(rejected)})
    return log, rejected


def _parse(
    deps: Dependencies, form: Form, raw: Mapping[str, Any], context: FormContext, lenient: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    parsed, errors = parse_answers_leniently(form, raw, context)
    parsed, uprn_errors = look_up_address(deps.addresses, deps.postcodes, parsed, context.answers)
    errors.update(uprn_errors)
    unknown = {name: message for name, message in errors.items() if message == UNKNOWN_QUESTION}
    if errors and (not lenient or unknown):
        raise InvalidArgument("", unknown or errors)
    return parsed, errors


def get_log(deps: Dependencies, principal: Principal, log_id: str) -> Log:
    with session_scope(deps.sessions) as session:
        return load_visible_log(session, principal, log_id)


def update_log(
    deps: Dependencies,
    principal: Principal,
    log_id: str,
    raw: Mapping[str, Any],
    *,
    lenient: bool = False,
    expected_version: int | None = None,
    source: str = "",
) -> tuple[Log, dict[str, str]]:
    """Merge the answers in; a null answer clears it. The organisations cannot be cleared: they
    decide who sees the log. Given the version the change was based on, refuse (FailedPrecondition)
    when someone changed one of the given fields since."""
    cleared = [name for name in (OWNING_ORGANISATION, MANAGING_ORGANISATION) if name in raw and is_blank(raw[name])]
    choices = deps.choices(principal)
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        history.check_no_conflict(session, log, expected_version, raw)
        before = history.snapshot(log)
        was_completed = log.status == COMPLETED
        log_date = LOG_DATE_FIELDS[log.log_type]
        form = form_for_log(log.log_type, read_date(raw.get(log_date)) or log.startdate, deps.today())
        if cleared:
            raise InvalidArgument("", {name: _prompt(form, name) for name in cleared})
        if not raw:
            return log, {}
        context = form_context(deps, principal, choices, dict(log.answers), saved_startdate=log.startdate)
        parsed, rejected = _parse(deps, form, raw, context, lenient)
        if log_date in rejected:
            form = form_for_log(log.log_type, log.startdate, deps.today())
        answers = {**log.answers, **parsed}
        reconcile_setup_answers(answers, log.answers, parsed, choices)
        checked = form_context(deps, principal, choices, answers, saved_startdate=log.startdate)
        rejected.update(reject_invalid(form, answers, parsed, log.answers, checked, lenient=lenient))
        store_answers(log, answers, form, form_context(deps, principal, choices, answers))
        duplicates.refresh_duplicate_set(session, log)
        history.record_change(session, log, before, principal.subject, history.source_of(principal, source))
        record_event(session, outbox, LOG_UPDATED, {**event_payload(log), "fields": sorted(parsed)})
        if log.status == COMPLETED and not was_completed:
            record_event(session, outbox, LOG_COMPLETED, event_payload(log))
    logger.info("log updated", extra={"log_id": str(log.id)})
    return log, rejected


def delete_log(deps: Dependencies, principal: Principal, log_id: str) -> None:
    """Soft delete: the log stays for exports (which report deletions) but is gone for everyone else."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        soft_delete(session, principal, log)
    logger.info("log deleted", extra={"log_id": log_id})


def soft_delete(session: Session, principal: Principal, log: Log) -> None:
    if not may_delete(principal, log.assigned_to_id):
        raise PermissionDenied(MAY_NOT_DELETE)
    before = history.snapshot(log)
    log.status = DELETED
    log.deleted_at = utcnow()
    duplicates.leave_duplicate_set(session, log)
    history.record_change(session, log, before, principal.subject, history.source_of(principal))
    record_event(session, outbox, LOG_DELETED, event_payload(log))


def stream_logs(
    deps: Dependencies, principal: Principal, log_type: str | None, updated_since: datetime | None
) -> Iterator[Log]:
    """Every log the caller may see, least recently updated first. Given `updated_since` (an
    incremental pull, as exports make) deleted logs are included too, with status deleted, so the
    consumer learns of the deletion; a full listing has only current logs."""
    if _sees_nothing(principal):
        return
    log_filter = queries.LogFilter(
        organisation_id=_scope(principal),
        log_type=log_type,
        updated_since=updated_since,
        include_deleted=updated_since is not None,
    )
    if log_filter.organisation_id is not None:
        log_filter = replace(log_filter, merged_in=merged_in(deps, principal))
    with session_scope(deps.sessions) as session:
        yield from queries.iter_logs(session, log_filter)


def _scope(principal: Principal) -> uuid.UUID | None:
    """The organisation whose logs the caller sees; None for support, who sees every log."""
    return None if principal.is_support else uuid.UUID(principal.organisation_id)


def _sees_nothing(principal: Principal) -> bool:
    if principal.is_support:
        return False
    try:
        uuid.UUID(principal.organisation_id)
    except ValueError:
        return True
    return False


def _prompt(form: Form, name: str) -> str:
    question = form.question(name)
    return question.check_answer_prompt if question else UNKNOWN_QUESTION
