"""A log's history, reassigning logs, and the home page's figures, from the logs service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.logs.v1 import logs_pb2, logs_pb2_grpc
from core_platform.errors import FailedPrecondition
from core_platform.grpc_client import call
from frontend_service.clients.convert import timestamp_to_datetime, value_to_python
from frontend_service.clients.models import (
    LOG_TYPE_LETTINGS,
    LOG_TYPE_SALES,
    STATUS_COMPLETED,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    AnswerOption,
)

# The logs service starts its FAILED_PRECONDITION message with this when a save met someone else's change.
EDIT_CONFLICT_PREFIX = "This log was changed by someone else while you were editing it"
_COUNT_LOG_TYPES = {logs_pb2.LOG_TYPE_LETTINGS: LOG_TYPE_LETTINGS, logs_pb2.LOG_TYPE_SALES: LOG_TYPE_SALES}
_COUNT_STATUSES = {
    logs_pb2.LOG_STATUS_NOT_STARTED: STATUS_NOT_STARTED,
    logs_pb2.LOG_STATUS_IN_PROGRESS: STATUS_IN_PROGRESS,
    logs_pb2.LOG_STATUS_COMPLETED: STATUS_COMPLETED,
}


def is_edit_conflict(error: Exception) -> bool:
    return isinstance(error, FailedPrecondition) and error.message.startswith(EDIT_CONFLICT_PREFIX)


@dataclass(frozen=True)
class LogChange:
    field: str
    label: str  # the question's check-answers label; empty when the form has none
    old_value: Any
    new_value: Any
    old_text: str = ""  # the answer's label where the form gives one
    new_text: str = ""


@dataclass(frozen=True)
class LogHistoryEntry:
    version: int
    changed_by_id: str
    source: str  # form, api, bulk_upload, system
    changed_at: datetime | None
    changes: tuple[LogChange, ...]


@dataclass(frozen=True)
class ReassignOptions:
    owning_organisations: tuple[AnswerOption, ...]
    managing_organisations: tuple[AnswerOption, ...]
    users: tuple[AnswerOption, ...]


@dataclass(frozen=True)
class LogCount:
    log_type: str
    collection_year: int
    status: str
    count: int


@dataclass(frozen=True)
class CollectionWindow:
    start_year: int
    start_date: str  # YYYY-MM-DD
    end_date: str
    new_logs_end_date: str
    submission_deadline: str
    edit_end_date: str


def _options(options: Any) -> tuple[AnswerOption, ...]:
    return tuple(AnswerOption(value=o.value, label=o.label, hint=o.hint) for o in options)


def history_from_proto(response: logs_pb2.LogHistory) -> list[LogHistoryEntry]:
    return [
        LogHistoryEntry(
            version=version.version,
            changed_by_id=version.changed_by_id,
            source=version.source,
            changed_at=timestamp_to_datetime(version, "changed_at"),
            changes=tuple(
                LogChange(
                    field=change.field,
                    label=change.label,
                    old_value=value_to_python(change, "old_value"),
                    new_value=value_to_python(change, "new_value"),
                    old_text=change.old_text,
                    new_text=change.new_text,
                )
                for change in version.changes
            ),
        )
        for version in response.versions
    ]


class GrpcLogsLifecycleMixin:
    """The history, reassign and count calls of GrpcLogsClient."""

    def _stub(self) -> logs_pb2_grpc.LogsServiceStub:
        raise NotImplementedError

    def get_log_history(self, log_id: str, *, token: str) -> list[LogHistoryEntry]:
        request = logs_pb2.GetLogHistoryRequest(log_id=log_id)
        return history_from_proto(call(self._stub().GetLogHistory, request, token=token))

    def get_reassign_options(
        self, log_ids: list[str], *, token: str, owning_organisation_id: str = ""
    ) -> ReassignOptions:
        request = logs_pb2.GetReassignOptionsRequest(log_ids=log_ids, owning_organisation_id=owning_organisation_id)
        response = call(self._stub().GetReassignOptions, request, token=token)
        return ReassignOptions(
            _options(response.owning_organisations), _options(response.managing_organisations), _options(response.users)
        )

    def reassign_log(
        self, log_id: str, values: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> None:
        request = logs_pb2.ReassignLogRequest(log_id=log_id, expected_version=expected_version, **values)
        call(self._stub().ReassignLog, request, token=token)

    def bulk_reassign_logs(self, log_ids: list[str], assigned_to_id: str, *, token: str) -> int:
        request = logs_pb2.BulkReassignLogsRequest(log_ids=log_ids, assigned_to_id=assigned_to_id)
        return int(call(self._stub().BulkReassignLogs, request, token=token).reassigned)

    def count_logs(self, collection_years: list[int], *, token: str) -> list[LogCount]:
        request = logs_pb2.CountLogsRequest(collection_years=collection_years)
        response = call(self._stub().CountLogs, request, token=token)
        return [
            LogCount(_COUNT_LOG_TYPES[c.log_type], c.collection_year, _COUNT_STATUSES.get(c.status, ""), c.count)
            for c in response.counts
            if c.log_type in _COUNT_LOG_TYPES
        ]

    def get_collection_windows(self, *, token: str) -> list[CollectionWindow]:
        response = call(self._stub().GetCollectionWindows, logs_pb2.GetCollectionWindowsRequest(), token=token)
        return [
            CollectionWindow(
                w.start_year, w.start_date, w.end_date, w.new_logs_end_date, w.submission_deadline, w.edit_end_date
            )
            for w in response.windows
        ]
