"""The export gRPC server: `python -m export_service.server`."""

from __future__ import annotations

from core_platform.auth.identity_keys import identity_token_verifier
from core_platform.auth.tokens import TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, build_grpc_server, run_until_terminated
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from export_service.config import SERVICE, ExportSettings, load_settings
from export_service.rpc.exports import registration


def build_server(
    settings: ExportSettings, session_factory: SessionFactory, verifier: TokenVerifier | None
) -> GrpcServer:
    """Every RPC needs an access token; what each caller may read is decided in the servicer."""
    return build_grpc_server([registration(session_factory)], settings.grpc_port, verifier)


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    # Before any channel or server exists, so both are instrumented.
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    verifier = identity_token_verifier(open_channel(settings.identity_grpc_addr))
    run_until_terminated(build_server(settings, make_session_factory(engine), verifier))


if __name__ == "__main__":
    main()
