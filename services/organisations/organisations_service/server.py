"""The organisations gRPC server. Run: `python -m organisations_service.server`."""

from __future__ import annotations

from core_platform.auth.identity_keys import identity_token_verifier
from core_platform.auth.tokens import TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, Registration, build_grpc_server, run_until_terminated
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from organisations_service.config import SERVICE, OrganisationsSettings, load_settings
from organisations_service.rpc import organisations, schemes


def registrations(session_factory: SessionFactory) -> list[Registration]:
    return [organisations.register(session_factory), schemes.register(session_factory)]


def build_server(
    settings: OrganisationsSettings, session_factory: SessionFactory, verifier: TokenVerifier
) -> GrpcServer:
    # Every method needs a token: no public methods besides health and reflection.
    return build_grpc_server(registrations(session_factory), settings.grpc_port, verifier)


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    verifier = identity_token_verifier(open_channel(settings.identity_addr))
    run_until_terminated(build_server(settings, make_session_factory(engine), verifier))


if __name__ == "__main__":
    main()
