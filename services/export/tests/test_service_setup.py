"""The service's wiring: migration head file, migrations matching the models, the server's health."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy.engine import Engine

from core_platform.db import SessionFactory
from core_platform.grpc_client import open_channel
from export_service.config import load_settings
from export_service.data.models import Base
from export_service.manage import MIGRATIONS_DIR
from export_service.server import build_server

SERVICE_ROOT = Path(__file__).resolve().parents[1]


def test_current_alembic_head_names_the_newest_migration() -> None:
    heads = ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()
    assert heads == [(SERVICE_ROOT / ".current-alembic-head").read_text().strip()]


def test_migrations_create_exactly_the_tables_the_models_describe(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_server_reports_serving_once_started(sessions: SessionFactory) -> None:
    server = build_server(replace(load_settings(), grpc_port=0), sessions, None)
    server.start()
    channel = open_channel(f"127.0.0.1:{server.port}")
    try:
        stub = health_pb2_grpc.HealthStub(channel)
        response = stub.Check(health_pb2.HealthCheckRequest(service="core.export.v1.ExportService"))
        assert response.status == health_pb2.HealthCheckResponse.SERVING
    finally:
        channel.close()
        server.stop(grace=0)
