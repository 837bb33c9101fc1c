"""Outbox -> relay -> transport -> consumer, with the relay and the consumer stopped mid-way and
restarted: every event is applied exactly once and a poison message goes to the dead-letter queue.

Runs on RabbitMQ (and PostgreSQL) when present -- CI requires them -- and always on the on-disk
transport used by `make run`.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import pika
import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Uuid, func, insert, select

from core_platform.db import make_engine, make_session_factory, session_scope
from core_platform.events.consumer import EventConsumer
from core_platform.events.envelope import Event
from core_platform.events.outbox import inbox_table, outbox_table, record_event
from core_platform.events.relay import OutboxRelay
from core_platform.events.topology import Subscription
from core_platform.events.transport import AmqpTransport, DiskTransport, EventTransport
from core_platform.testing import create_test_database, rabbitmq_url

EVENTS = 40


class SimulatedCrash(BaseException):
    """Stands for the process dying: it escapes every handler, so nothing is acked or committed."""


class CrashingPublisher:
    def __init__(self, inner: EventTransport, crash_after: int) -> None:
        self.inner, self.left = inner, crash_after

    def publish(self, event: Event) -> None:
        if self.left == 0:
            raise SimulatedCrash()
        self.inner.publish(event)
        self.left -= 1


@pytest.fixture(params=["disk", "rabbitmq"])
def bus(request, tmp_path):
    token = uuid.uuid4().hex[:12]
    sub = Subscription(f"core.test.{token}", (f"t{token}.*",))
    if request.param == "disk":
        yield (lambda: DiskTransport(tmp_path / "events", (sub,))), sub, f"t{token}"
        return
    url = rabbitmq_url()
    if url is None:
        pytest.skip("RabbitMQ is not running here (CI runs this against a real broker)")
    yield (lambda: AmqpTransport(url, (sub,))), sub, f"t{token}"
    connection = pika.BlockingConnection(pika.URLParameters(url))
    channel = connection.channel()
    channel.queue_delete(sub.queue)
    channel.queue_delete(sub.dead_letter_queue)
    connection.close()


@pytest.fixture
def store(tmp_path, worker_id):
    url = create_test_database(f"core_test_events_{worker_id}", tmp_path)
    engine = make_engine(url)
    metadata = MetaData()
    tables = {
        "outbox": outbox_table(metadata),
        "inbox": inbox_table(metadata),
        # No unique constraint on purpose: a twice-applied event would show as two rows.
        "effects": Table("effects", metadata, Column("event_id", Uuid), Column("n", Integer)),
    }
    metadata.create_all(engine)
    yield make_session_factory(engine), tables
    engine.dispose()


def count(sessions, table) -> int:
    with session_scope(sessions) as session:
        return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def wait_until(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.05)


def consume_in_thread(transport: EventTransport, sub: Subscription, handle) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            transport.consume(sub, handle, stop)
        except SimulatedCrash as crash:
            errors.append(crash)
        finally:
            transport.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, stop


def test_restarted_relay_and_consumer_lose_nothing_and_apply_nothing_twice(bus, store):
    new_transport, sub, source = bus
    sessions, tables = store
    with session_scope(sessions) as session:
        for n in range(EVENTS):
            record_event(session, tables["outbox"], f"{source}.thing_happened", {"n": n})

    def apply(session, event: Event) -> None:
        session.execute(insert(tables["effects"]).values(event_id=event.id, n=event.payload["n"]))

    consumer = EventConsumer(sessions, tables["inbox"], {f"{source}.thing_happened": apply})

    # Relay dies after publishing 15 events of its batch: none is marked published, so all are resent.
    first_relay_transport = new_transport()
    with pytest.raises(SimulatedCrash):
        OutboxRelay("test", sessions, tables["outbox"], CrashingPublisher(first_relay_transport, 15)).relay_batch()
    first_relay_transport.close()
    relay_transport = new_transport()
    relay = OutboxRelay("test", sessions, tables["outbox"], relay_transport)
    while relay.relay_batch(limit=7):
        pass
    relay_transport.close()

    # Consumer dies right after committing its 20th event, before acking it.
    handled = [0]

    def handle_then_crash(event: Event) -> None:
        consumer.handle(event)
        handled[0] += 1
        if handled[0] == 20:
            raise SimulatedCrash()

    thread, _stop = consume_in_thread(new_transport(), sub, handle_then_crash)
    thread.join(timeout=60)
    assert not thread.is_alive()
    # Delivered so far: the 15 the crashed relay sent, then the first 5 of the resent batch (duplicates).
    assert count(sessions, tables["effects"]) == 15

    thread, stop = consume_in_thread(new_transport(), sub, consumer.handle)
    wait_until(lambda: count(sessions, tables["inbox"]) == EVENTS)
    time.sleep(1)  # let the duplicates the crashed relay sent arrive and be skipped
    stop.set()
    thread.join(timeout=30)

    with session_scope(sessions) as session:
        applied = sorted(n for (n,) in session.execute(select(tables["effects"].c.n)))
    assert applied == list(range(EVENTS))


def test_poison_message_goes_to_the_dead_letter_queue_and_does_not_block(bus, store):
    new_transport, sub, source = bus
    sessions, tables = store
    seen: list[int] = []

    def apply(session, event: Event) -> None:
        if event.payload.get("poison"):
            raise KeyError("payload without the field this handler needs")
        seen.append(event.payload["n"])

    consumer = EventConsumer(sessions, tables["inbox"], {f"{source}.thing_happened": apply})
    with session_scope(sessions) as session:
        record_event(session, tables["outbox"], f"{source}.thing_happened", {"poison": True})
        record_event(session, tables["outbox"], f"{source}.thing_happened", {"n": 1})
    publisher = new_transport()
    OutboxRelay("test", sessions, tables["outbox"], publisher).relay_batch()
    publisher.close()

    thread, stop = consume_in_thread(new_transport(), sub, consumer.handle)
    wait_until(lambda: seen == [1])
    stop.set()
    thread.join(timeout=30)
    assert dead_letters(new_transport, sub) == 1


def dead_letters(new_transport, sub: Subscription) -> int:
    transport = new_transport()
    try:
        if isinstance(transport, DiskTransport):
            return len(list(transport._queue_dir(sub.dead_letter_queue).glob("*.json")))
        channel = transport._open()
        return channel.queue_declare(sub.dead_letter_queue, passive=True).method.message_count
    finally:
        transport.close()
