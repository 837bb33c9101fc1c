"""Signing in with email and password: the same answer for an unknown email as for a wrong password
(including the warning before the last attempt and the lock message), and five failures in a row lock
the account for an hour and email the user a link to unlock it."""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from identity_service.data import audit, users
from identity_service.data.models import User
from identity_service.domain import two_factor
from identity_service.domain.password_reset import PURPOSE_UNLOCK, create_link_request
from identity_service.domain.passwords import hash_secret, needs_rehash, verify_secret
from identity_service.domain.sessions import start_session

logger = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
LOCKOUT_PERIOD = timedelta(hours=1)

INCORRECT_CREDENTIALS = "Incorrect email or password"
LAST_ATTEMPT_WARNING = "Incorrect email or password. You have 1 more attempt before your account is locked for 1 hour."
ACCOUNT_LOCKED = (
    "Your account has been locked because of too many failed attempts to sign in. "
    "Try again in 1 hour, or reset your password."
)

EVENT_SIGN_IN = "sign_in"
EVENT_ACCOUNT_LOCKED = "account_locked"


@dataclass(frozen=True)
class SignedIn:
    user: User
    session_token: str
    # Set when the session waits for a second factor: how it is given ("email" or "authenticator_app")...
    second_factor_method: str = ""
    # ...and, for an emailed code, the row id to send the code for.
    pending_code_for: str | None = None


@dataclass(frozen=True)
class Refused:
    message: str  # safe to show to the person signing in
    unlock_request_id: uuid.UUID | None = None  # an unlock link to email, when this attempt locked the account


def is_locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


def sign_in(session: Session, email: str, password: str, ip: str, now: datetime) -> SignedIn | Refused:
    """Returns rather than raises a refusal, so the failed attempt and its audit are committed."""
    user = users.get_user_by_email(session, email, for_update=True)
    if user is None:
        verify_secret(None, password)
        return _refuse_unknown_account(session, email, ip, now)
    if is_locked(user, now):
        # Spend the same time, and do not reveal whether the password was right while locked.
        verify_secret(None, password)
        _record(session, user, "locked", ip, now)
        return Refused(ACCOUNT_LOCKED)
    if not verify_secret(user.password_hash, password):
        return _record_failure(session, user, ip, now)
    if not user.active:
        # The generic message: a right password for a deactivated account should not be confirmed.
        _record(session, user, "deactivated", ip, now)
        return Refused(INCORRECT_CREDENTIALS)
    return _complete_sign_in(session, user, password, ip, now)


def _refuse_unknown_account(session: Session, email: str, ip: str, now: datetime) -> Refused:
    """Counts failures for an address with no account as for a real one (keyed by the address's hash), so
    the warning and the lock message cannot tell anyone which addresses have accounts."""
    subject = "email:" + hashlib.sha256(users.normalise_email(email).encode()).hexdigest()[:40]
    earlier = audit.count_audit_events(session, subject, EVENT_SIGN_IN, since=now - LOCKOUT_PERIOD)
    audit.record_audit_event(session, EVENT_SIGN_IN, "unknown_account", at=now, subject_id=subject, ip=ip)
    return Refused(_failure_message(earlier + 1))


def _failure_message(attempts: int) -> str:
    if attempts >= MAX_FAILED_ATTEMPTS:
        return ACCOUNT_LOCKED
    return LAST_ATTEMPT_WARNING if attempts == MAX_FAILED_ATTEMPTS - 1 else INCORRECT_CREDENTIALS


def _record_failure(session: Session, user: User, ip: str, now: datetime) -> Refused:
    user.failed_attempts += 1
    if user.failed_attempts < MAX_FAILED_ATTEMPTS:
        _record(session, user, "wrong_password", ip, now)
        return Refused(_failure_message(user.failed_attempts))
    # Counting starts again once the lock ends.
    user.failed_attempts = 0
    user.locked_until = now + LOCKOUT_PERIOD
    _record(session, user, "wrong_password", ip, now)
    audit.record_audit_event(session, EVENT_ACCOUNT_LOCKED, "success", at=now, subject_id=str(user.id), ip=ip)
    logger.info("account locked after failed sign-in attempts", extra={"user_id": str(user.id)})
    unlock_request_id = create_link_request(session, user.id, PURPOSE_UNLOCK, now) if user.active else None
    return Refused(ACCOUNT_LOCKED, unlock_request_id)


def _complete_sign_in(session: Session, user: User, password: str, ip: str, now: datetime) -> SignedIn:
    user.failed_attempts = 0
    user.locked_until = None
    if user.password_hash and needs_rehash(user.password_hash):
        user.password_hash = hash_secret(password)
    method = two_factor.second_factor_method(user)
    if method:
        token, row_id = two_factor.start_pending_session(session, user, now)
        _record(session, user, "password_ok", ip, now)
        return SignedIn(user, token, method, row_id if method == two_factor.METHOD_EMAIL else None)
    user.last_sign_in_at = now
    token = start_session(session, user, now)
    _record(session, user, "success", ip, now)
    return SignedIn(user, token)


def _record(session: Session, user: User, outcome: str, ip: str, now: datetime) -> None:
    audit.record_audit_event(
        session, EVENT_SIGN_IN, outcome, at=now, actor_id=str(user.id), subject_id=str(user.id), ip=ip
    )
