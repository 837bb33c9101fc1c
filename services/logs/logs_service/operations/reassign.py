"""Reassigning logs: a new owning or managing organisation or assigned user, for one log or many.
The choices are the form's own (the stock owners, managing agents and users the set-up questions
offer), so a reassigned log is one the form could have written."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument, PermissionDenied
from core_platform.events.outbox import record_event
from logs_service.data.models import Log, outbox
from logs_service.domain.forms.model import AnswerOption
from logs_service.domain.forms.parsing import parse_answers
from logs_service.domain.forms.registry import form_for_log
from logs_service.domain.logs import may_reassign
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION, OrganisationChoices
from logs_service.domain.organisations import OrganisationRef
from logs_service.operations import history
from logs_service.operations.common import (
    ASSIGNED_TO,
    Dependencies,
    event_payload,
    form_context,
    load_visible_log,
    store_answers,
)
from logs_service.operations.logs import LOG_UPDATED
from logs_service.operations.setup_answers import reconcile_setup_answers

logger = logging.getLogger(__name__)

REASSIGN_FIELDS = (OWNING_ORGANISATION, MANAGING_ORGANISATION, ASSIGNED_TO)
MAY_NOT_REASSIGN = "You do not have permission to reassign logs"
SELECT_LOGS = "Select at least one log"
SELECT_USER = "Select a user"
MAX_BULK_LOGS = 1000
TOO_MANY_LOGS = f"Select at most {MAX_BULK_LOGS} logs at once"


@dataclass(frozen=True)
class ReassignOptionsView:
    owning_organisations: tuple[AnswerOption, ...]
    managing_organisations: tuple[AnswerOption, ...]
    users: tuple[AnswerOption, ...]


def _require_may_reassign(principal: Principal) -> None:
    if not may_reassign(principal):
        raise PermissionDenied(MAY_NOT_REASSIGN)


def reassign_log(
    deps: Dependencies,
    principal: Principal,
    log_id: str,
    wanted: Mapping[str, str],
    expected_version: int | None = None,
) -> Log:
    """Change the given organisations and assigned user (blank ones stay as they are)."""
    _require_may_reassign(principal)
    given = {name: value for name, value in wanted.items() if name in REASSIGN_FIELDS and value}
    choices = deps.choices(principal)
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        history.check_no_conflict(session, log, expected_version, given)
        _reassign(deps, principal, choices, session, log, given)
    logger.info("log reassigned", extra={"log_id": log_id, "fields": sorted(given)})
    return log


def bulk_reassign_logs(deps: Dependencies, principal: Principal, log_ids: Sequence[str], assigned_to_id: str) -> int:
    """Assign every log to one user in one transaction: one log the caller may not see, or may not
    assign to that user, and none changes."""
    _require_may_reassign(principal)
    wanted = list(dict.fromkeys(log_ids))
    if not wanted:
        raise InvalidArgument(SELECT_LOGS, {"log_ids": SELECT_LOGS})
    if len(wanted) > MAX_BULK_LOGS:
        raise InvalidArgument(TOO_MANY_LOGS, {"log_ids": TOO_MANY_LOGS})
    if not assigned_to_id:
        raise InvalidArgument(SELECT_USER, {ASSIGNED_TO: SELECT_USER})
    choices = deps.choices(principal)
    with session_scope(deps.sessions) as session:
        for log_id in wanted:
            log = load_visible_log(session, principal, log_id, for_update=True)
            _reassign(deps, principal, choices, session, log, {ASSIGNED_TO: assigned_to_id})
    logger.info("logs reassigned in bulk", extra={"count": len(wanted)})
    return len(wanted)


def _reassign(
    deps: Dependencies,
    principal: Principal,
    choices: OrganisationChoices,
    session: Session,
    log: Log,
    given: Mapping[str, str],
) -> None:
    """Parse the new values as the set-up questions would (so only the form's choices are accepted),
    store them with everything derived from them, and record the version and the event."""
    before = history.snapshot(log)
    form = form_for_log(log.log_type, log.startdate, deps.today())
    context = form_context(deps, principal, choices, dict(log.answers), saved_startdate=log.startdate)
    parsed = parse_answers(form, given, context)
    answers = {**log.answers, **parsed}
    reconcile_setup_answers(answers, log.answers, parsed, choices)
    store_answers(log, answers, form, form_context(deps, principal, choices, answers))
    if history.record_change(session, log, before, principal.subject, history.source_of(principal)):
        record_event(session, outbox, LOG_UPDATED, {**event_payload(log), "fields": sorted(parsed)})


def get_reassign_options(
    deps: Dependencies, principal: Principal, log_ids: Sequence[str], owning_organisation_id: str = ""
) -> ReassignOptionsView:
    """The stock owners the caller may pick; the managing agents of the chosen owner (the first log's
    owner unless one is given); the users every one of the logs may be assigned to."""
    _require_may_reassign(principal)
    if not log_ids:
        raise InvalidArgument(SELECT_LOGS, {"log_ids": SELECT_LOGS})
    with session_scope(deps.sessions) as session:
        logs = [load_visible_log(session, principal, log_id) for log_id in dict.fromkeys(log_ids)]
    choices = deps.choices(principal)
    owner = owning_organisation_id or logs[0].answers.get(OWNING_ORGANISATION)
    users: dict[str, AnswerOption] | None = None
    for log in logs:
        answers = dict(log.answers)
        if owning_organisation_id:
            answers[OWNING_ORGANISATION] = owning_organisation_id
        offered = {option.value: option for option in _user_options(choices, answers)}
        users = offered if users is None else {key: option for key, option in users.items() if key in offered}
    return ReassignOptionsView(
        owning_organisations=_organisation_options(choices.stock_owners()),
        managing_organisations=_organisation_options(choices.managing_agents(owner)),
        users=tuple((users or {}).values()),
    )


def _organisation_options(organisations: Sequence[OrganisationRef]) -> tuple[AnswerOption, ...]:
    return tuple(AnswerOption(o.id, o.name, hint=o.code) for o in organisations)


def _user_options(choices: OrganisationChoices, answers: Mapping[str, object]) -> tuple[AnswerOption, ...]:
    return tuple(AnswerOption(u.id, u.name or u.email, hint=u.email) for u in choices.users(answers))
