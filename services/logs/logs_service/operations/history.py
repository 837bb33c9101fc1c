"""A log's history: every change writes one version (who, when, from where, each field's old and new
value) and bumps `logs.version`, in the transaction of the change. A save based on an older version
is refused when the log changed meanwhile in a field being saved (optimistic locking per field), so
concurrent edits of different questions merge and nobody silently overwrites someone else's answer."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from core_platform.auth.principal import KIND_CLIENT, Principal
from core_platform.db import session_scope
from core_platform.errors import FailedPrecondition
from logs_service.data import versions as queries
from logs_service.data.models import Log
from logs_service.domain.forms.registry import form_for_log
from logs_service.domain.history import SOURCES, FieldDescriber, changed_fields
from logs_service.operations.common import Dependencies, load_visible_log

SOURCE_FORM = "form"
SOURCE_API = "api"
SOURCE_SYSTEM = "system"  # changes no user made, e.g. an organisation merge moving logs
CONFLICT = (
    "This log was changed by someone else while you were editing it. Check their answers, then save again "
    "to replace them with yours"
)


def source_of(principal: Principal, requested: str = "") -> str:
    """The source a caller names (bulk upload, the system), else what its token says it is."""
    if requested in SOURCES:
        return requested
    return SOURCE_API if principal.kind == KIND_CLIENT else SOURCE_FORM


def snapshot(log: Log) -> dict[str, Any]:
    """What a version compares: every answer, and the columns that are not answers."""
    return {**log.answers, "assigned_to_id": log.assigned_to_id, "status": log.status}


def record_change(session: Session, log: Log, before: dict[str, Any], author: str | None, source: str) -> bool:
    """Write a version of what changed since `before` (nothing when nothing changed); bump the log's version."""
    changes = changed_fields(before, snapshot(log))
    if not changes:
        return False
    log.version = (log.version or 0) + 1
    queries.add_version(session, log, author, source, changes)
    return True


def check_no_conflict(session: Session, log: Log, expected_version: int | None, fields: Collection[str]) -> None:
    """FailedPrecondition when the log changed after `expected_version` in one of `fields`."""
    if expected_version is None or expected_version >= log.version:
        return
    if queries.fields_changed_since(session, log.id, expected_version) & set(fields):
        raise FailedPrecondition(CONFLICT)


@dataclass(frozen=True)
class ChangeView:
    field: str
    label: str
    old_value: Any
    new_value: Any
    old_text: str
    new_text: str


@dataclass(frozen=True)
class VersionView:
    version: int
    changed_by_id: str
    source: str
    changed_at: datetime
    changes: tuple[ChangeView, ...]


def get_log_history(deps: Dependencies, principal: Principal, log_id: str) -> tuple[str, list[VersionView]]:
    """The visible log's versions, oldest first, each change described with the form's labels."""
    with session_scope(deps.sessions) as session:
        log = load_visible_log(session, principal, log_id)
        versions = queries.list_versions(session, log.id)
        form = form_for_log(log.log_type, log.startdate, deps.today())
    describe = FieldDescriber(form, deps.choices(principal))
    views = [
        VersionView(
            version.version,
            version.changed_by_id or "",
            version.source,
            version.created_at,
            tuple(
                ChangeView(name, describe.label(name), old, new, describe.text(name, old), describe.text(name, new))
                for name, (old, new) in sorted(version.changes.items(), key=lambda item: describe.order(item[0]))
            ),
        )
        for version in versions
    ]
    return str(log.id), views
