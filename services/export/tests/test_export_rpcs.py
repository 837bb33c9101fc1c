"""ExportService through a real channel to the in-process server, on a real database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from core.export.v1 import export_pb2, export_pb2_grpc
from core_platform.auth.principal import KIND_CLIENT
from core_platform.db import SessionFactory
from core_platform.errors import InvalidArgument, PermissionDenied, Unauthenticated
from core_platform.events.envelope import Event
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from export_service.data.models import ExportRun
from export_service.rpc.exports import registration
from export_service.tasks import record_nightly_export

if TYPE_CHECKING:
    from core_platform.testing import TestKeys


@pytest.fixture
def stub(sessions: SessionFactory, keys: TestKeys) -> Iterator[export_pb2_grpc.ExportServiceStub]:
    with running_grpc_server([registration(sessions)], keys.verifier) as (_server, channel):
        yield export_pb2_grpc.ExportServiceStub(channel)


@pytest.fixture
def support_token(keys: TestKeys) -> str:
    return keys.token("support", str(uuid.uuid4()))


def test_lists_pending_log_changes_oldest_first(
    stub: Any, support_token: str, deliver: Callable[[Event], None], log_event: Callable[..., Event]
) -> None:
    created = log_event("logs.log_created")
    updated = log_event("logs.log_updated", log_id=created.payload["log_id"])
    other = log_event("logs.log_deleted", log_type="sales")
    for event in (created, updated, other):
        deliver(event)

    response = call(stub.ListPendingLogChanges, export_pb2.ListPendingLogChangesRequest(), token=support_token)

    assert [(c.log_id, c.log_type, c.event_type) for c in response.changes] == [
        (created.payload["log_id"], "lettings", "logs.log_created"),
        (created.payload["log_id"], "lettings", "logs.log_updated"),
        (other.payload["log_id"], "sales", "logs.log_deleted"),
    ]
    assert response.changes[0].occurred_at.ToDatetime(tzinfo=UTC) == created.occurred_at


def test_filters_pending_changes_by_log_and_leaves_out_exported_ones(
    stub: Any,
    keys: TestKeys,
    sessions: SessionFactory,
    deliver: Callable[[Event], None],
    log_event: Callable[..., Event],
) -> None:
    exported = log_event()
    deliver(exported)
    record_nightly_export(sessions, date(2025, 6, 2))
    pending = log_event(log_id=exported.payload["log_id"])
    deliver(pending)
    deliver(log_event())
    client_token = keys.token("client", str(uuid.uuid4()), kind=KIND_CLIENT)

    request = export_pb2.ListPendingLogChangesRequest(log_id=exported.payload["log_id"])
    response = call(stub.ListPendingLogChanges, request, token=client_token)

    assert [c.log_id for c in response.changes] == [exported.payload["log_id"]]


def test_a_malformed_log_id_is_an_invalid_argument(stub: Any, support_token: str) -> None:
    with pytest.raises(InvalidArgument) as error:
        call(stub.ListPendingLogChanges, export_pb2.ListPendingLogChangesRequest(log_id="42"), token=support_token)
    assert error.value.field_errors == {"log_id": "Enter a log ID in the correct format"}


@pytest.mark.parametrize("role", ["data_provider", "data_coordinator"])
def test_organisation_users_may_not_read_export_state(stub: Any, keys: TestKeys, role: str) -> None:
    token = keys.token(role, str(uuid.uuid4()))
    with pytest.raises(PermissionDenied):
        call(stub.ListPendingLogChanges, export_pb2.ListPendingLogChangesRequest(), token=token)
    with pytest.raises(PermissionDenied):
        call(stub.ListExportRuns, export_pb2.ListExportRunsRequest(), token=token)


def test_export_runs_are_for_support_only_and_newest_first(
    stub: Any, keys: TestKeys, support_token: str, sessions: SessionFactory
) -> None:
    record_nightly_export(sessions, date(2025, 6, 2))
    record_nightly_export(sessions, date(2025, 6, 3))

    response = call(stub.ListExportRuns, export_pb2.ListExportRunsRequest(), token=support_token)

    with sessions() as session:
        newest = {
            str(run.id) for run in session.scalars(select(ExportRun).where(ExportRun.run_date == date(2025, 6, 3)))
        }
    assert [(r.collection, r.status) for r in response.runs] == [("lettings", "recorded"), ("sales", "recorded")] * 2
    assert {r.id for r in response.runs[:2]} == newest
    with pytest.raises(PermissionDenied):
        call(stub.ListExportRuns, export_pb2.ListExportRunsRequest(), token=keys.token("client", kind=KIND_CLIENT))


def test_every_call_needs_an_access_token(stub: Any) -> None:
    with pytest.raises(Unauthenticated):
        call(stub.ListExportRuns, export_pb2.ListExportRunsRequest())
