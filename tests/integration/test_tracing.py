"""One trace from a browser request through the frontend, the gRPC call to identity and the Celery
task that sends the email: every span carries the same trace id, and the JSON log lines say which."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import time

import pytest
from opentelemetry.instrumentation.flask import FlaskInstrumentor
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from core_platform.db import make_session_factory, session_scope
from core_platform.structured_logging import JsonFormatter
from core_platform.telemetry import init_telemetry
from core_platform.testing import create_test_database, migrated_engine

EXPORTER = InMemorySpanExporter()


@pytest.fixture
def identity_stack(tmp_path, monkeypatch, worker_id):
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("DEMO_PASSWORD", "tracing-demo-passphrase")
    init_telemetry("tracing-test", processor=SimpleSpanProcessor(EXPORTER))
    from identity_service import demo, tasks
    from identity_service.config import load_settings
    from identity_service.manage import MIGRATIONS_DIR
    from identity_service.server import build_server, load_signer

    url = create_test_database(f"core_test_tracing_{worker_id}", tmp_path)
    engine = migrated_engine("identity", MIGRATIONS_DIR, url)
    sessions = make_session_factory(engine)
    with session_scope(sessions) as session:
        demo.seed_demo(session)
    monkeypatch.setenv("IDENTITY_DATABASE_URL", url)
    tasks.session_factory.cache_clear()
    settings = dataclasses.replace(load_settings(), grpc_port=0)
    server = build_server(settings, sessions, load_signer(settings), host="127.0.0.1")
    server.start()
    monkeypatch.setenv("IDENTITY_GRPC_ADDR", f"127.0.0.1:{server.port}")
    yield tasks.app
    server.stop(grace=0)
    engine.dispose()


@pytest.fixture
def celery_worker_thread(identity_stack):
    from celery.contrib.testing.worker import start_worker

    app = identity_stack
    app.conf.update(broker_url="memory://", broker_transport_options={})
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        yield


def test_spans_of_one_request_share_a_trace_id_across_frontend_grpc_and_celery(celery_worker_thread, tmp_path):
    from frontend_service.app import create_app

    app = create_app({"SECRET_KEY": "tracing-test-key"})
    FlaskInstrumentor().instrument_app(app)
    client = app.test_client()
    EXPORTER.clear()
    page = client.get("/account/password/reset").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    client.post("/account/password/reset", data={"csrf_token": token, "email": "coordinator@example.com"})

    deadline = time.monotonic() + 30
    while not list((tmp_path / "outbox").glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.1)
    spans = EXPORTER.get_finished_spans()
    names = {span.name: span for span in spans}
    wanted = [
        next(name for name in names if name.startswith("POST") and names[name].kind.name == "SERVER"),
        "/core.identity.v1.IdentityService/RequestPasswordReset",
        "run/identity.send_password_reset_email",
    ]
    assert all(name in names for name in wanted), sorted(names)
    assert len({names[name].context.trace_id for name in wanted}) == 1


def test_json_log_lines_carry_the_current_trace_id():
    from opentelemetry import trace

    init_telemetry("tracing-test", processor=SimpleSpanProcessor(EXPORTER))
    record = logging.LogRecord("core", logging.INFO, __file__, 1, "created log %s", ("id-1",), None)
    record.log_id = "id-1"
    with trace.get_tracer("test").start_as_current_span("work") as span:
        line = json.loads(JsonFormatter("logs").format(record))
    assert line["trace_id"] == format(span.get_span_context().trace_id, "032x")
    assert line["message"] == "created log id-1" and line["log_id"] == "id-1"
