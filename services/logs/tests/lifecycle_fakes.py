"""What the history, reassign and count tests share: users to assign logs to, a server offering them,
and short calls."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.db import SessionFactory
from core_platform.grpc_client import call
from core_platform.testing import TestKeys, running_grpc_server
from logs_service.domain.organisation_choices import OptionSources, UserRef
from logs_service.server import registrations

TODAY = date(2025, 11, 24)  # as in conftest
ALPHA_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "ORG101"))
BETA_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "ORG102"))
OTHER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "ORG103"))
ANNA = UserRef(str(uuid.uuid4()), "Anna Alpha", "anna@alpha.example", ALPHA_ID)
ALAN = UserRef(str(uuid.uuid4()), "Alan Alpha", "alan@alpha.example", ALPHA_ID)
BEN = UserRef(str(uuid.uuid4()), "Ben Beta", "ben@beta.example", BETA_ID)
OLLIE = UserRef(str(uuid.uuid4()), "Ollie Other", "ollie@other.example", OTHER_ID)
SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}


class FakeUsers:
    def users_of(self, organisation_id: str) -> list[UserRef]:
        return [u for u in (ANNA, ALAN, BEN, OLLIE) if u.organisation_id == organisation_id]


@contextmanager
def stub_with_users(
    sessions: SessionFactory, keys: TestKeys, organisations: Any
) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    """A server whose forms offer the users of FakeUsers."""
    sources = OptionSources(users=FakeUsers())
    registered = registrations(sessions, organisations, lambda: TODAY, sources)
    with running_grpc_server(registered, keys.verifier) as (_, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def struct(values: dict[str, Any]) -> struct_pb2.Struct:
    message = struct_pb2.Struct()
    message.update(values)
    return message


def create(stub: Any, token: str, values: dict[str, Any] | None = None, **request: Any) -> pb.Log:
    answers = struct(SETUP if values is None else values)
    message = pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=answers, **request)
    return call(stub.CreateLog, message, token=token)


def update(stub: Any, token: str, log_id: str, values: dict[str, Any], **request: Any) -> pb.Log:
    return call(stub.UpdateLog, pb.UpdateLogRequest(id=log_id, answers=struct(values), **request), token=token)


def save(stub: Any, token: str, log_id: str, page_id: str, values: dict[str, Any], **request: Any) -> pb.Log:
    message = pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct(values), **request)
    return call(stub.SaveFormPage, message, token=token).log


def history(stub: Any, token: str, log_id: str) -> list[pb.LogVersion]:
    return list(call(stub.GetLogHistory, pb.GetLogHistoryRequest(log_id=log_id), token=token).versions)


def changes(version: pb.LogVersion) -> dict[str, tuple[Any, Any]]:
    """field -> (old, new) as plain Python values."""
    return {c.field: (_plain(c.old_value), _plain(c.new_value)) for c in version.changes}


def _plain(value: struct_pb2.Value) -> Any:
    kind = value.WhichOneof("kind")
    if kind in (None, "null_value"):
        return None
    found = getattr(value, kind)
    return int(found) if kind == "number_value" and float(found).is_integer() else found


def reassign(stub: Any, token: str, log_id: str, **fields: Any) -> pb.Log:
    return call(stub.ReassignLog, pb.ReassignLogRequest(log_id=log_id, **fields), token=token)


def bulk_reassign(stub: Any, token: str, log_ids: list[str], user_id: str) -> int:
    request = pb.BulkReassignLogsRequest(log_ids=log_ids, assigned_to_id=user_id)
    return call(stub.BulkReassignLogs, request, token=token).reassigned
