"""Helpers for the services' tests: a real database per xdist worker, each test in a rolled-back
SAVEPOINT, an in-process gRPC server on a free port, and tokens signed by a throwaway key.

PostgreSQL is used when reachable (TEST_DATABASE_URL, default the local `test` database); otherwise
the tests fall back to SQLite and say so, unless CORE_REQUIRE_SERVICES=1 (CI), where that fails.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from core_platform.auth.principal import KIND_USER, Principal
from core_platform.auth.tokens import SigningKey, TokenSigner, TokenVerifier, generate_private_pem, kid_for
from core_platform.config import REPO_ROOT, PlatformSettings, load_platform_settings
from core_platform.db import SessionFactory, make_engine
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, Registration, build_grpc_server
from core_platform.migrations import upgrade_service

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def services_required() -> bool:
    return os.environ.get("CORE_REQUIRE_SERVICES") == "1"


def postgres_base_url() -> str | None:
    """The PostgreSQL URL tests may create databases from, or None (with the reason printed)."""
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL)
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return url
    except Exception as exc:  # noqa: BLE001 - any failure means "no PostgreSQL here"
        if services_required():
            raise RuntimeError(f"PostgreSQL required (CORE_REQUIRE_SERVICES=1) but unreachable at {url}") from exc
        print(f"\n[tests] PostgreSQL unreachable at {url} ({type(exc).__name__}); using SQLite instead")
        return None


def create_test_database(name: str, tmp_dir: Path) -> str:
    """A fresh, empty database for one service and one xdist worker; returns its URL.

    The name carries a hash of the checkout's path, so test runs of two checkouts on one machine
    never drop each other's databases."""
    name = f"{name}_{hashlib.sha1(str(REPO_ROOT).encode()).hexdigest()[:6]}"
    base = postgres_base_url()
    if base is None:
        path = tmp_dir / f"{name}.sqlite"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def migrated_engine(service: str, migrations_dir: Path, database_url: str) -> Engine:
    settings: PlatformSettings = replace(
        load_platform_settings(service), database_url=database_url, database_schema=None
    )
    upgrade_service(migrations_dir, settings)
    engine = make_engine(database_url)
    if engine.dialect.name == "sqlite":
        _enable_sqlite_savepoints(engine)
    return engine


def _enable_sqlite_savepoints(engine: Engine) -> None:
    """pysqlite manages transactions itself and breaks SAVEPOINT; let SQLAlchemy emit BEGIN instead."""

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


@contextmanager
def rolled_back_sessions(engine: Engine) -> Iterator[SessionFactory]:
    """A session factory whose sessions all share one outer transaction, rolled back at the end.

    `session.commit()` inside the code under test releases a SAVEPOINT, so code runs as in production
    while the test leaves nothing behind.
    """
    connection = engine.connect()
    outer = connection.begin()

    def factory() -> Session:
        return Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)

    try:
        yield factory
    finally:
        outer.rollback()
        connection.close()


@dataclass
class TestKeys:
    signer: TokenSigner
    verifier: TokenVerifier

    def token(
        self,
        role: str = "data_provider",
        organisation_id: str = "",
        subject: str = "",
        kind: str = KIND_USER,
        ttl: int = 300,
    ) -> str:
        principal = Principal(subject or str(uuid.uuid4()), kind, organisation_id, role)
        return self.signer.issue(principal, ttl)[0]


def make_test_keys() -> TestKeys:
    pem = generate_private_pem()
    key = SigningKey(kid_for(pem), pem)
    public = {key.kid: key.public_pem}
    return TestKeys(TokenSigner(key), TokenVerifier(lambda: public))


@contextmanager
def running_grpc_server(
    registrations: Iterable[Registration], verifier: TokenVerifier | None, public_methods: Iterable[str] = ()
) -> Iterator[tuple[GrpcServer, grpc.Channel]]:
    """An in-process server on a free port and a real channel to it."""
    server = build_grpc_server(
        registrations, port=0, verifier=verifier, public_methods=public_methods, host="127.0.0.1", max_workers=4
    )
    server.start()
    channel = open_channel(f"127.0.0.1:{server.port}")
    try:
        yield server, channel
    finally:
        channel.close()
        server.stop(grace=0)


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


DEFAULT_TEST_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


def rabbitmq_url() -> str | None:
    """The RabbitMQ URL for integration tests, or None (reason printed) when none answers here."""
    import pika

    url = os.environ.get("TEST_AMQP_URL", DEFAULT_TEST_AMQP_URL)
    try:
        pika.BlockingConnection(pika.URLParameters(url + "?connection_attempts=1&socket_timeout=3")).close()
        return url
    except Exception as exc:  # noqa: BLE001 - any failure means "no RabbitMQ here"
        if services_required():
            raise RuntimeError(f"RabbitMQ required (CORE_REQUIRE_SERVICES=1) but unreachable at {url}") from exc
        print(f"\n[tests] RabbitMQ unreachable at {url} ({type(exc).__name__}); skipping RabbitMQ tests")
        return None


def database_fixtures(service: str, migrations_dir: Path) -> tuple[Any, Any]:
    """The `engine` (session-scoped: one migrated database per xdist worker) and `sessions` (each test in
    a rolled-back transaction) fixtures of a service's tests. In its conftest:
    `engine, sessions = database_fixtures("logs", MIGRATIONS_DIR)`."""
    import pytest

    @pytest.fixture(scope="session", name="engine")
    def engine_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
        # Not xdist's worker_id fixture, so the tests also run with xdist switched off.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        url = create_test_database(f"core_test_{service}_{worker}", tmp_path_factory.mktemp(f"{service}-db"))
        engine = migrated_engine(service, migrations_dir, url)
        yield engine
        engine.dispose()

    @pytest.fixture(name="sessions")
    def sessions_fixture(engine: Engine) -> Iterator[SessionFactory]:
        with rolled_back_sessions(engine) as factory:
            yield factory

    return engine_fixture, sessions_fixture
