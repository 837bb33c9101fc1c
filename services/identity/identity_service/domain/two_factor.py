"""The second factor at sign-in, required for support users: a 6-digit code sent by email, valid 10
minutes, usable once and stored only as an argon2id hash; or, for users who registered one, the code
of their authenticator app (`totp.py`). Three wrong codes end the waiting session, so the user starts
again from their password."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from core_platform.auth.principal import ROLE_SUPPORT
from core_platform.email import EmailSender, EmailTemplate
from core_platform.errors import FailedPrecondition
from identity_service.data import audit, user_sessions, users
from identity_service.data.models import User, UserSession
from identity_service.domain.passwords import hash_secret, verify_secret
from identity_service.domain.secret_box import SecretBox
from identity_service.domain.secret_tokens import hash_token, new_token
from identity_service.domain.totp import check_sign_in_code, uses_authenticator_app

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_VALIDITY = timedelta(minutes=10)
MAX_CODE_ATTEMPTS = 3
# Long enough to fetch the code, resend it once or twice and type it; not a way to park a half sign-in.
PENDING_SESSION_LIFETIME = timedelta(minutes=30)
ROLES_NEEDING_SECOND_FACTOR = frozenset({ROLE_SUPPORT})

EVENT_SECOND_FACTOR = "second_factor"
CODE_REQUIRED = "Enter the security code"
CODE_INCORRECT = "The security code you entered is incorrect"
CODE_EXPIRED = "Your security code has expired. Request a new code"
TOO_MANY_ATTEMPTS = "You entered an incorrect security code too many times. Sign in again."
USE_YOUR_APP = "Enter the code from your authenticator app. We do not email codes to accounts that use one."

METHOD_EMAIL = "email"
METHOD_APP = "authenticator_app"

SIGN_IN_CODE_EMAIL = EmailTemplate(
    name="sign_in_code",
    subject="Your CORE security code",
    body=(
        "Hello ((name)),\n\n"
        "Your security code to sign in to CORE is:\n\n"
        "((code))\n\n"
        "The code expires in 10 minutes and works once.\n\n"
        "If you did not try to sign in, reset your password and tell the CORE team.\n\n"
        "CORE: submit social housing lettings and sales data"
    ),
)


@dataclass(frozen=True)
class CodeRefused:
    message: str  # safe to show
    signed_out: bool  # the waiting session has ended: sign in again


def requires_second_factor(user: User) -> bool:
    return user.role in ROLES_NEEDING_SECOND_FACTOR


def second_factor_method(user: User) -> str:
    """How this user proves the second factor; "" when they need none."""
    if not requires_second_factor(user):
        return ""
    return METHOD_APP if uses_authenticator_app(user) else METHOD_EMAIL


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def start_pending_session(session: Session, user: User, now: datetime) -> tuple[str, str]:
    """A session waiting for its second factor: the token for the browser and the row id for the email task."""
    token, token_hash = new_token()
    pending = user_sessions.create_session(session, token_hash, user.id, now)
    pending.second_factor_pending = True
    if not uses_authenticator_app(user):
        pending.code_requested_at = now
    session.flush()
    return token, token_hash


def _pending(session: Session, token: str, now: datetime) -> UserSession | None:
    pending = user_sessions.get_session(session, hash_token(token)) if token else None
    if pending is None or pending.ended_at is not None or not pending.second_factor_pending:
        return None
    if now - pending.created_at >= PENDING_SESSION_LIFETIME:
        pending.ended_at = now
        return None
    return pending


def request_new_code(session: Session, token: str, now: datetime) -> str | None:
    """Ask for another code for a waiting session; the row id to send it for, or None if the session is gone."""
    pending = _pending(session, token, now)
    if pending is None:
        return None
    user = users.get_user(session, pending.user_id)
    if user is not None and uses_authenticator_app(user):
        raise FailedPrecondition(USE_YOUR_APP)
    pending.code_requested_at = now
    pending.code_sent_at = None  # the email task sends when nothing has gone since the last request
    audit.record_audit_event(session, EVENT_SECOND_FACTOR, "code_resent", at=now, subject_id=str(pending.user_id))
    return pending.id


def send_sign_in_code(session: Session, sender: EmailSender, session_row_id: str, now: datetime) -> bool:
    """Send a fresh code for a waiting session, once per request for one: True when sent."""
    pending = user_sessions.get_session(session, session_row_id, for_update=True)
    if pending is None or pending.ended_at is not None or not pending.second_factor_pending:
        return False
    if pending.code_sent_at is not None:
        return False
    user = users.get_user(session, pending.user_id)
    if user is None or not user.active or uses_authenticator_app(user):
        return False
    code = new_code()
    pending.code_hash = hash_secret(code)
    pending.code_sent_at = now
    pending.code_expires_at = now + CODE_VALIDITY
    pending.code_attempts = 0
    session.flush()
    sender.send(
        user.email, SIGN_IN_CODE_EMAIL, {"name": user.name, "code": code}, reference=f"sign-in-{pending.id[:16]}"
    )
    logger.info("sign-in code sent", extra={"user_id": str(user.id)})
    return True


def verify_code(
    session: Session, token: str, code: str, ip: str, now: datetime, box: SecretBox | None = None
) -> User | CodeRefused:
    """The user, with the session now fully signed in; or why not. Returns rather than raises, so a
    wrong attempt is committed."""
    pending = _pending(session, token, now)
    if pending is None:
        return CodeRefused(TOO_MANY_ATTEMPTS, signed_out=True)
    user = users.get_user(session, pending.user_id)
    if user is None or not user.active:
        pending.ended_at = now
        return CodeRefused(TOO_MANY_ATTEMPTS, signed_out=True)
    code = "".join(code.split())
    if not code:
        return CodeRefused(CODE_REQUIRED, signed_out=False)
    if uses_authenticator_app(user):
        if box is None or not check_sign_in_code(box, user, code, now):
            return _wrong_code(session, pending, user, ip, now)
        return _signed_in(session, pending, user, ip, now)
    if pending.code_hash is None or pending.code_expires_at is None or pending.code_expires_at <= now:
        _audit(session, user, "expired", ip, now)
        return CodeRefused(CODE_EXPIRED, signed_out=False)
    if not verify_secret(pending.code_hash, code):
        return _wrong_code(session, pending, user, ip, now)
    return _signed_in(session, pending, user, ip, now)


def _signed_in(session: Session, pending: UserSession, user: User, ip: str, now: datetime) -> User:
    pending.second_factor_pending = False
    pending.code_hash = None  # single use
    pending.last_seen_at = now
    user.last_sign_in_at = now
    _audit(session, user, "success", ip, now)
    return user


def _wrong_code(session: Session, pending: UserSession, user: User, ip: str, now: datetime) -> CodeRefused:
    pending.code_attempts += 1
    _audit(session, user, "wrong_code", ip, now)
    if pending.code_attempts < MAX_CODE_ATTEMPTS:
        return CodeRefused(CODE_INCORRECT, signed_out=False)
    pending.ended_at = now
    pending.code_hash = None
    _audit(session, user, "signed_out", ip, now)
    logger.info("sign-in ended after wrong security codes", extra={"user_id": str(user.id)})
    return CodeRefused(TOO_MANY_ATTEMPTS, signed_out=True)


def _audit(session: Session, user: User, outcome: str, ip: str, now: datetime) -> None:
    audit.record_audit_event(
        session, EVENT_SECOND_FACTOR, outcome, at=now, actor_id=str(user.id), subject_id=str(user.id), ip=ip
    )
