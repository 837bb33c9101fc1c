"""organisations.merged travels over the real transport (the on-disk one of `make run`, and RabbitMQ when
present -- CI requires it) to the logs consumer, which moves the merged organisation's later log."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, date, datetime

import pika
import pytest

from core_platform.db import make_session_factory, session_scope
from core_platform.events.envelope import Event
from core_platform.events.topology import Subscription
from core_platform.events.transport import AmqpTransport, DiskTransport
from core_platform.testing import create_test_database, migrated_engine, rabbitmq_url
from logs_service.consumers import build_consumer
from logs_service.data.models import Log
from logs_service.manage import MIGRATIONS_DIR

MERGED, ABSORBING = uuid.uuid4(), uuid.uuid4()


@pytest.fixture(params=["disk", "rabbitmq"])
def transport_factory(request, tmp_path):
    # The logs consumer's bindings on a queue of this test's own, so no other consumer takes its events.
    sub = Subscription(f"core.test.logs-{uuid.uuid4().hex[:12]}", ("organisations.merged",))
    if request.param == "disk":
        yield (lambda: DiskTransport(tmp_path / "events", (sub,))), sub
        return
    url = rabbitmq_url()
    if url is None:
        pytest.skip("RabbitMQ is not running here (CI runs this against a real broker)")
    yield (lambda: AmqpTransport(url, (sub,))), sub
    connection = pika.BlockingConnection(pika.URLParameters(url))
    connection.channel().queue_delete(sub.queue)
    connection.channel().queue_delete(sub.dead_letter_queue)
    connection.close()


@pytest.fixture
def logs_sessions(tmp_path, worker_id):
    url = create_test_database(f"core_test_logs_events_{worker_id}", tmp_path)
    engine = migrated_engine("logs", MIGRATIONS_DIR, url)
    yield make_session_factory(engine)
    engine.dispose()


def test_an_organisations_merged_event_reaches_the_logs_consumer(transport_factory, logs_sessions):
    new_transport, sub = transport_factory
    log_id = uuid.uuid4()
    with session_scope(logs_sessions) as session:
        owner = {"owning_organisation_id": MERGED, "managing_organisation_id": MERGED}
        session.add(Log(id=log_id, log_type="lettings", status="in_progress", startdate=date(2025, 9, 1), **owner))
    consumer = build_consumer(logs_sessions)
    stop = threading.Event()
    receiver = new_transport()
    thread = threading.Thread(target=receiver.consume, args=(sub, consumer.handle, stop), daemon=True)
    thread.start()
    payload = {
        "absorbing_organisation_id": str(ABSORBING),
        "absorbing_organisation_code": "ORG77",
        "merged_organisation_ids": [str(MERGED)],
        "merge_date": "2025-07-01",
    }
    sender = new_transport()
    sender.publish(Event(uuid.uuid4(), "organisations.merged", "organisations", datetime.now(UTC), payload))
    sender.close()

    deadline = time.monotonic() + 30
    while _owner(logs_sessions, log_id) != (ABSORBING, "ORG77"):
        assert time.monotonic() < deadline, "the merge did not reach the logs consumer"
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=30)
    receiver.close()


def _owner(sessions, log_id: uuid.UUID) -> tuple[uuid.UUID | None, str | None]:
    with session_scope(sessions) as session:
        log = session.get(Log, log_id)
        assert log is not None
        return log.owning_organisation_id, log.owning_organisation_code
