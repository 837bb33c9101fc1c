"""Hashing and checking secrets (passwords, API client secrets) with argon2id, and the password rule."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core_platform.errors import InvalidArgument

MIN_PASSWORD_LENGTH = 12
PASSWORD_TOO_SHORT = f"Your password must be at least {MIN_PASSWORD_LENGTH} characters long"

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


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidArgument(field_errors={"password": PASSWORD_TOO_SHORT})
