"""The consumer of logs.* events: each event is one log change, however often it is delivered."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core_platform.db import SessionFactory
from core_platform.events.envelope import Event, MalformedEvent
from core_platform.events.topology import EXPORT_LOG_CHANGES, topic_matches
from core_platform.events.transport import DiskTransport
from export_service.consumers import build_consumer
from export_service.data.models import LogChange, inbox


def count_changes(sessions: SessionFactory) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(LogChange)) or 0


@pytest.mark.parametrize("event_type", ["logs.log_created", "logs.log_updated", "logs.log_deleted"])
def test_records_a_change_for_each_log_event(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event], event_type: str
) -> None:
    event = log_event(event_type, log_type="sales")

    deliver(event)

    with sessions() as session:
        change = session.scalars(select(LogChange)).one()
    assert (change.event_id, str(change.log_id), change.log_type) == (event.id, event.payload["log_id"], "sales")
    assert (change.event_type, change.occurred_at, change.exported_run_id) == (event_type, event.occurred_at, None)


def test_a_redelivered_event_adds_no_second_change(sessions: SessionFactory, log_event: Callable[..., Event]) -> None:
    consumer = build_consumer(sessions)
    event = log_event()

    consumer.handle(event)
    consumer.handle(event)

    assert count_changes(sessions) == 1
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(inbox)) == 1


def test_other_log_events_are_acknowledged_without_a_change(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event]
) -> None:
    event = log_event("logs.log_submitted")

    deliver(event)

    assert count_changes(sessions) == 0
    with sessions() as session:
        assert session.scalar(select(inbox.c.event_id)) == event.id


@pytest.mark.parametrize(
    "payload", [{"log_id": "not-a-uuid"}, {"log_type": "rents"}, {"log_id": None}, {"log_type": None}]
)
def test_an_event_without_a_usable_log_reference_is_poison(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event], payload: dict
) -> None:
    event = log_event(**payload)

    with pytest.raises(MalformedEvent):
        deliver(event)

    assert count_changes(sessions) == 0
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(inbox)) == 0


def test_the_subscription_carries_every_log_event_type() -> None:
    for event_type in ("logs.log_created", "logs.log_updated", "logs.log_deleted"):
        assert any(topic_matches(pattern, event_type) for pattern in EXPORT_LOG_CHANGES.bindings)
    assert not any(topic_matches(pattern, "bulk_upload.upload_received") for pattern in EXPORT_LOG_CHANGES.bindings)


def test_events_from_the_disk_queue_become_log_changes_once(
    sessions: SessionFactory, log_event: Callable[..., Event], tmp_path: Path
) -> None:
    transport = DiskTransport(tmp_path)
    event = log_event()
    transport.publish(event)
    transport.publish(event)  # the relay may publish twice when it crashes before marking the row
    consumer = build_consumer(sessions)
    stop = threading.Event()
    handled: list[Event] = []

    def handle(delivered: Event) -> None:
        consumer.handle(delivered)
        handled.append(delivered)
        if len(handled) == 2:
            stop.set()

    transport.consume(EXPORT_LOG_CHANGES, handle, stop)

    assert count_changes(sessions) == 1
    assert list((tmp_path / EXPORT_LOG_CHANGES.queue).iterdir()) == []
