"""Consume a subscription: each event is handled in one transaction together with its inbox row, so
a redelivered event (after a crash before the ack) is recognised and skipped."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core_platform.db import SessionFactory, session_scope
from core_platform.events.envelope import Event
from core_platform.events.outbox import already_processed, mark_processed
from core_platform.events.topology import Subscription
from core_platform.events.transport import EventTransport

logger = logging.getLogger("core.events.consumer")

EventHandler = Callable[[Session, Event], None]


class EventConsumer:
    def __init__(self, session_factory: SessionFactory, inbox: Table, handlers: dict[str, EventHandler]) -> None:
        self._sessions = session_factory
        self._inbox = inbox
        self._handlers = handlers

    def handle(self, event: Event) -> None:
        try:
            with session_scope(self._sessions) as session:
                if already_processed(session, self._inbox, event.id):
                    logger.info("duplicate event ignored", extra={"event_id": str(event.id), "event_type": event.type})
                    return
                handler = self._handlers.get(event.type)
                if handler is not None:
                    handler(session, event)
                mark_processed(session, self._inbox, event)
        except IntegrityError:
            # A concurrent delivery of the same event committed first.
            logger.info("duplicate event ignored", extra={"event_id": str(event.id), "event_type": event.type})


def run_consumer(transport: EventTransport, subscription: Subscription, consumer: EventConsumer) -> None:
    """Consume until SIGTERM or SIGINT."""
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    logger.info("consuming events", extra={"queue": subscription.queue})
    try:
        transport.consume(subscription, consumer.handle, stop)
    finally:
        transport.close()
