"""The bulk upload gRPC server: `python -m bulk_upload_service.server`."""

from __future__ import annotations

from bulk_upload_service.config import SERVICE, BulkUploadSettings, load_settings
from bulk_upload_service.queueing import Enqueue, celery_enqueue
from bulk_upload_service.rpc.uploads import registration
from core_platform.auth.identity_keys import identity_token_verifier
from core_platform.auth.tokens import TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, build_grpc_server, run_until_terminated
from core_platform.storage import ObjectStorage, storage_from_env
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry


def build_server(
    settings: BulkUploadSettings,
    session_factory: SessionFactory,
    verifier: TokenVerifier | None,
    storage: ObjectStorage,
    enqueue: Enqueue,
) -> GrpcServer:
    """Every RPC needs an access token: uploads belong to an organisation."""
    return build_grpc_server([registration(session_factory, storage, enqueue)], settings.grpc_port, verifier)


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    # Before any channel or server exists, so both are instrumented.
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    from bulk_upload_service.tasks import app  # the worker's app, used here only to send tasks

    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    server = build_server(
        settings,
        make_session_factory(engine),
        identity_token_verifier(open_channel(settings.identity_grpc_addr)),
        storage_from_env(SERVICE),
        celery_enqueue(app),
    )
    run_until_terminated(server)


if __name__ == "__main__":
    main()
