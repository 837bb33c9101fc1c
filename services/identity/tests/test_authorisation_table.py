"""Who may call which IdentityService method on whom, as data: for each authenticated method, each
role acting on a user of their own organisation and of another. Later issues add rows.

OK: allowed; NOT_FOUND: another organisation's user is hidden; PERMISSION_DENIED: the role may not;
UNAUTHENTICATED: no token."""

import uuid

import grpc
import pytest

from core.identity.v1 import identity_pb2

ORG_OWN = str(uuid.uuid4())
ORG_OTHER = str(uuid.uuid4())
OK, NOT_FOUND, DENIED = grpc.StatusCode.OK, grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED

# method -> request for a target user id
REQUESTS = {
    "GetUser": lambda target: identity_pb2.GetUserRequest(id=target),
    "UpdateUser": lambda target: identity_pb2.UpdateUserRequest(id=target, is_dpo=True),
    "SetUserActive": lambda target: identity_pb2.SetUserActiveRequest(id=target, active=True),
    "ResendInvitation": lambda target: identity_pb2.ResendInvitationRequest(id=target),
    "ListAuditEvents": lambda target: identity_pb2.ListAuditEventsRequest(user_id=target),
}

# (method, role, whose user) -> expected status
TABLE = {
    ("GetUser", "data_provider", "own"): OK,
    ("GetUser", "data_provider", "other"): NOT_FOUND,
    ("GetUser", "data_coordinator", "own"): OK,
    ("GetUser", "data_coordinator", "other"): NOT_FOUND,
    ("GetUser", "support", "own"): OK,
    ("GetUser", "support", "other"): OK,
    ("UpdateUser", "data_provider", "own"): DENIED,
    ("UpdateUser", "data_provider", "other"): NOT_FOUND,
    ("UpdateUser", "data_coordinator", "own"): OK,
    ("UpdateUser", "data_coordinator", "other"): NOT_FOUND,
    ("UpdateUser", "support", "own"): OK,
    ("UpdateUser", "support", "other"): OK,
    ("SetUserActive", "data_provider", "own"): DENIED,
    ("SetUserActive", "data_provider", "other"): NOT_FOUND,
    ("SetUserActive", "data_coordinator", "own"): OK,
    ("SetUserActive", "data_coordinator", "other"): NOT_FOUND,
    ("SetUserActive", "support", "other"): OK,
    ("ResendInvitation", "data_provider", "own"): DENIED,
    ("ResendInvitation", "data_coordinator", "own"): OK,
    ("ResendInvitation", "data_coordinator", "other"): NOT_FOUND,
    ("ResendInvitation", "support", "other"): OK,
    ("ListAuditEvents", "data_provider", "own"): DENIED,
    ("ListAuditEvents", "data_coordinator", "own"): DENIED,
    ("ListAuditEvents", "data_coordinator", "other"): DENIED,
    ("ListAuditEvents", "support", "other"): OK,
}

# Organisation-level methods: (method, role) -> expected status, acting within the caller's organisation.
ORGANISATION_TABLE = {
    ("ListUsers", "data_provider"): OK,
    ("ListUsers", "data_coordinator"): OK,
    ("ListUsers", "support"): OK,
    ("CreateUser", "data_provider"): DENIED,
    ("CreateUser", "data_coordinator"): OK,
    ("CreateUser", "support"): OK,
}


def status_of(method, request, metadata):
    try:
        method(request, timeout=10, metadata=metadata)
    except grpc.RpcError as exc:
        return exc.code()
    return OK


def metadata_for(keys, role):
    organisation = ORG_OTHER if role == "support" else ORG_OWN
    return (("authorization", f"Bearer {keys.token(role=role, organisation_id=organisation)}"),)


@pytest.mark.parametrize(("method", "role", "whose"), sorted(TABLE))
def test_user_methods_follow_the_table(identity, keys, make_user, method, role, whose):
    # An invited user (no password yet) in each organisation, so every method has something to act on.
    own = make_user(organisation_id=ORG_OWN, password_hash=None)
    other = make_user(organisation_id=ORG_OTHER if role != "support" else str(uuid.uuid4()), password_hash=None)
    target = str(own.id if whose == "own" else other.id)
    if role == "support" and whose == "own":
        target = str(make_user(organisation_id=ORG_OTHER, password_hash=None).id)

    status = status_of(getattr(identity, method), REQUESTS[method](target), metadata_for(keys, role))

    assert status == TABLE[(method, role, whose)]


@pytest.mark.parametrize(("method", "role"), sorted(ORGANISATION_TABLE))
def test_organisation_methods_follow_the_table(identity, keys, method, role):
    request = (
        identity_pb2.ListUsersRequest()
        if method == "ListUsers"
        else identity_pb2.CreateUserRequest(
            email=f"{uuid.uuid4().hex[:8]}@example.com", name="New", role=identity_pb2.ROLE_DATA_PROVIDER
        )
    )
    assert status_of(getattr(identity, method), request, metadata_for(keys, role)) == ORGANISATION_TABLE[(method, role)]


@pytest.mark.parametrize("method", sorted({*REQUESTS, "ListUsers", "CreateUser", "ChangePassword"}))
def test_every_authenticated_method_refuses_a_caller_without_a_token(identity, method):
    request_type = getattr(identity_pb2, f"{method}Request", None) or identity_pb2.GetUserRequest
    assert status_of(getattr(identity, method), request_type(), None) == grpc.StatusCode.UNAUTHENTICATED
