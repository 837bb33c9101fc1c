"""Checking authenticator-app codes (TOTP, RFC 6238: 6 digits, 30-second steps). A code is accepted one
step either side of now (clock drift) and never twice: the step of the last accepted code is kept."""

from __future__ import annotations

import logging
from datetime import datetime

import pyotp

from identity_service.data.models import User
from identity_service.domain.secret_box import SecretBox

logger = logging.getLogger(__name__)

ISSUER = "CORE"
STEP_SECONDS = 30
DRIFT_STEPS = 1


def uses_authenticator_app(user: User) -> bool:
    return user.totp_secret is not None


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).provisioning_uri(name=email, issuer_name=ISSUER)


def check_sign_in_code(box: SecretBox, user: User, code: str, now: datetime) -> bool:
    """True (and the code's step recorded, so it cannot be replayed) when the app's code is right."""
    secret = box.decrypt(user.totp_secret) if user.totp_secret else None
    if secret is None:
        logger.error("authenticator app secret cannot be decrypted", extra={"user_id": str(user.id)})
        return False
    step = matching_step(secret, code, now)
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    return True


def digits(code: str) -> str:
    return "".join(code.split())


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code this is, within the allowed drift; None if none matches."""
    code = digits(code)
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret, interval=STEP_SECONDS)
    current = int(now.timestamp()) // STEP_SECONDS
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None
