"""Demo users and the demo API client (ARCHITECTURE.md, fixed conventions), upserted by natural key
so `make run` can seed on every start."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from core_platform.demo import (
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_ORGANISATION,
    DEMO_USERS,
    DemoUser,
    demo_organisation_id,
    demo_secrets,
)
from identity_service.data import api_clients, users
from identity_service.domain.passwords import hash_secret, verify_secret

logger = logging.getLogger(__name__)

DEMO_API_CLIENT_SCOPES = "logs:read logs:write"


def seed_demo(session: Session) -> None:
    secrets = demo_secrets()
    for demo_user in DEMO_USERS:
        _upsert_user(session, demo_user, secrets.password)
    _upsert_api_client(session, secrets.api_secret)
    logger.info("identity demo data seeded", extra={"users": len(DEMO_USERS)})


def _upsert_user(session: Session, demo_user: DemoUser, password: str) -> None:
    organisation_id = str(demo_organisation_id(demo_user.organisation_code))
    user = users.get_user_by_email(session, demo_user.email)
    if user is None:
        users.create_user(
            session,
            email=demo_user.email,
            name=demo_user.name,
            role=demo_user.role,
            organisation_id=organisation_id,
            password_hash=hash_secret(password),
            is_dpo=demo_user.is_dpo,
            is_key_contact=demo_user.is_key_contact,
        )
        return
    user.name = demo_user.name
    user.role = demo_user.role
    user.organisation_id = organisation_id
    user.is_dpo = demo_user.is_dpo
    user.is_key_contact = demo_user.is_key_contact
    user.active = True
    # Re-hashing every run would be slow and churn the row; only a changed DEMO_PASSWORD needs it.
    if not verify_secret(user.password_hash, password):
        user.password_hash = hash_secret(password)


def _upsert_api_client(session: Session, secret: str) -> None:
    organisation_id = str(demo_organisation_id(DEMO_API_CLIENT_ORGANISATION))
    client = api_clients.get_api_client(session, DEMO_API_CLIENT_ID)
    if client is None:
        api_clients.create_api_client(
            session,
            client_id=DEMO_API_CLIENT_ID,
            secret_hash=hash_secret(secret),
            organisation_id=organisation_id,
            scopes=DEMO_API_CLIENT_SCOPES,
        )
        return
    client.organisation_id = organisation_id
    client.scopes = DEMO_API_CLIENT_SCOPES
    client.active = True
    if not verify_secret(client.secret_hash, secret):
        client.secret_hash = hash_secret(secret)
