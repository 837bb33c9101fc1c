"""ExportService: proto <-> domain. Reading what was and will be exported; runs are made by tasks."""

from __future__ import annotations

import uuid

import grpc

from core.export.v1 import export_pb2, export_pb2_grpc
from core_platform.auth.principal import require_principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument, PermissionDenied
from core_platform.grpc_server import Registration
from export_service.data import export_runs, log_changes
from export_service.data.models import ExportRun, LogChange
from export_service.domain.exports import may_read_export_runs, may_read_pending_changes

# The contract has no paging yet: cap the answers (about two runs a day; a day's changes fit easily).
MAX_RUNS = 100
MAX_PENDING_CHANGES = 1000


class ExportServicer(export_pb2_grpc.ExportServiceServicer):
    def __init__(self, session_factory: SessionFactory) -> None:
        self._sessions = session_factory

    def ListExportRuns(
        self, request: export_pb2.ListExportRunsRequest, context: grpc.ServicerContext
    ) -> export_pb2.ListExportRunsResponse:
        if not may_read_export_runs(require_principal()):
            raise PermissionDenied("Only support staff can see export runs")
        with session_scope(self._sessions) as session:
            runs = export_runs.list_runs(session, limit=MAX_RUNS)
            return export_pb2.ListExportRunsResponse(runs=[run_to_proto(run) for run in runs])

    def ListPendingLogChanges(
        self, request: export_pb2.ListPendingLogChangesRequest, context: grpc.ServicerContext
    ) -> export_pb2.ListPendingLogChangesResponse:
        if not may_read_pending_changes(require_principal()):
            raise PermissionDenied("Only support staff and API clients can see pending log changes")
        log_id = _optional_log_id(request.log_id)
        with session_scope(self._sessions) as session:
            changes = log_changes.list_pending_log_changes(session, log_id=log_id, limit=MAX_PENDING_CHANGES)
            return export_pb2.ListPendingLogChangesResponse(changes=[change_to_proto(c) for c in changes])


def registration(session_factory: SessionFactory) -> Registration:
    servicer = ExportServicer(session_factory)

    def register(server: grpc.Server) -> str:
        export_pb2_grpc.add_ExportServiceServicer_to_server(servicer, server)
        return str(export_pb2.DESCRIPTOR.services_by_name["ExportService"].full_name)

    return register


def run_to_proto(run: ExportRun) -> export_pb2.ExportRun:
    message = export_pb2.ExportRun(
        id=str(run.id), collection=run.collection, status=run.status, record_count=run.record_count
    )
    message.started_at.FromDatetime(run.started_at)
    return message


def change_to_proto(change: LogChange) -> export_pb2.LogChange:
    message = export_pb2.LogChange(log_id=str(change.log_id), log_type=change.log_type, event_type=change.event_type)
    message.occurred_at.FromDatetime(change.occurred_at)
    return message


def _optional_log_id(raw: str) -> uuid.UUID | None:
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError as exc:
        raise InvalidArgument(field_errors={"log_id": "Enter a log ID in the correct format"}) from exc
