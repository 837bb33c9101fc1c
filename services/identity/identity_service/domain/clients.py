"""API clients authenticate with OAuth2 client credentials: an id and an argon2-hashed secret."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session

from identity_service.data import api_clients, audit
from identity_service.data.models import ApiClient
from identity_service.domain.passwords import verify_secret

logger = logging.getLogger(__name__)

INVALID_CLIENT = "Invalid client credentials"
EVENT_CLIENT_TOKEN = "client_token"


def authenticate_client(session: Session, client_id: str, secret: str, now: datetime) -> ApiClient | None:
    """The client when the credentials are right and it is active; None otherwise. An unknown id
    costs the same time as a wrong secret."""
    client = api_clients.get_api_client(session, client_id) if client_id else None
    secret_ok = verify_secret(client.secret_hash if client else None, secret)
    if client is None:
        return None
    if not secret_ok or not client.active:
        outcome = "wrong_secret" if not secret_ok else "inactive"
        audit.record_audit_event(session, EVENT_CLIENT_TOKEN, outcome, at=now, actor_id=client.client_id)
        logger.info("client credentials refused", extra={"client_id": client.client_id, "outcome": outcome})
        return None
    audit.record_audit_event(session, EVENT_CLIENT_TOKEN, "success", at=now, actor_id=client.client_id)
    return client
