import time
import uuid

import grpc
import jwt
import pytest

from core.identity.v1 import identity_pb2
from core_platform.auth.tokens import TokenSigner, TokenVerifier, generate_private_pem
from core_platform.errors import Unauthenticated
from core_platform.grpc_client import call
from identity_service.data import api_clients
from identity_service.domain.passwords import hash_secret

CLIENT_SECRET = "a-long-random-client-secret"


def published_verifier(identity):
    response = call(identity.GetPublicKeys, identity_pb2.GetPublicKeysRequest())
    assert [key.alg for key in response.keys] == ["ES256"]
    return TokenVerifier(lambda: {key.kid: key.public_key_pem for key in response.keys})


def get_user_status(identity, user_id, token):
    with pytest.raises(grpc.RpcError) as raised:
        identity.GetUser(identity_pb2.GetUserRequest(id=user_id), metadata=(("authorization", f"Bearer {token}"),))
    return raised.value.code()


def test_user_token_verifies_with_the_published_public_key(identity, make_user, password):
    user = make_user(role="data_coordinator")
    response = call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password))

    principal = published_verifier(identity).verify(response.access_token)

    assert (principal.subject, principal.kind, principal.organisation_id, principal.role) == (
        str(user.id),
        "user",
        user.organisation_id,
        "data_coordinator",
    )
    assert call(identity.GetUser, identity_pb2.GetUserRequest(id=str(user.id)), token=response.access_token).id


def test_token_signed_with_another_key_under_identitys_key_id_is_rejected(identity, make_user, keys):
    user = make_user()
    claims = jwt.decode(keys.token(organisation_id=user.organisation_id), options={"verify_signature": False})
    forged = jwt.encode(claims, generate_private_pem(), algorithm="ES256", headers={"kid": keys.signer.key.kid})

    assert get_user_status(identity, str(user.id), forged) == grpc.StatusCode.UNAUTHENTICATED


def test_expired_token_is_rejected(identity, make_user, keys):
    user = make_user()
    an_hour_ago = TokenSigner(keys.signer.key, clock=lambda: time.time() - 3600)
    token = keys.token(organisation_id=user.organisation_id, ttl=300)
    expired = an_hour_ago.issue(keys.verifier.verify(token), 300)[0]

    assert get_user_status(identity, str(user.id), expired) == grpc.StatusCode.UNAUTHENTICATED


def test_get_user_without_a_token_is_rejected(identity, make_user):
    user = make_user()

    with pytest.raises(Unauthenticated):
        call(identity.GetUser, identity_pb2.GetUserRequest(id=str(user.id)))


@pytest.fixture
def api_client(db):
    client = api_clients.create_api_client(
        db,
        client_id=f"client-{uuid.uuid4().hex[:8]}",
        secret_hash=hash_secret(CLIENT_SECRET),
        organisation_id=str(uuid.uuid4()),
        scopes="logs:read logs:write",
    )
    db.commit()
    return client


def test_client_credentials_give_a_client_token_with_its_scopes(identity, api_client):
    response = call(
        identity.IssueClientToken,
        identity_pb2.IssueClientTokenRequest(client_id=api_client.client_id, client_secret=CLIENT_SECRET),
    )

    principal = published_verifier(identity).verify(response.access_token)
    assert (response.expires_in, response.scope) == (900, "logs:read logs:write")
    assert (principal.subject, principal.kind, principal.organisation_id, principal.scopes) == (
        api_client.client_id,
        "client",
        api_client.organisation_id,
        ("logs:read", "logs:write"),
    )


@pytest.mark.parametrize("case", ["wrong secret", "unknown client", "inactive client"])
def test_bad_client_credentials_are_refused(identity, api_client, db, case):
    client_id, secret = api_client.client_id, CLIENT_SECRET
    if case == "wrong secret":
        secret = "not-the-secret"
    elif case == "unknown client":
        client_id = "no-such-client"
    else:
        api_client.active = False
        db.commit()

    with pytest.raises(Unauthenticated) as raised:
        call(identity.IssueClientToken, identity_pb2.IssueClientTokenRequest(client_id=client_id, client_secret=secret))

    assert raised.value.message == "Invalid client credentials"
