"""Support creates, rotates and revokes API clients; the secret is shown once and stored hashed."""

import uuid

import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import InvalidArgument, PermissionDenied, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.data.models import ApiClient

ORG = str(uuid.uuid4())


@pytest.fixture
def support_token(keys):
    return keys.token(role="support", organisation_id=str(uuid.uuid4()))


def create(identity, token, **fields):
    values = {"name": "Housing system", "organisation_id": ORG, "scopes": ["logs:read", "logs:write"], **fields}
    return call(identity.CreateApiClient, identity_pb2.CreateApiClientRequest(**values), token=token)


def client_token(identity, client_id, secret):
    request = identity_pb2.IssueClientTokenRequest(client_id=client_id, client_secret=secret)
    return call(identity.IssueClientToken, request)


def test_support_creates_a_client_whose_secret_gets_tokens_and_is_stored_hashed(identity, support_token, db):
    created = create(identity, support_token)

    assert created.client.organisation_id == ORG and list(created.client.scopes) == ["logs:read", "logs:write"]
    assert client_token(identity, created.client.client_id, created.client_secret).scope == "logs:read logs:write"
    stored = db.query(ApiClient).filter_by(client_id=created.client.client_id).one()
    assert created.client_secret not in stored.secret_hash and stored.secret_hash.startswith("$argon2id$")
    listed = call(identity.ListApiClients, identity_pb2.ListApiClientsRequest(), token=support_token)
    assert created.client.client_id in [c.client_id for c in listed.clients]
    assert all(not hasattr(c, "client_secret") for c in listed.clients)


def test_department_wide_clients_may_only_read(identity, support_token):
    with pytest.raises(InvalidArgument) as raised:
        create(identity, support_token, organisation_id="", department_wide=True)
    assert raised.value.field_errors == {"scopes": "A department-wide client can only read"}

    created = create(identity, support_token, department_wide=True, scopes=["logs:read"])

    assert created.client.organisation_id == ""


def test_rotating_replaces_the_secret_at_once(identity, support_token):
    created = create(identity, support_token)
    request = identity_pb2.RotateApiClientSecretRequest(client_id=created.client.client_id)

    rotated = call(identity.RotateApiClientSecret, request, token=support_token)

    with pytest.raises(Unauthenticated):
        client_token(identity, created.client.client_id, created.client_secret)
    assert client_token(identity, created.client.client_id, rotated.client_secret)


def test_revoked_client_gets_no_tokens_and_it_is_audited(identity, support_token, db):
    created = create(identity, support_token)
    request = identity_pb2.RevokeApiClientRequest(client_id=created.client.client_id, client_ip="192.0.2.8")

    assert not call(identity.RevokeApiClient, request, token=support_token).active

    with pytest.raises(Unauthenticated):
        client_token(identity, created.client.client_id, created.client_secret)
    events = [(e.event, e.ip) for e in list_audit_events_for(db, created.client.client_id)]
    assert ("api_client_created", None) in events and ("api_client_revoked", "192.0.2.8") in events


@pytest.mark.parametrize("role", ["data_provider", "data_coordinator"])
def test_only_support_manages_api_clients(identity, keys, role):
    token = keys.token(role=role, organisation_id=ORG)
    with pytest.raises(PermissionDenied):
        create(identity, token)
    with pytest.raises(PermissionDenied):
        call(identity.ListApiClients, identity_pb2.ListApiClientsRequest(), token=token)
