"""One client per backend. Views receive them through `Backends`; tests pass fakes with the same
methods (`create_app(backends=...)`)."""

from __future__ import annotations

from dataclasses import dataclass

from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.health import GrpcHealthClient, HealthClient
from frontend_service.clients.identity import GrpcIdentityClient, IdentityClient
from frontend_service.clients.logs import GrpcLogsClient, LogsClient
from frontend_service.clients.organisations import GrpcOrganisationsClient, OrganisationsClient


@dataclass
class Backends:
    identity: IdentityClient
    logs: LogsClient
    organisations: OrganisationsClient
    health: HealthClient


def grpc_backends() -> Backends:
    channels = ChannelPool()
    return Backends(
        identity=GrpcIdentityClient(channels),
        logs=GrpcLogsClient(channels),
        organisations=GrpcOrganisationsClient(channels),
        health=GrpcHealthClient(channels),
    )
