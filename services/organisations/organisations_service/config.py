"""Organisations' settings: environment variables only, with safe local defaults."""

from __future__ import annotations

from dataclasses import dataclass

from core_platform.config import PlatformSettings, grpc_addr, grpc_port, load_platform_settings

SERVICE = "organisations"


@dataclass(frozen=True)
class OrganisationsSettings:
    platform: PlatformSettings
    grpc_port: int
    identity_addr: str  # where access tokens' public keys come from


def load_settings() -> OrganisationsSettings:
    return OrganisationsSettings(
        platform=load_platform_settings(SERVICE),
        grpc_port=grpc_port(SERVICE),
        identity_addr=grpc_addr("identity"),
    )
