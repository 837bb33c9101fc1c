"""Identity's settings: environment variables only, with safe local defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet

from core_platform.config import (
    PlatformSettings,
    env,
    grpc_port,
    load_platform_settings,
    require_in_production,
    var_dir,
)

SERVICE = "identity"
DEFAULT_FRONTEND_URL = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class IdentitySettings:
    platform: PlatformSettings
    grpc_port: int
    frontend_url: str  # base of links in emails, without a trailing slash
    signing_key_pem: str  # IDENTITY_SIGNING_KEY; empty means "use or create signing_key_file"
    signing_key_file: Path
    # Encrypts authenticator-app secrets at rest: IDENTITY_TOTP_KEY (a Fernet key), else generated into
    # var/keys in development; unset in production means authenticator apps cannot be registered or used.
    totp_key: str


def load_settings() -> IdentitySettings:
    frontend_url = env("FRONTEND_URL", DEFAULT_FRONTEND_URL).rstrip("/")
    if not frontend_url.startswith(("http://", "https://")):
        raise ValueError(f"FRONTEND_URL must start with http:// or https://, got {frontend_url!r}")
    return IdentitySettings(
        platform=load_platform_settings(SERVICE),
        grpc_port=grpc_port(SERVICE),
        frontend_url=frontend_url,
        signing_key_pem=require_in_production("IDENTITY_SIGNING_KEY"),
        signing_key_file=var_dir() / "keys" / "identity-signing-key.pem",
        totp_key=load_totp_key(),
    )


def load_totp_key() -> str:
    configured = env("IDENTITY_TOTP_KEY")
    if configured or env("CORE_ENV", "development") == "production":
        return configured
    key_file = var_dir() / "keys" / "identity-totp-key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = key_file.with_suffix(".tmp")
        tmp.write_bytes(Fernet.generate_key())
        tmp.chmod(0o600)
        tmp.replace(key_file)
    return key_file.read_text().strip()
