"""Who may call which LogsService method on whose log, as data: each role on a log of their own
organisation and on one of another. OK: allowed; NOT_FOUND: another organisation's log is hidden;
PERMISSION_DENIED: the role may not. Later issues add rows."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest
from lifecycle_fakes import ANNA, OLLIE, create, stub_with_users

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc

OK, NOT_FOUND, DENIED = grpc.StatusCode.OK, grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED
ROLES = ("data_provider", "data_coordinator", "support", "client")
USER_FOR = {"own": ANNA.id, "other": OLLIE.id}  # a user each log may be assigned to

REQUESTS = {
    "GetLog": lambda log_id, whose: pb.GetLogRequest(id=log_id),
    "GetLogHistory": lambda log_id, whose: pb.GetLogHistoryRequest(log_id=log_id),
    "ReassignLog": lambda log_id, whose: pb.ReassignLogRequest(log_id=log_id, assigned_to_id=USER_FOR[whose]),
    "BulkReassignLogs": lambda log_id, whose: pb.BulkReassignLogsRequest(
        log_ids=[log_id], assigned_to_id=USER_FOR[whose]
    ),
    "GetReassignOptions": lambda log_id, whose: pb.GetReassignOptionsRequest(log_ids=[log_id]),
}
SEES = {  # reading: own organisation's logs, support every log
    ("data_provider", "own"): OK,
    ("data_provider", "other"): NOT_FOUND,
    ("data_coordinator", "own"): OK,
    ("data_coordinator", "other"): NOT_FOUND,
    ("support", "own"): OK,
    ("support", "other"): OK,
    ("client", "own"): OK,
    ("client", "other"): NOT_FOUND,
}
REASSIGNS = {  # reassigning: coordinators (own organisation's logs) and support only
    **SEES,
    ("data_provider", "own"): DENIED,
    ("data_provider", "other"): DENIED,
    ("client", "own"): DENIED,
    ("client", "other"): DENIED,
}
TABLE = {
    (method, role, whose): (REASSIGNS if "Reassign" in method else SEES)[(role, whose)]
    for method in REQUESTS
    for role in ROLES
    for whose in ("own", "other")
}
# Methods about no log in particular: every signed-in caller, each seeing their own organisation's figures.
ORGANISATION_REQUESTS = {
    "CountLogs": pb.CountLogsRequest(),
    "GetCollectionWindows": pb.GetCollectionWindowsRequest(),
}


@pytest.fixture
def stub(sessions, keys, orgs) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with stub_with_users(sessions, keys, orgs()) as users_stub:
        yield users_stub


def status_of(method, request, token: str | None) -> grpc.StatusCode:
    metadata = (("authorization", f"Bearer {token}"),) if token else None
    try:
        method(request, timeout=10, metadata=metadata)
    except grpc.RpcError as exc:
        return exc.code()
    return OK


def token_for(keys, role: str, organisation_id: str) -> str:
    if role == "client":
        return keys.token("client", organisation_id, kind="client")
    return keys.token(role, "" if role == "support" else organisation_id)


@pytest.mark.parametrize(("method", "role", "whose"), sorted(TABLE))
def test_log_methods_follow_the_table(stub, callers, keys, orgs, method, role, whose):
    owner = orgs.ALPHA if whose == "own" else orgs.OTHER
    log = create(stub, callers.support(), {"owning_organisation_id": owner.id})

    request = REQUESTS[method](log.id, whose)
    status = status_of(getattr(stub, method), request, token_for(keys, role, orgs.ALPHA.id))

    assert status == TABLE[(method, role, whose)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method", sorted(ORGANISATION_REQUESTS))
def test_organisation_methods_are_open_to_every_caller(stub, keys, orgs, method, role):
    request = ORGANISATION_REQUESTS[method]
    assert status_of(getattr(stub, method), request, token_for(keys, role, orgs.ALPHA.id)) == OK


@pytest.mark.parametrize("method", sorted({*REQUESTS, *ORGANISATION_REQUESTS}))
def test_every_method_refuses_a_caller_without_a_token(stub, method):
    request = REQUESTS[method]("x", "own") if method in REQUESTS else ORGANISATION_REQUESTS[method]
    assert status_of(getattr(stub, method), request, None) == grpc.StatusCode.UNAUTHENTICATED
