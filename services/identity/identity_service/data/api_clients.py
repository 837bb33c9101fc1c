"""Queries on API clients (OAuth2 client credentials)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from identity_service.data.models import ApiClient


def get_api_client(session: Session, client_id: str) -> ApiClient | None:
    return session.scalars(select(ApiClient).where(ApiClient.client_id == client_id)).one_or_none()


def create_api_client(
    session: Session, *, client_id: str, secret_hash: str, organisation_id: str, scopes: str
) -> ApiClient:
    client = ApiClient(
        client_id=client_id, secret_hash=secret_hash, organisation_id=organisation_id, scopes=scopes, active=True
    )
    session.add(client)
    session.flush()
    return client
