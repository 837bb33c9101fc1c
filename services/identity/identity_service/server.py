"""Identity's gRPC server. Run: `python -m identity_service.server` (migrate first with `manage migrate`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from core_platform.auth.tokens import SigningKey, TokenSigner, TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory, utcnow
from core_platform.grpc_server import GrpcServer, build_grpc_server, run_until_terminated
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from identity_service.config import SERVICE, IdentitySettings, load_settings
from identity_service.domain.secret_box import SecretBox
from identity_service.keys import load_signing_keys
from identity_service.rpc.code_delivery import CodeDelivery
from identity_service.rpc.identity import PUBLIC_METHODS, IdentityServicer, identity_registration
from identity_service.rpc.user_admin import Clock, EnqueueLinkEmail

logger = logging.getLogger(__name__)


def load_keys(settings: IdentitySettings) -> list[SigningKey]:
    """The signing key first, then any other published key (see keys.py)."""
    return load_signing_keys(settings.signing_key_pem, settings.signing_key_file)


def load_signer(settings: IdentitySettings) -> TokenSigner:
    return TokenSigner(load_keys(settings)[0])


def own_token_verifier(signer: TokenSigner, other_keys: Sequence[SigningKey] = ()) -> TokenVerifier:
    """Identity checks the tokens it signed itself with its own public keys, without a network call."""
    keys = {key.kid: key.public_pem for key in (signer.key, *other_keys)}
    return TokenVerifier(lambda: keys)


def build_server(
    settings: IdentitySettings,
    session_factory: SessionFactory,
    signer: TokenSigner,
    *,
    enqueue_reset_email: EnqueueLinkEmail | None = None,
    clock: Clock = utcnow,
    host: str = "0.0.0.0",
    other_keys: Sequence[SigningKey] = (),
) -> GrpcServer:
    # Imported here so building a server in tests does not require the Celery app.
    from identity_service.tasks import enqueue_password_reset_email, enqueue_sign_in_code_email

    deliver_code = CodeDelivery(session_factory, enqueue_sign_in_code_email)
    servicer = IdentityServicer(
        session_factory,
        signer,
        enqueue_reset_email or enqueue_password_reset_email,
        clock,
        deliver_code,
        other_keys=other_keys,
        secret_box=SecretBox.from_setting(settings.totp_key),
    )
    return build_grpc_server(
        [identity_registration(servicer)],
        port=settings.grpc_port,
        verifier=own_token_verifier(signer, other_keys),
        public_methods=PUBLIC_METHODS,
        host=host,
    )


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    # Before any server exists, so the gRPC instrumentation sees it.
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    keys = load_keys(settings)
    server = build_server(settings, make_session_factory(engine), TokenSigner(keys[0]), other_keys=keys[1:])
    try:
        run_until_terminated(server)
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
