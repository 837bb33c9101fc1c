"""Keys rotate without downtime: identity publishes the previous (or next) key beside the one it signs
with, so tokens signed by either verify; IntrospectToken says whether a token is valid now."""

import time
import uuid

import pytest

from core.identity.v1 import identity_pb2
from core_platform.auth.principal import KIND_CLIENT, Principal
from core_platform.auth.tokens import SigningKey, TokenSigner, TokenVerifier, generate_private_pem, kid_for
from core_platform.grpc_client import call
from identity_service.keys import keys_from_pem_text, load_signing_keys

PREVIOUS_PEM = generate_private_pem()
PREVIOUS = SigningKey(kid_for(PREVIOUS_PEM), PREVIOUS_PEM)


@pytest.fixture
def other_keys():
    return (PREVIOUS,)


def published(identity):
    response = call(identity.GetPublicKeys, identity_pb2.GetPublicKeysRequest())
    return {key.kid: key.public_key_pem for key in response.keys}


def introspect(identity, token):
    return call(identity.IntrospectToken, identity_pb2.IntrospectTokenRequest(token=token))


def test_both_the_signing_and_the_previous_key_are_published(identity, keys):
    assert set(published(identity)) == {keys.signer.key.kid, PREVIOUS.kid}


def test_a_token_signed_by_the_previous_key_still_verifies(identity, keys, make_user, password):
    user = make_user(role="data_coordinator")
    old_token, _ = TokenSigner(PREVIOUS).issue(Principal(str(user.id), "user", user.organisation_id, user.role), 300)

    verifier = TokenVerifier(lambda: published(identity))
    assert verifier.verify(old_token).subject == str(user.id)
    # And identity itself accepts it on an authenticated call.
    assert call(identity.GetUser, identity_pb2.GetUserRequest(id=str(user.id)), token=old_token).id == str(user.id)


def test_new_tokens_are_signed_with_the_first_key(identity, keys, make_user, password):
    user = make_user()
    response = call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password))

    assert introspect(identity, response.access_token).kid == keys.signer.key.kid


def test_several_pem_blocks_in_one_setting_give_several_keys_the_first_signing():
    first, second = generate_private_pem(), generate_private_pem()

    loaded = keys_from_pem_text((first + second).decode().replace("\n", "\\n"))

    assert [key.kid for key in loaded] == [kid_for(first), kid_for(second)]


def test_embedded_keys_folder_publishes_every_identity_key_file(tmp_path):
    signing_file = tmp_path / "identity-signing-key.pem"
    (tmp_path / "identity-signing-key.previous.pem").write_bytes(PREVIOUS_PEM)

    loaded = load_signing_keys("", signing_file)

    assert signing_file.exists()
    assert [key.kid for key in loaded] == [kid_for(signing_file.read_bytes()), PREVIOUS.kid]


def test_introspection_reports_an_active_user_token_with_its_claims(identity, keys, make_user):
    user = make_user(role="data_coordinator")
    token = keys.token(role=user.role, organisation_id=user.organisation_id, subject=str(user.id))

    found = introspect(identity, token)

    assert found.active
    assert (found.subject, found.kind, found.organisation_id, found.role) == (
        str(user.id),
        "user",
        user.organisation_id,
        "data_coordinator",
    )
    assert found.expires_at.seconds > time.time()


def test_introspection_reports_a_deactivated_users_token_inactive(identity, keys, make_user):
    user = make_user(active=False)
    token = keys.token(organisation_id=user.organisation_id, subject=str(user.id))

    found = introspect(identity, token)

    assert not found.active and found.subject == ""


@pytest.mark.parametrize("case", ["expired", "unknown key", "garbage"])
def test_introspection_reports_invalid_tokens_inactive(identity, keys, make_user, case):
    user = make_user()
    principal = Principal(str(user.id), "user", user.organisation_id, user.role)
    if case == "expired":
        token = TokenSigner(keys.signer.key, clock=lambda: time.time() - 3600).issue(principal, 300)[0]
    elif case == "unknown key":
        pem = generate_private_pem()
        token = TokenSigner(SigningKey(kid_for(pem), pem)).issue(principal, 300)[0]
    else:
        token = "not-a-token"

    assert not introspect(identity, token).active


def test_introspection_of_a_department_wide_client_token(identity, keys, db):
    from identity_service.data import api_clients

    client = api_clients.create_api_client(
        db, client_id=f"dept-{uuid.uuid4().hex[:8]}", secret_hash="x", organisation_id="", scopes="logs:read"
    )
    db.commit()
    token, _ = keys.signer.issue(Principal(client.client_id, KIND_CLIENT, "", "client", ("logs:read",)), 900)

    found = introspect(identity, token)

    assert found.active
    assert (found.kind, found.organisation_id, found.role, list(found.scopes)) == (
        "client",
        "",
        "client",
        ["logs:read"],
    )
