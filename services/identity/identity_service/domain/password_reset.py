"""Emailed single-use links: password resets (valid 3 hours), invitations to set a first password
(valid 3 days) and account unlocks (valid while the lock lasts). A request is recorded at once; the
link is made by the email task, which stores only the token's hash."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from core_platform.email import EmailSender, EmailTemplate
from core_platform.errors import InvalidArgument
from identity_service.data import audit, password_resets, user_sessions, users
from identity_service.data.models import PasswordResetRequest
from identity_service.domain.passwords import check_new_password, hash_secret
from identity_service.domain.secret_tokens import hash_token, new_token

logger = logging.getLogger(__name__)

PURPOSE_RESET = "reset"
PURPOSE_INVITATION = "invitation"
PURPOSE_UNLOCK = "unlock"
PURPOSE_EMAIL_CHANGE = "email_change"  # sent to the new address; following it makes the change

RESET_TOKEN_VALIDITY = timedelta(hours=3)
INVITATION_VALIDITY = timedelta(days=3)
UNLOCK_VALIDITY = timedelta(hours=1)
EMAIL_CHANGE_VALIDITY = timedelta(days=1)
VALIDITY = {
    PURPOSE_RESET: RESET_TOKEN_VALIDITY,
    PURPOSE_INVITATION: INVITATION_VALIDITY,
    PURPOSE_UNLOCK: UNLOCK_VALIDITY,
    PURPOSE_EMAIL_CHANGE: EMAIL_CHANGE_VALIDITY,
}
RESET_PATH = "/account/password/edit?token="
INVITATION_PATH = "/account/password/set?token="
UNLOCK_PATH = "/account/unlock?token="
EMAIL_CHANGE_PATH = "/account/email/confirm?token="
PATHS = {
    PURPOSE_RESET: RESET_PATH,
    PURPOSE_INVITATION: INVITATION_PATH,
    PURPOSE_UNLOCK: UNLOCK_PATH,
    PURPOSE_EMAIL_CHANGE: EMAIL_CHANGE_PATH,
}
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


INVITATION_EMAIL = EmailTemplate(
    name="invitation",
    subject="You have been invited to CORE",
    body=(
        "Hello ((name)),\n\n"
        "((inviter)) has given you an account on CORE: submit social housing lettings and sales data.\n\n"
        "To set your password and sign in, use this link:\n\n"
        "((link))\n\n"
        "The link will work once and expires in 3 days. If it has expired, ask ((inviter)) to send you "
        "a new one.\n\n"
        "CORE: submit social housing lettings and sales data"
    ),
)

UNLOCK_EMAIL = EmailTemplate(
    name="account_unlock",
    subject="Your CORE account has been locked",
    body=(
        "Hello ((name)),\n\n"
        "Your CORE account has been locked for 1 hour because someone entered the wrong password "
        "too many times.\n\n"
        "If this was you, you can unlock your account now with this link:\n\n"
        "((link))\n\n"
        "The link will work once, while the lock lasts. If this was not you, reset your password.\n\n"
        "CORE: submit social housing lettings and sales data"
    ),
)

EMAIL_CHANGE_EMAIL = EmailTemplate(
    name="email_change",
    subject="Confirm your new email address for CORE",
    body=(
        "Hello ((name)),\n\n"
        "Someone asked to use this email address for your CORE account.\n\n"
        "To confirm it, use this link:\n\n"
        "((link))\n\n"
        "The link will work once and expires in 1 day. Until you use it, sign in with your current "
        "email address.\n\n"
        "If you did not ask for this, you can ignore this email.\n\n"
        "CORE: submit social housing lettings and sales data"
    ),
)

TEMPLATES = {
    PURPOSE_RESET: PASSWORD_RESET_EMAIL,
    PURPOSE_INVITATION: INVITATION_EMAIL,
    PURPOSE_UNLOCK: UNLOCK_EMAIL,
    PURPOSE_EMAIL_CHANGE: EMAIL_CHANGE_EMAIL,
}
EMAIL_CHANGE_LINK_INVALID = (
    "Your link to confirm your new email address has expired or has already been used. Change it again."
)


def reset_link(frontend_url: str, token: str, purpose: str = PURPOSE_RESET) -> str:
    return frontend_url.rstrip("/") + PATHS[purpose] + token


def create_link_request(session: Session, user_id: uuid.UUID, purpose: str, now: datetime) -> uuid.UUID:
    """Record that a link is to be emailed; an older unsent or unused link of the same purpose stops working."""
    password_resets.close_open_password_reset_requests(session, user_id, now, purpose=purpose)
    # A request the email task has not sent within the validity period is never sent.
    request = password_resets.create_password_reset_request(session, user_id, now + VALIDITY[purpose], purpose)
    return request.id


def request_password_reset(session: Session, email: str, now: datetime) -> uuid.UUID | None:
    """The id of the new request for an active user's email, else None. The caller must answer both
    cases the same way, so nobody can learn which emails have accounts."""
    user = users.get_user_by_email(session, email)
    if user is None or not user.active:
        return None
    request_id = create_link_request(session, user.id, PURPOSE_RESET, now)
    audit.record_audit_event(session, "password_reset_requested", "success", at=now, subject_id=str(user.id))
    return request_id


def send_password_reset_email(
    session: Session,
    sender: EmailSender,
    request_id: uuid.UUID,
    frontend_url: str,
    now: datetime,
    extra: dict[str, str] | None = None,
) -> bool:
    """Send the link for a request, once: True when sent, False when there was nothing to send.
    `extra` fills an invitation's ((inviter)) and ((organisation))."""
    extra = {"inviter": "The CORE team", **(extra or {})}
    request = password_resets.get_password_reset_request(session, request_id)
    if request is None or request.sent_at or request.used_at or request.expires_at <= now:
        logger.info("password reset email not needed", extra={"reset_request_id": str(request_id)})
        return False
    user = users.get_user(session, request.user_id)
    if user is None or not user.active:
        return False
    recipient = user.pending_email if request.purpose == PURPOSE_EMAIL_CHANGE else user.email
    if not recipient:
        return False
    token, token_hash = new_token()
    request.token_hash = token_hash
    request.sent_at = now
    if request.purpose != PURPOSE_UNLOCK:
        # The link's life runs from when it is sent, so it lasts as long as the email promises.
        request.expires_at = now + VALIDITY[request.purpose]
    session.flush()
    personalisation = {"name": user.name, "link": reset_link(frontend_url, token, request.purpose), **extra}
    sender.send(recipient, TEMPLATES[request.purpose], personalisation, reference=str(request.id))
    logger.info("account link email sent", extra={"reset_request_id": str(request.id), "purpose": request.purpose})
    return True


def _live_request(session: Session, token: str, purposes: tuple[str, ...], now: datetime) -> PasswordResetRequest:
    request = password_resets.get_password_reset_request_by_token_hash(session, hash_token(token)) if token else None
    if request is None or request.used_at is not None or request.expires_at <= now or request.purpose not in purposes:
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    return request


def reset_password(session: Session, token: str, new_password: str, now: datetime) -> None:
    """Set a new password with an emailed token (a reset or an invitation); also unlocks the account
    and signs out everywhere."""
    request = _live_request(session, token, (PURPOSE_RESET, PURPOSE_INVITATION), now)
    user = users.get_user(session, request.user_id)
    if user is None or not user.active:
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    check_new_password(new_password, user.email)
    if not password_resets.mark_password_reset_used(session, request.id, now):
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    user.password_hash = hash_secret(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    ended = user_sessions.end_sessions_for_user(session, user.id, now)
    password_resets.close_open_password_reset_requests(session, user.id, now)
    event = "invitation_accepted" if request.purpose == PURPOSE_INVITATION else "password_reset"
    audit.record_audit_event(session, event, "success", at=now, actor_id=str(user.id), subject_id=str(user.id))
    logger.info("password set from emailed link", extra={"user_id": str(user.id), "sessions_ended": ended})


def unlock_account(session: Session, token: str, now: datetime) -> None:
    """Unlock with the link emailed when the account was locked."""
    request = _live_request(session, token, (PURPOSE_UNLOCK,), now)
    user = users.get_user(session, request.user_id)
    if user is None or not password_resets.mark_password_reset_used(session, request.id, now):
        raise InvalidArgument(field_errors={"token": RESET_LINK_INVALID})
    user.failed_attempts = 0
    user.locked_until = None
    audit.record_audit_event(
        session, "account_unlocked", "success", at=now, actor_id=str(user.id), subject_id=str(user.id)
    )


def confirm_email_change(session: Session, token: str, now: datetime) -> None:
    """Make the change the link was sent for. Other sessions carry on: the address is not a credential."""
    try:
        request = _live_request(session, token, (PURPOSE_EMAIL_CHANGE,), now)
    except InvalidArgument:
        raise InvalidArgument(field_errors={"token": EMAIL_CHANGE_LINK_INVALID}) from None
    user = users.get_user(session, request.user_id)
    if user is None or not user.active or not user.pending_email:
        raise InvalidArgument(field_errors={"token": EMAIL_CHANGE_LINK_INVALID})
    if not password_resets.mark_password_reset_used(session, request.id, now):
        raise InvalidArgument(field_errors={"token": EMAIL_CHANGE_LINK_INVALID})
    users.change_email(session, user, user.pending_email)  # EmailTaken if someone took it meanwhile
    user.pending_email = None
    audit.record_audit_event(
        session, "email_changed", "success", at=now, actor_id=str(user.id), subject_id=str(user.id)
    )
    logger.info("email address change confirmed", extra={"user_id": str(user.id)})
