"""Frontend settings: environment variables only, with safe local defaults."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from core_platform.config import env, env_int, require_in_production, var_dir

SERVICE_NAME = "Submit social housing lettings and sales data (CORE)"
SESSION_COOKIE_NAME = "core_session"
SESSION_IDLE_SECONDS = 30 * 60
SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60
SECRET_KEY_FILE = "frontend-secret-key"


@dataclass(frozen=True)
class FrontendSettings:
    environment: str
    port: int
    log_level: str
    otel_endpoint: str

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


def load_frontend_settings() -> FrontendSettings:
    environment = env("CORE_ENV", "development")
    if environment not in ("development", "production", "test"):
        raise ValueError(f"CORE_ENV must be development, production or test, got {environment!r}")
    return FrontendSettings(
        environment=environment,
        port=env_int("FRONTEND_PORT", 8080),
        log_level=env("LOG_LEVEL", "INFO").upper(),
        otel_endpoint=env("OTEL_EXPORTER_OTLP_ENDPOINT"),
    )


def secret_key() -> str:
    """SECRET_KEY, or a key generated once into var/ so that every worker signs sessions alike."""
    return require_in_production("SECRET_KEY") or load_or_create_secret_key(var_dir() / SECRET_KEY_FILE)


def load_or_create_secret_key(path: Path) -> str:
    if not path.exists():
        # Write aside, then link into place: linking fails if another worker won the race, and a reader
        # never sees a half-written file.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(secrets.token_urlsafe(48))
        tmp.chmod(0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text().strip()
