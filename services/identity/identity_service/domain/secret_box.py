"""Encryption at rest for secrets identity must read back (authenticator-app seeds), unlike passwords
and codes, which are only ever hashed. Fernet: AES-128-CBC with HMAC-SHA256, so a tampered value is
refused rather than decrypted to rubbish."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from core_platform.errors import FailedPrecondition

NOT_CONFIGURED = "Authenticator apps are not available. Use the code we email you."


class SecretBox:
    """`keys` newest first: the first encrypts, every one decrypts, so the key can be rotated."""

    def __init__(self, keys: list[str]) -> None:
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys]) if keys else None

    @classmethod
    def from_setting(cls, value: str) -> SecretBox:
        return cls([key for key in value.replace(",", " ").split() if key])

    @property
    def available(self) -> bool:
        return self._fernet is not None

    def _require(self) -> MultiFernet:
        if self._fernet is None:
            raise FailedPrecondition(NOT_CONFIGURED)
        return self._fernet

    def encrypt(self, secret: str) -> str:
        return self._require().encrypt(secret.encode()).decode()

    def decrypt(self, stored: str) -> str | None:
        """None when the value cannot be read with any configured key."""
        try:
            return self._require().decrypt(stored.encode()).decode()
        except InvalidToken:
            return None
