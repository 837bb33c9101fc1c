"""Token introspection (as RFC 7662): is this access token valid now, and what does it claim?

Any service can verify a token locally with the published keys; introspection adds what only identity
knows: whether the user or API client it names is still active. A token whose subject has been
deactivated or revoked is reported inactive even before it expires."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import jwt
from sqlalchemy.orm import Session

from core_platform.auth.principal import KIND_CLIENT, KIND_USER, Principal
from core_platform.auth.tokens import TokenVerifier
from core_platform.errors import Unauthenticated
from identity_service.data import api_clients, users


@dataclass(frozen=True)
class Introspection:
    principal: Principal
    issued_at: int  # epoch seconds
    expires_at: int
    kid: str


def introspect_token(session: Session, verifier: TokenVerifier, token: str) -> Introspection | None:
    """None for a token that is not valid now (bad signature, unknown key, expired, inactive subject)."""
    try:
        principal = verifier.verify(token)
    except Unauthenticated:
        return None
    if not _subject_active(session, principal):
        return None
    # Safe to read without checking again: verify() has just checked the signature and expiry.
    claims = jwt.decode(token, options={"verify_signature": False})
    kid = str(jwt.get_unverified_header(token).get("kid", ""))
    return Introspection(principal, int(claims["iat"]), int(claims["exp"]), kid)


def _subject_active(session: Session, principal: Principal) -> bool:
    if principal.kind == KIND_USER:
        try:
            user = users.get_user(session, uuid.UUID(principal.subject))
        except ValueError:
            return False
        return user is not None and user.active
    if principal.kind == KIND_CLIENT:
        client = api_clients.get_api_client(session, principal.subject)
        return client is not None and client.active
    return False
