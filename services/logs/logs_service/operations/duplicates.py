"""A log's duplicates side by side, and resolving them: keep the log and delete the others, or mark it
"not a duplicate" (it leaves the set and is not flagged again until a compared answer changes)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from core_platform.auth.principal import Principal
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument
from logs_service.data import duplicates as queries
from logs_service.data.models import Log
from logs_service.domain.duplicates import shown_questions
from logs_service.domain.forms.registry import form_for_log
from logs_service.operations.common import Dependencies, form_context, load_visible_log, may_see_log
from logs_service.operations.forms import QuestionView, question_view
from logs_service.operations.logs import soft_delete

logger = logging.getLogger(__name__)

KEEP = "keep"
NOT_A_DUPLICATE = "not_a_duplicate"
CHOOSE_RESOLUTION = "Choose whether to keep this log and delete its duplicates, or that it is not a duplicate"


@dataclass(frozen=True)
class DuplicateView:
    log: Log
    compared: tuple[QuestionView, ...]


def get_duplicate_logs(deps: Dependencies, principal: Principal, log_id: str) -> list[DuplicateView]:
    """The log first, then the duplicates the caller may see."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
        others = [other for other in queries.duplicates_of(session, log) if may_see_log(session, principal, other)]
    logs = [log, *others]
    shown = [name for name in shown_questions(log.log_type) if any(o.answers.get(name) is not None for o in logs)]
    return [DuplicateView(each, _compared(deps, principal, each, shown)) for each in logs]


def resolve_duplicates(deps: Dependencies, principal: Principal, log_id: str, resolution: str) -> tuple[Log, list[str]]:
    """The kept log and the ids of the logs deleted (none when marked not a duplicate)."""
    if resolution not in (KEEP, NOT_A_DUPLICATE):
        raise InvalidArgument(CHOOSE_RESOLUTION, {"resolution": CHOOSE_RESOLUTION})
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id, for_update=True)
        if resolution == NOT_A_DUPLICATE:
            queries.leave_duplicate_set(session, log, not_a_duplicate=True)
            deleted: list[str] = []
        else:
            others = queries.duplicates_of(session, log)
            for other in others:  # one the caller may not see or delete stops the whole resolution
                load_visible_log(session, principal, str(other.id), for_update=True)
                soft_delete(session, principal, other)
            deleted = [str(other.id) for other in others]
    logger.info("duplicates resolved", extra={"log_id": log_id, "resolution": resolution, "deleted": len(deleted)})
    return log, deleted


def _compared(deps: Dependencies, principal: Principal, log: Log, shown: list[str]) -> tuple[QuestionView, ...]:
    form = form_for_log(log.log_type, log.startdate, deps.today())
    context = form.prepared(form_context(deps, principal, deps.choices(principal), dict(log.answers)))
    questions = (form.question(name) for name in shown)
    return tuple(question_view(question, context) for question in questions if question is not None)
