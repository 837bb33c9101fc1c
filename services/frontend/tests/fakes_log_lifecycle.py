"""The history, conflict, reassign and home page figures part of the fake logs backend (FakeLogs in
frontend_fakes mixes it in), with the logs service's rule that a change overlapping one made after the
expected version is refused."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from core_platform.errors import FailedPrecondition, InvalidArgument
from frontend_service.clients.logs_lifecycle import (
    EDIT_CONFLICT_PREFIX,
    CollectionWindow,
    LogCount,
    LogHistoryEntry,
    ReassignOptions,
)
from frontend_service.clients.models import AnswerOption, Log

CONFLICT = f"{EDIT_CONFLICT_PREFIX}. Check their answers, then save again to replace them with yours"
WINDOW_2025 = CollectionWindow(2025, "2025-04-01", "2026-03-31", "2026-07-12", "2026-06-05", "2026-09-01")
OPTIONS = ReassignOptions(
    owning_organisations=(AnswerOption("org-1", "Demo Housing Association", "ORG1"),),
    managing_organisations=(AnswerOption("org-1", "Demo Housing Association", "ORG1"),),
    users=(AnswerOption("user-1", "Pat Provider", "provider@example.com"), AnswerOption("user-3", "Chris Coordinator")),
)


class FakeLogsLifecycle:
    logs: dict[str, Log]

    def __init__(self) -> None:
        self.changed: dict[str, list[tuple[int, set[str]]]] = {}  # log id -> (version, fields changed)
        self.histories: dict[str, list[LogHistoryEntry]] = {}
        self.expected_versions: list[int | None] = []
        self.reassigned: list[tuple[str, dict[str, str], int | None]] = []
        self.bulk_reassigned: list[tuple[list[str], str]] = []
        self.options = OPTIONS
        self.counts: list[LogCount] = []
        self.windows = [WINDOW_2025]

    def get_log(self, log_id: str, *, token: str) -> Log:
        raise NotImplementedError

    def record_change(self, log_id: str, fields: Iterable[str], expected_version: int | None) -> int:
        """Refuse a change overlapping one made after `expected_version`; else the log's next version."""
        self.expected_versions.append(expected_version)
        fields = set(fields)
        changes = self.changed.setdefault(log_id, [])
        if expected_version is not None and any(v > expected_version and f & fields for v, f in changes):
            raise FailedPrecondition(CONFLICT)
        version = self.logs[log_id].version + 1
        changes.append((version, fields))
        return version

    def someone_else_changes(self, log_id: str, **answers: Any) -> None:
        """Another user's save, between this user's page load and save."""
        version = self.record_change(log_id, answers, None)
        log = self.logs[log_id]
        self.logs[log_id] = replace(log, answers={**log.answers, **answers}, version=version)

    def get_log_history(self, log_id: str, *, token: str) -> list[LogHistoryEntry]:
        self.get_log(log_id, token=token)
        return self.histories.get(log_id, [])

    def get_reassign_options(
        self, log_ids: list[str], *, token: str, owning_organisation_id: str = ""
    ) -> ReassignOptions:
        for log_id in log_ids:
            self.get_log(log_id, token=token)
        return self.options

    def reassign_log(
        self, log_id: str, values: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> None:
        log = self.get_log(log_id, token=token)
        version = self.record_change(log_id, [name for name, value in values.items() if value], expected_version)
        self.reassigned.append((log_id, dict(values), expected_version))
        self.logs[log_id] = replace(log, assigned_to_id=values.get("assigned_to_id", ""), version=version)

    def bulk_reassign_logs(self, log_ids: list[str], assigned_to_id: str, *, token: str) -> int:
        if not log_ids:
            raise InvalidArgument("Select at least one log")
        for log_id in log_ids:
            self.get_log(log_id, token=token)
        self.bulk_reassigned.append((list(log_ids), assigned_to_id))
        return len(log_ids)

    def count_logs(self, collection_years: list[int], *, token: str) -> list[LogCount]:
        return [c for c in self.counts if not collection_years or c.collection_year in collection_years]

    def get_collection_windows(self, *, token: str) -> list[CollectionWindow]:
        return list(self.windows)


def history_entry(version: int, user_id: str, *changes: Any, source: str = "form") -> LogHistoryEntry:
    return LogHistoryEntry(version, user_id, source, datetime(2025, 6, 2, 14, 30, tzinfo=UTC), tuple(changes))
