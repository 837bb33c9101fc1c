"""The gRPC clients against small in-process servers: protobuf in, frontend dataclasses out, errors as
core_platform.errors, the caller's token on every logs call."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from google.protobuf.struct_pb2 import Struct, Value

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core.logs.v1 import logs_pb2, logs_pb2_grpc
from core_platform.auth.principal import require_principal
from core_platform.errors import FailedPrecondition, InvalidArgument, NotFound, Unauthenticated
from core_platform.testing import make_test_keys, running_grpc_server
from frontend_service.clients import grpc_backends
from frontend_service.clients.logs_lifecycle import EDIT_CONFLICT_PREFIX, LogChange, LogCount, is_edit_conflict

IDENTITY_PUBLIC = ("/core.identity.v1.IdentityService/Authenticate", "/core.identity.v1.IdentityService/GetPublicKeys")


class Identity(identity_pb2_grpc.IdentityServiceServicer):
    def Authenticate(self, request: Any, context: Any) -> identity_pb2.SessionResponse:  # noqa: N802
        if request.password != "right":
            raise Unauthenticated("Incorrect email or password")
        user = identity_pb2.User(
            id="u1", email=request.email, name="Pat", role=identity_pb2.ROLE_DATA_COORDINATOR, organisation_id="o1"
        )
        return identity_pb2.SessionResponse(session_id="s1", user=user, access_token="t1")

    def GetPublicKeys(self, request: Any, context: Any) -> identity_pb2.GetPublicKeysResponse:  # noqa: N802
        return identity_pb2.GetPublicKeysResponse(
            keys=[identity_pb2.PublicKey(kid="k1", alg="ES256", public_key_pem="PEM")]
        )


class Logs(logs_pb2_grpc.LogsServiceServicer):
    def GetLog(self, request: Any, context: Any) -> logs_pb2.Log:  # noqa: N802
        if request.id != "1" or require_principal().organisation_id != "o1":
            raise NotFound("Log not found")
        answers = Struct()
        answers.update({"needstype": 1, "startdate": "2025-06-02", "tenancycode": "T1"})
        log = logs_pb2.Log(
            id="1",
            log_type=logs_pb2.LOG_TYPE_LETTINGS,
            status=logs_pb2.LOG_STATUS_IN_PROGRESS,
            collection_year=2025,
            owning_organisation_code="ORG1",
            answers=answers,
        )
        log.created_at.FromJsonString("2025-06-02T10:00:00Z")
        return log

    def GetFormPage(self, request: Any, context: Any) -> logs_pb2.FormPage:  # noqa: N802
        question = logs_pb2.Question(
            id="needstype",
            type="radio",
            question_text="What is the needs type?",
            answer_options=[logs_pb2.AnswerOption(value="1", label="General needs")],
            answer=Value(number_value=1),
        )
        return logs_pb2.FormPage(log_id=request.log_id, page_id="needs_type", questions=[question])

    def SaveFormPage(self, request: Any, context: Any) -> logs_pb2.SaveFormPageResponse:  # noqa: N802
        if request.HasField("expected_version"):
            raise FailedPrecondition(f"{EDIT_CONFLICT_PREFIX}. Check their answers (v{request.expected_version})")
        raise InvalidArgument(field_errors={"needstype": "Select the needs type"})

    def GetLogHistory(self, request: Any, context: Any) -> logs_pb2.LogHistory:  # noqa: N802
        change = logs_pb2.LogChange(
            field="needstype", label="Needs type", old_value=Value(number_value=1), new_text="Supported housing"
        )
        change.new_value.number_value = 2
        version = logs_pb2.LogVersion(version=2, changed_by_id="u1", source="api", changes=[change])
        version.changed_at.FromJsonString("2025-06-02T10:00:00Z")
        return logs_pb2.LogHistory(log_id=request.log_id, versions=[version])

    def CountLogs(self, request: Any, context: Any) -> logs_pb2.CountLogsResponse:  # noqa: N802
        count = logs_pb2.LogCount(
            log_type=logs_pb2.LOG_TYPE_SALES, collection_year=2025, status=logs_pb2.LOG_STATUS_COMPLETED, count=4
        )
        return logs_pb2.CountLogsResponse(counts=[count])


def register(add: Any, servicer: Any, name: str) -> Any:
    def registration(server: grpc.Server) -> str:
        add(servicer, server)
        return name

    return registration


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    keys = make_test_keys()
    identity = register(
        identity_pb2_grpc.add_IdentityServiceServicer_to_server, Identity(), "core.identity.v1.IdentityService"
    )
    logs = register(logs_pb2_grpc.add_LogsServiceServicer_to_server, Logs(), "core.logs.v1.LogsService")
    with (
        running_grpc_server([identity], None, IDENTITY_PUBLIC) as (identity_server, _),
        running_grpc_server([logs], keys.verifier) as (logs_server, _),
    ):
        monkeypatch.setenv("IDENTITY_GRPC_ADDR", f"127.0.0.1:{identity_server.port}")
        monkeypatch.setenv("LOGS_GRPC_ADDR", f"127.0.0.1:{logs_server.port}")
        monkeypatch.setenv("EXPORT_GRPC_ADDR", "127.0.0.1:1")  # nothing listens there
        yield keys.token(organisation_id="o1")


def test_identity_client_returns_sessions_and_maps_errors(servers: str) -> None:
    identity = grpc_backends().identity
    signed_in = identity.authenticate("pat@example.com", "right", "10.0.0.1")
    assert (signed_in.session_id, signed_in.access_token, signed_in.user.role) == ("s1", "t1", "data_coordinator")
    with pytest.raises(Unauthenticated, match="Incorrect email or password"):
        identity.authenticate("pat@example.com", "wrong", "10.0.0.1")
    assert identity.get_public_keys() == {"k1": "PEM"}


def test_logs_client_converts_answers_and_carries_the_token(servers: str) -> None:
    logs = grpc_backends().logs
    log = logs.get_log("1", token=servers)
    assert log.answers == {"needstype": 1, "startdate": "2025-06-02", "tenancycode": "T1"}
    assert (log.status, log.log_type, log.owning_organisation_code) == ("in_progress", "lettings", "ORG1")
    assert log.created_at is not None and log.created_at.isoformat() == "2025-06-02T10:00:00+00:00"
    with pytest.raises(NotFound):
        logs.get_log("2", token=servers)
    with pytest.raises(Unauthenticated):
        logs.get_log("1", token="not-a-token")
    page = logs.get_form_page("1", "", token=servers)
    assert page.questions[0].answer == 1 and page.questions[0].option_label("1") == "General needs"
    with pytest.raises(InvalidArgument) as error:
        logs.save_form_page("1", "needs_type", {"needstype": ""}, token=servers)
    assert error.value.field_errors == {"needstype": "Select the needs type"}


def test_health_client_reports_each_backend(servers: str) -> None:
    statuses = grpc_backends().health.check_all()
    assert statuses["identity"] == "SERVING" and statuses["logs"] == "SERVING"
    assert statuses["export"] == "UNAVAILABLE"


def test_logs_client_reads_history_counts_and_edit_conflicts(servers: str) -> None:
    logs = grpc_backends().logs
    [entry] = logs.get_log_history("1", token=servers)
    assert (entry.version, entry.changed_by_id, entry.source) == (2, "u1", "api")
    assert entry.changed_at is not None and entry.changed_at.isoformat() == "2025-06-02T10:00:00+00:00"
    assert entry.changes == (LogChange("needstype", "Needs type", 1, 2, "", "Supported housing"),)
    assert logs.count_logs([2025], token=servers) == [LogCount("sales", 2025, "completed", 4)]
    with pytest.raises(FailedPrecondition) as conflict:
        logs.save_form_page("1", "needs_type", {"needstype": "1"}, token=servers, expected_version=3)
    assert is_edit_conflict(conflict.value) and conflict.value.message.endswith("(v3)")
