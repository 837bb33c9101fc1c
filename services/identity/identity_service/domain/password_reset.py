"""Password resets: a request is recorded at once; the emailed link (valid 3 hours, usable once) is
made by the email task, which stores only the token's hash."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from core_platform.email import EmailSender, EmailTemplate
from core_platform.errors import InvalidArgument
from identity_service.data import audit, password_resets, user_sessions, users
from identity_service.domain.passwords import check_new_password, hash_secret
from identity_service.domain.secret_tokens import hash_token, new_token

logger = logging.getLogger(__name__)

RESET_TOKEN_VALIDITY = timedelta(hours=3)
RESET_PATH = "/account/password/edit?token="
RESET_LINK_INVALID = "Your link to reset your password has expired or has already been used. Ask for a new link."

PASSWORD_RESET_EMAIL = EmailTemplate(
    name="password_reset",
    subject="Reset your password",
    body=(
        "Hello ((name)),\n\n"
        "We received a request to reset the password for your CORE account.\n\n"
        "To reset your password, use this link:\n\n"
        "((link))\n\n"
        "The link will work once and expires in 3 hours.\n\n"
        "If you did not ask to reset your password, you can ignore this email. "
        "Your password will not change.\n\n"
        "CORE: submit social housing lettings and sales data"
    ),
)


def reset_link(frontend_url: str, token: str) -> str:
    return frontend_url.rstrip("/") + RESET_PATH + token


def request_password_reset(session: Session, email: str, now: datetime) -> uuid.UUID | None:
    """The id of the new request for an active user's email, else None. The caller must answer both
    cases the same way, so nobody can learn which emails have accounts."""
    user = users.get_user_by_email(session, email)
    if user is None or not user.active:
        return None
    # A request the email task has not sent within the validity period is never sent.
    request = password_resets.create_password_reset_request(session, user.id, now + RESET_TOKEN_VALIDITY)
    audit.record_audit_event(session, "password_reset_requested", "success", at=now, subject_id=str(user.id))
    return request.id


def send_password_reset_email(
    session: Session, sender: EmailSender, request_id: uuid.UUID, frontend_url: str, now: datetime
) -> bool:
    """Send the link for a request, once: True when sent, False when there was nothing to send."""
    request = password_resets.get_password_reset_request(session, request_id)
    if request is None or request.sent_at or request.used_at or request.expires_at <= now:
        logger.info("password reset email not needed", extra={"reset_request_id": str(request_id)})
        return False
    user = users.get_user(session, request.user_id)
    if user is None or not user.active:
        return False
    token, token_hash = new_token()
    request.token_hash = token_hash
    request.sent_at = now
    # The link's life runs from when it is sent, so it lasts the 3 hours the email promises.
    request.expires_at = now + RESET_TOKEN_VALIDITY
    session.flush()
    personalisation = {"name": user.name, "link": reset_link(frontend_url, token)}
    sender.send(user.email, PASSWORD_RESET_EMAIL, personalisation, reference=str(request.id))
    logger.info("password reset email sent", extra={"reset_request_id": str(request.id), "user_id": str(user.id)})
    return True


def reset_password(session: Session, token: str, new_password: str, now: datetime) -> None:
    """Set a new password with an emailed token; also unlocks the account and signs out everywhere."""
    request = password_resets.get_password_reset_request_by_token_hash(session, hash_token(token)) if token else None
    if request is None or request.used_at is not None or request.expires_at <= now:
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    check_new_password(new_password)
    user = users.get_user(session, request.user_id)
    if user is None or not user.active or not password_resets.mark_password_reset_used(session, request.id, now):
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    user.password_hash = hash_secret(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    ended = user_sessions.end_sessions_for_user(session, user.id, now)
    password_resets.close_open_password_reset_requests(session, user.id, now)
    audit.record_audit_event(
        session, "password_reset", "success", at=now, actor_id=str(user.id), subject_id=str(user.id)
    )
    logger.info("password reset", extra={"user_id": str(user.id), "sessions_ended": ended})
