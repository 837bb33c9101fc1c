"""Opaque bearer secrets (session ids, reset tokens): 256 random bits, stored only as their SHA-256.

A plain hash is enough here, unlike for passwords: the secret has full entropy, so it cannot be guessed
from its hash, and lookups by hash stay a simple indexed query."""

from __future__ import annotations

import hashlib
import secrets


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token and its hash."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)
