"""Registering an authenticator app, which support users may use instead of codes by email.

`start_registration` keeps a new secret as pending and returns it (as text and as an otpauth URI);
`confirm_registration` checks a first code from the app before the secret is used for signing in, so
a mistyped secret cannot lock anyone out. Secrets are encrypted at rest and never logged."""

from __future__ import annotations

import logging
from datetime import datetime

import pyotp
from sqlalchemy.orm import Session

from core_platform.auth.principal import Principal
from core_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from identity_service.data import audit
from identity_service.data.models import User
from identity_service.domain.directory import get_visible_user
from identity_service.domain.secret_box import SecretBox
from identity_service.domain.totp import digits, matching_step, provisioning_uri
from identity_service.domain.two_factor import requires_second_factor

logger = logging.getLogger(__name__)

EVENT_AUTHENTICATOR_APP = "authenticator_app"
NOT_ALLOWED = "Only users who sign in with a security code can register an authenticator app"
START_AGAIN = "Start again: set up your authenticator app"
CODE_REQUIRED = "Enter the code from your authenticator app"
CODE_INCORRECT = "The code you entered is incorrect. Check the code in your authenticator app"


def _own_user(session: Session, principal: Principal) -> User:
    user = get_visible_user(session, principal, principal.subject)
    if not requires_second_factor(user):
        raise PermissionDenied(NOT_ALLOWED)
    return user


def start_registration(session: Session, box: SecretBox, principal: Principal, now: datetime) -> tuple[str, str]:
    """A new secret for the caller's app and its otpauth URI. Until confirmed, sign-in is unchanged."""
    user = _own_user(session, principal)
    secret = pyotp.random_base32()
    user.totp_pending_secret = box.encrypt(secret)
    _audit(session, user, "started", "", now)
    session.flush()
    return secret, provisioning_uri(secret, user.email)


def confirm_registration(
    session: Session, box: SecretBox, principal: Principal, code: str, ip: str, now: datetime
) -> User | InvalidArgument:
    """The user, now signing in with the app; or the refusal, returned so the failed attempt's audit is
    committed."""
    user = _own_user(session, principal)
    secret = box.decrypt(user.totp_pending_secret) if user.totp_pending_secret else None
    if secret is None:
        raise FailedPrecondition(START_AGAIN)
    step = matching_step(secret, code, now)
    if step is None:
        _audit(session, user, "wrong_code", ip, now)
        return InvalidArgument(field_errors={"code": CODE_INCORRECT if digits(code) else CODE_REQUIRED})
    user.totp_secret = user.totp_pending_secret
    user.totp_pending_secret = None
    user.totp_last_step = step
    _audit(session, user, "registered", ip, now)
    logger.info("authenticator app registered", extra={"user_id": str(user.id)})
    session.flush()
    return user


def remove_app(session: Session, principal: Principal, ip: str, now: datetime) -> User:
    """Back to codes by email."""
    user = _own_user(session, principal)
    if user.totp_secret is not None or user.totp_pending_secret is not None:
        user.totp_secret = None
        user.totp_pending_secret = None
        user.totp_last_step = None
        _audit(session, user, "removed", ip, now)
        session.flush()
    return user


def _audit(session: Session, user: User, outcome: str, ip: str, now: datetime) -> None:
    audit.record_audit_event(
        session, EVENT_AUTHENTICATOR_APP, outcome, at=now, actor_id=str(user.id), subject_id=str(user.id), ip=ip
    )
