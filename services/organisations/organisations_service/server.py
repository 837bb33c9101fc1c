"""The organisations gRPC server. Run: `python -m organisations_service.server`."""

from __future__ import annotations

from core_platform.auth.identity_keys import identity_token_verifier
from core_platform.auth.tokens import TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, Registration, build_grpc_server, run_until_terminated
from core_platform.storage import ObjectStorage, storage_from_env
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from organisations_service.config import SERVICE, OrganisationsSettings, load_settings
from organisations_service.domain.people import UserDirectory
from organisations_service.rpc import alerts, organisations, resources, schemes
from organisations_service.rpc.user_directory import GrpcUserDirectory

# Methods callers may use without a token: the banner and the collection resources of public pages.
PUBLIC_METHODS = frozenset({*alerts.PUBLIC_METHODS, *resources.PUBLIC_METHODS})


def registrations(
    session_factory: SessionFactory, users: UserDirectory | None = None, storage: ObjectStorage | None = None
) -> list[Registration]:
    return [
        organisations.register(session_factory, users),
        schemes.register(session_factory),
        alerts.register(session_factory),
        resources.register(session_factory, storage or storage_from_env(SERVICE)),
    ]


def build_server(
    settings: OrganisationsSettings,
    session_factory: SessionFactory,
    verifier: TokenVerifier,
    users: UserDirectory | None = None,
) -> GrpcServer:
    return build_grpc_server(registrations(session_factory, users), settings.grpc_port, verifier, PUBLIC_METHODS)


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    identity = open_channel(settings.identity_addr)
    verifier = identity_token_verifier(identity)
    users = GrpcUserDirectory(identity)
    run_until_terminated(build_server(settings, make_session_factory(engine), verifier, users))


if __name__ == "__main__":
    main()
