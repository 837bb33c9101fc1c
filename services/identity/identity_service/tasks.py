"""Celery tasks on the identity queue: the emails identity sends.

Run: `celery -A identity_service.tasks worker -Q identity`.
"""

from __future__ import annotations

import logging
import uuid
from functools import cache

import requests
from sqlalchemy.exc import OperationalError

from core_platform.celery_app import QUEUE_IDENTITY, create_celery_app
from core_platform.db import SessionFactory, make_engine, make_session_factory, session_scope, utcnow
from core_platform.email import email_sender_from_env
from identity_service.config import SERVICE, load_settings
from identity_service.domain import organisation_changes, password_reset, two_factor

logger = logging.getLogger(__name__)

app = create_celery_app(SERVICE, QUEUE_IDENTITY)

SEND_PASSWORD_RESET_EMAIL = "identity.send_password_reset_email"  # every emailed link: reset, invitation, unlock
SEND_SIGN_IN_CODE_EMAIL = "identity.send_sign_in_code_email"

# The database or the email service being briefly unreachable is worth retrying; nothing else is.
TRANSIENT_ERRORS = (OperationalError, requests.ConnectionError, requests.Timeout)


@cache
def session_factory() -> SessionFactory:
    """One engine per worker process, made on first use rather than at import."""
    platform = load_settings().platform
    return make_session_factory(make_engine(platform.database_url, platform.database_schema))


@app.task(
    name=SEND_PASSWORD_RESET_EMAIL,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def send_password_reset_email(request_id: str, extra: dict[str, str] | None = None) -> None:
    """Idempotent: a re-delivered task finds the request already sent and does nothing. If the commit
    fails after the email went, a retry sends a second email; only its link works, as the first
    token's hash was never stored."""
    with session_scope(session_factory()) as session:
        sent = password_reset.send_password_reset_email(
            session, email_sender_from_env(), uuid.UUID(request_id), load_settings().frontend_url, utcnow(), extra
        )
    logger.info("password reset email task done", extra={"reset_request_id": request_id, "sent": sent})


def enqueue_password_reset_email(request_id: uuid.UUID, extra: dict[str, str] | None = None) -> None:
    args: list[object] = [str(request_id)] if extra is None else [str(request_id), extra]
    send_password_reset_email.apply_async(args=args, queue=QUEUE_IDENTITY)


@app.task(
    name=SEND_SIGN_IN_CODE_EMAIL,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_jitter=True,
    max_retries=3,
)
def send_sign_in_code_email(session_row_id: str) -> None:
    """Idempotent: sends only when the waiting session asked for a code after the last one went."""
    with session_scope(session_factory()) as session:
        sent = two_factor.send_sign_in_code(session, email_sender_from_env(), session_row_id, utcnow())
    logger.info("sign-in code email task done", extra={"sent": sent})


def enqueue_sign_in_code_email(session_row_id: str) -> None:
    send_sign_in_code_email.apply_async(args=[session_row_id], queue=QUEUE_IDENTITY)


APPLY_DUE_ORGANISATION_MERGES = "identity.apply_due_organisation_merges"


@app.task(name=APPLY_DUE_ORGANISATION_MERGES, autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, max_retries=3)
def apply_due_organisation_merges() -> None:
    """Moves the users of merges whose date has come since their event arrived; harmless to repeat.
    Meant to run daily (a beat entry on the identity queue)."""
    with session_scope(session_factory()) as session:
        moved = organisation_changes.apply_due_merges(session, utcnow())
    logger.info("due organisation merges applied", extra={"users_moved": moved})
