"""Hashing and checking secrets (passwords, API client secrets) with argon2id, and the password rule."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core_platform.errors import InvalidArgument

# NCSC and NIST SP 800-63B: length and a deny-list, no composition rules.
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 128
PASSWORD_TOO_SHORT = f"Your password must be at least {MIN_PASSWORD_LENGTH} characters long"
PASSWORD_TOO_LONG = f"Your password must be {MAX_PASSWORD_LENGTH} characters or fewer"
PASSWORD_IS_EMAIL = "Your password must not be your email address"
PASSWORD_TOO_COMMON = "Your password is too common. Choose a password that is harder to guess"
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent / "common_passwords.txt"

# argon2-cffi's defaults are RFC 9106's low-memory argon2id profile (64 MiB, 3 passes).
_hasher = PasswordHasher()


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not a real secret: used to spend the time of a check")


def verify_secret(secret_hash: str | None, secret: str) -> bool:
    """True when `secret` matches. With no hash (no such account), still does one full check, so an
    unknown email or client id takes as long to refuse as a wrong password."""
    try:
        return _hasher.verify(secret_hash or _dummy_hash(), secret) and secret_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(secret_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's, so it should be replaced."""
    try:
        return _hasher.check_needs_rehash(secret_hash)
    except InvalidHashError:
        return True


@cache
def common_passwords() -> frozenset[str]:
    """The shipped deny-list (see common_passwords.NOTICE.md), lower-cased."""
    return frozenset(line.strip() for line in COMMON_PASSWORDS_FILE.read_text().splitlines() if line.strip())


def password_problem(password: str, email: str = "") -> str | None:
    """Why a new password is not allowed, or None when it is."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return PASSWORD_TOO_SHORT
    if len(password) > MAX_PASSWORD_LENGTH:
        return PASSWORD_TOO_LONG
    folded = password.strip().lower()
    if email and folded == email.strip().lower():
        return PASSWORD_IS_EMAIL
    if folded in common_passwords():
        return PASSWORD_TOO_COMMON
    return None


def check_new_password(password: str, email: str = "") -> None:
    problem = password_problem(password, email)
    if problem is not None:
        raise InvalidArgument(field_errors={"password": problem})
