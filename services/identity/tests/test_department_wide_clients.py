"""A department-wide API client (no organisation, read scopes only) gets a token of a fixed shape:
kind "client", an empty organisation, role "client" and its read scopes. Every service reads that as
"every organisation, read-only" (ADR 0010). Identity itself gives API clients no access to users."""

import jwt
import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import InvalidArgument, PermissionDenied
from core_platform.grpc_client import call


@pytest.fixture
def support_token(keys, make_user):
    support = make_user(role="support")
    return keys.token(role="support", organisation_id=support.organisation_id, subject=str(support.id))


def create_client(identity, support_token, **fields):
    request = identity_pb2.CreateApiClientRequest(name="Statistics", client_ip="192.0.2.1", **fields)
    return call(identity.CreateApiClient, request, token=support_token)


def client_token(identity, created):
    request = identity_pb2.IssueClientTokenRequest(
        client_id=created.client.client_id, client_secret=created.client_secret
    )
    return call(identity.IssueClientToken, request)


def test_department_wide_client_token_claims_have_the_documented_shape(identity, support_token):
    created = create_client(identity, support_token, department_wide=True, scopes=["logs:read"])

    issued = client_token(identity, created)

    claims = jwt.decode(issued.access_token, options={"verify_signature": False})
    assert {name: claims[name] for name in ("sub", "kind", "org", "role", "scope", "iss", "aud")} == {
        "sub": created.client.client_id,
        "kind": "client",
        "org": "",
        "role": "client",
        "scope": "logs:read",
        "iss": "core-identity",
        "aud": "core",
    }
    assert claims["exp"] - claims["iat"] == 900
    assert issued.scope == "logs:read"


def test_department_wide_clients_cannot_be_given_write_scopes(identity, support_token):
    with pytest.raises(InvalidArgument) as raised:
        create_client(identity, support_token, department_wide=True, scopes=["logs:read", "logs:write"])

    assert raised.value.field_errors == {"scopes": "A department-wide client can only read"}


def test_a_department_wide_client_with_an_organisation_given_still_has_none(identity, support_token, make_user):
    created = create_client(
        identity, support_token, department_wide=True, organisation_id=make_user().organisation_id, scopes=["logs:read"]
    )

    assert created.client.organisation_id == ""
    claims = jwt.decode(client_token(identity, created).access_token, options={"verify_signature": False})
    assert claims["org"] == ""


@pytest.mark.parametrize("department_wide", [True, False])
def test_api_clients_cannot_list_or_read_users(identity, support_token, make_user, department_wide):
    user = make_user()
    fields = {"department_wide": True} if department_wide else {"organisation_id": user.organisation_id}
    created = create_client(identity, support_token, scopes=["logs:read"], **fields)
    token = client_token(identity, created).access_token

    with pytest.raises(PermissionDenied):
        call(identity.ListUsers, identity_pb2.ListUsersRequest(), token=token)
    with pytest.raises(PermissionDenied):
        call(identity.GetUser, identity_pb2.GetUserRequest(id=str(user.id)), token=token)


def test_api_clients_cannot_manage_api_clients(identity, support_token):
    created = create_client(identity, support_token, department_wide=True, scopes=["logs:read"])
    token = client_token(identity, created).access_token

    with pytest.raises(PermissionDenied):
        call(identity.ListApiClients, identity_pb2.ListApiClientsRequest(), token=token)
