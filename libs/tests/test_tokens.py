import time

import pytest

from core_platform.auth.principal import Principal
from core_platform.auth.tokens import SigningKey, TokenSigner, TokenVerifier, generate_private_pem, kid_for
from core_platform.errors import Unauthenticated


def new_key() -> SigningKey:
    pem = generate_private_pem()
    return SigningKey(kid_for(pem), pem)


PRINCIPAL = Principal("user-1", "user", "org-1", "data_provider")


def test_verifies_a_token_signed_by_a_published_key():
    key = new_key()
    token, _ = TokenSigner(key).issue(PRINCIPAL, 60)
    assert TokenVerifier(lambda: {key.kid: key.public_pem}).verify(token) == PRINCIPAL


def test_rejects_an_expired_token():
    key = new_key()
    token, _ = TokenSigner(key, clock=lambda: time.time() - 120).issue(PRINCIPAL, 60)
    with pytest.raises(Unauthenticated, match="expired"):
        TokenVerifier(lambda: {key.kid: key.public_pem}).verify(token)


def test_rejects_a_token_forged_with_another_key_under_a_known_kid():
    real, forger = new_key(), new_key()
    token, _ = TokenSigner(SigningKey(real.kid, forger.private_pem)).issue(PRINCIPAL, 60)
    with pytest.raises(Unauthenticated, match="Invalid"):
        TokenVerifier(lambda: {real.kid: real.public_pem}).verify(token)


def test_rejects_garbage():
    with pytest.raises(Unauthenticated):
        TokenVerifier(dict).verify("not-a-token")


def test_accepts_a_rotated_key_after_refetching_the_key_set():
    old, new = new_key(), new_key()
    published = {old.kid: old.public_pem}
    clock = [1000.0]
    verifier = TokenVerifier(lambda: dict(published), clock=lambda: clock[0], refetch_after=30)
    verifier.verify(TokenSigner(old).issue(PRINCIPAL, 60)[0])
    published[new.kid] = new.public_pem  # both keys valid during rotation
    clock[0] += 31
    assert verifier.verify(TokenSigner(new).issue(PRINCIPAL, 60)[0]) == PRINCIPAL
    assert verifier.verify(TokenSigner(old).issue(PRINCIPAL, 60)[0]) == PRINCIPAL


def test_does_not_refetch_keys_for_every_unknown_kid():
    key = new_key()
    fetches = []

    def source():
        fetches.append(1)
        return {key.kid: key.public_pem}

    verifier = TokenVerifier(source, clock=lambda: 1000.0)
    verifier.verify(TokenSigner(key).issue(PRINCIPAL, 60)[0])
    for _ in range(3):
        with pytest.raises(Unauthenticated, match="unknown key"):
            verifier.verify(TokenSigner(new_key()).issue(PRINCIPAL, 60)[0])
    assert len(fetches) == 1
