"""Export's settings: environment variables only, with safe local defaults."""

from __future__ import annotations

from dataclasses import dataclass

from core_platform.config import PlatformSettings, grpc_addr, grpc_port, load_platform_settings

SERVICE = "export"


@dataclass(frozen=True)
class ExportSettings:
    platform: PlatformSettings
    grpc_port: int
    identity_grpc_addr: str  # where identity's public keys are fetched from, to verify access tokens


def load_settings() -> ExportSettings:
    return ExportSettings(
        platform=load_platform_settings(SERVICE),
        grpc_port=grpc_port(SERVICE),
        identity_grpc_addr=grpc_addr("identity"),
    )
