"""Logs' settings: environment variables only, with safe local defaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core_platform.config import PlatformSettings, env, grpc_addr, grpc_port, load_platform_settings

SERVICE = "logs"


@dataclass(frozen=True)
class LogsSettings:
    platform: PlatformSettings
    grpc_port: int
    identity_addr: str  # where access tokens' public keys come from
    organisations_addr: str  # who may record logs for which organisation
    pinned_today: date | None  # CORE_TODAY: which collection years are open, for tests and demos
    address_lookup_url: str  # ADDRESS_LOOKUP_URL: OS Places-style address search; offline when blank
    address_lookup_key: str


def load_settings() -> LogsSettings:
    platform = load_platform_settings(SERVICE)
    return LogsSettings(
        platform=platform,
        grpc_port=grpc_port(SERVICE),
        identity_addr=grpc_addr("identity"),
        organisations_addr=grpc_addr("organisations"),
        pinned_today=_pinned_today(platform),
        address_lookup_url=env("ADDRESS_LOOKUP_URL"),
        address_lookup_key=env("ADDRESS_LOOKUP_KEY"),
    )


def _pinned_today(platform: PlatformSettings) -> date | None:
    """A fixed today lets a test or a demo reach both collection years of a crossover on any day; a live
    service with a frozen clock would accept logs for closed years, so production refuses it."""
    raw = env("CORE_TODAY")
    if not raw:
        return None
    if platform.is_production:
        raise RuntimeError("CORE_TODAY must not be set when CORE_ENV=production")
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"CORE_TODAY must be a date as YYYY-MM-DD, got {raw!r}") from exc
