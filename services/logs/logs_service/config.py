"""Logs' settings: environment variables only, with safe local defaults."""

from __future__ import annotations

from dataclasses import dataclass

from core_platform.config import PlatformSettings, grpc_addr, grpc_port, load_platform_settings

SERVICE = "logs"


@dataclass(frozen=True)
class LogsSettings:
    platform: PlatformSettings
    grpc_port: int
    identity_addr: str  # where access tokens' public keys come from
    organisations_addr: str  # who may record logs for which organisation


def load_settings() -> LogsSettings:
    return LogsSettings(
        platform=load_platform_settings(SERVICE),
        grpc_port=grpc_port(SERVICE),
        identity_addr=grpc_addr("identity"),
        organisations_addr=grpc_addr("organisations"),
    )
