"""The service's wiring: migration head file, migrations matching the models, the server's health."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy.engine import Engine

from bulk_upload_service.config import load_settings
from bulk_upload_service.data.models import Base
from bulk_upload_service.manage import MIGRATIONS_DIR
from bulk_upload_service.queueing import celery_enqueue
from bulk_upload_service.server import build_server
from core_platform.db import SessionFactory
from core_platform.grpc_client import open_channel
from core_platform.storage import LocalStorage

SERVICE_ROOT = Path(__file__).resolve().parents[1]


def test_current_alembic_head_names_the_newest_migration() -> None:
    heads = ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()
    assert heads == [(SERVICE_ROOT / ".current-alembic-head").read_text().strip()]


def test_migrations_create_exactly_the_tables_the_models_describe(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_server_reports_serving_once_started(sessions: SessionFactory, storage: LocalStorage, enqueued: Any) -> None:
    settings = replace(load_settings(), grpc_port=0)
    server = build_server(settings, sessions, None, storage, enqueued)
    server.start()
    channel = open_channel(f"127.0.0.1:{server.port}")
    try:
        stub = health_pb2_grpc.HealthStub(channel)
        response = stub.Check(health_pb2.HealthCheckRequest(service="core.bulkupload.v1.BulkUploadService"))
        assert response.status == health_pb2.HealthCheckResponse.SERVING
    finally:
        channel.close()
        server.stop(grace=0)


def test_the_server_sends_tasks_to_celery_by_name_on_the_named_queue() -> None:
    sent: list[tuple[str, Any, Any]] = []

    class FakeCelery:
        def send_task(self, name: str, args: Any = None, queue: Any = None) -> None:
            sent.append((name, args, queue))

    celery_enqueue(FakeCelery())("bulk_upload.process_upload", ["an-id"], "bulk_upload")

    assert sent == [("bulk_upload.process_upload", ["an-id"], "bulk_upload")]
