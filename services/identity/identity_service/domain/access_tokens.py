"""The short-lived signed access tokens identity hands out for users and API clients."""

from __future__ import annotations

from dataclasses import dataclass

from core_platform.auth.principal import KIND_CLIENT, KIND_USER, Principal
from core_platform.auth.tokens import CLIENT_TOKEN_TTL_SECONDS, USER_TOKEN_TTL_SECONDS, TokenSigner
from identity_service.data.models import ApiClient, User

# API clients have no user role; services authorise them by kind and scopes.
CLIENT_ROLE = "client"


@dataclass(frozen=True)
class AccessToken:
    token: str
    expires_at: int  # epoch seconds
    ttl_seconds: int


def client_scopes(client: ApiClient) -> tuple[str, ...]:
    return tuple(client.scopes.split())


def issue_user_token(signer: TokenSigner, user: User) -> AccessToken:
    principal = Principal(str(user.id), KIND_USER, user.organisation_id, user.role)
    token, expires_at = signer.issue(principal, USER_TOKEN_TTL_SECONDS)
    return AccessToken(token, expires_at, USER_TOKEN_TTL_SECONDS)


def issue_client_token(signer: TokenSigner, client: ApiClient) -> AccessToken:
    principal = Principal(client.client_id, KIND_CLIENT, client.organisation_id, CLIENT_ROLE, client_scopes(client))
    token, expires_at = signer.issue(principal, CLIENT_TOKEN_TTL_SECONDS)
    return AccessToken(token, expires_at, CLIENT_TOKEN_TTL_SECONDS)
