"""Two transports with the same contract: publish with confirmation; deliver each message until the
handler returns (ack), dead-letter it when the handler rejects it as poison.

RabbitMQ (pika) when AMQP_URL is set; otherwise folders under var/events/ (one per queue).
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pika
from pika.adapters.blocking_connection import BlockingChannel
from sqlalchemy.exc import OperationalError

from core_platform.config import env, var_dir
from core_platform.errors import Unavailable
from core_platform.events.envelope import Event
from core_platform.events.topology import (
    DEAD_LETTER_EXCHANGE,
    EXCHANGE,
    SUBSCRIPTIONS,
    Subscription,
    topic_matches,
)

logger = logging.getLogger("core.events")

POLL_SECONDS = 0.5


# Failures worth retrying: the database or a backend is unreachable. Any other failure dead-letters.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (OperationalError, Unavailable)

# Returns normally to ack; raises a transient error to requeue; anything else dead-letters.
Handler = Callable[[Event], None]


class EventTransport(Protocol):
    def publish(self, event: Event) -> None: ...

    def consume(self, subscription: Subscription, handler: Handler, stop: threading.Event) -> None: ...

    def close(self) -> None: ...


def declare_topology(channel: BlockingChannel, subscriptions: tuple[Subscription, ...] = SUBSCRIPTIONS) -> None:
    channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)
    channel.exchange_declare(DEAD_LETTER_EXCHANGE, exchange_type="direct", durable=True)
    for sub in subscriptions:
        channel.queue_declare(sub.dead_letter_queue, durable=True)
        channel.queue_bind(sub.dead_letter_queue, DEAD_LETTER_EXCHANGE, routing_key=sub.queue)
        channel.queue_declare(
            sub.queue,
            durable=True,
            arguments={"x-dead-letter-exchange": DEAD_LETTER_EXCHANGE, "x-dead-letter-routing-key": sub.queue},
        )
        for pattern in sub.bindings:
            channel.queue_bind(sub.queue, EXCHANGE, routing_key=pattern)


class AmqpTransport:
    def __init__(self, url: str, subscriptions: tuple[Subscription, ...] = SUBSCRIPTIONS) -> None:
        self._url = url
        self._subscriptions = subscriptions
        self._connection: pika.BlockingConnection | None = None
        self._channel: BlockingChannel | None = None

    def _open(self) -> BlockingChannel:
        if self._channel is None or self._channel.is_closed:
            self._connection = pika.BlockingConnection(pika.URLParameters(self._url))
            self._channel = self._connection.channel()
            self._channel.confirm_delivery()
            declare_topology(self._channel, self._subscriptions)
        return self._channel

    def publish(self, event: Event) -> None:
        """Returns once the broker has confirmed the message; raises if it did not."""
        channel = self._open()
        channel.basic_publish(
            EXCHANGE,
            routing_key=event.type,
            body=event.to_json(),
            properties=pika.BasicProperties(
                content_type="application/json",
                delivery_mode=pika.DeliveryMode.Persistent,
                message_id=str(event.id),
                type=event.type,
                timestamp=int(event.occurred_at.timestamp()),
            ),
        )

    def consume(self, subscription: Subscription, handler: Handler, stop: threading.Event) -> None:
        channel = self._open()
        channel.basic_qos(prefetch_count=10)
        for method, _props, body in channel.consume(subscription.queue, inactivity_timeout=POLL_SECONDS):
            if stop.is_set():
                break
            if method is None:
                continue
            outcome = _deliver(handler, body)
            if outcome == "ack":
                channel.basic_ack(method.delivery_tag)
            else:
                channel.basic_nack(method.delivery_tag, requeue=outcome == "requeue")
                if outcome == "requeue":
                    time.sleep(1)
        channel.cancel()

    def close(self) -> None:
        if self._connection is not None and self._connection.is_open:
            self._connection.close()
        self._connection = self._channel = None


class DiskTransport:
    """One folder per consumer queue; a message is a file, acked by deleting it, dead-lettered by moving it."""

    def __init__(self, root: Path, subscriptions: tuple[Subscription, ...] = SUBSCRIPTIONS) -> None:
        self._root = root
        self._subscriptions = subscriptions
        for sub in subscriptions:
            self._queue_dir(sub.queue).mkdir(parents=True, exist_ok=True)
            self._queue_dir(sub.dead_letter_queue).mkdir(parents=True, exist_ok=True)

    def _queue_dir(self, queue: str) -> Path:
        return self._root / queue

    def publish(self, event: Event) -> None:
        body = event.to_json()
        name = f"{time.time_ns():020d}-{event.id}.json"
        for sub in self._subscriptions:
            if any(topic_matches(pattern, event.type) for pattern in sub.bindings):
                _write_atomically(self._queue_dir(sub.queue), name, body)

    def consume(self, subscription: Subscription, handler: Handler, stop: threading.Event) -> None:
        folder = self._queue_dir(subscription.queue)
        while not stop.is_set():
            files = sorted(p for p in folder.iterdir() if p.suffix == ".json")
            for path in files:
                if stop.is_set():
                    return
                outcome = _deliver(handler, path.read_bytes())
                if outcome == "ack":
                    path.unlink(missing_ok=True)
                elif outcome == "dead":
                    path.replace(self._queue_dir(subscription.dead_letter_queue) / path.name)
                else:
                    time.sleep(1)
                    break
            if not files:
                stop.wait(POLL_SECONDS)

    def close(self) -> None:
        return None


def _write_atomically(folder: Path, name: str, body: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, folder / name)


def _deliver(handler: Handler, body: bytes) -> str:
    """Run the handler; say whether to ack, requeue (transient failure) or dead-letter (poison)."""
    try:
        handler(Event.from_json(body))
        return "ack"
    except TRANSIENT_ERRORS:
        logger.exception("event handling failed for a transient reason; will retry")
        return "requeue"
    except Exception as exc:
        # A message no handler can process (bad payload, a bug) must not block the queue.
        logger.exception("event dead-lettered", extra={"reason": type(exc).__name__})
        return "dead"


def transport_from_env() -> EventTransport:
    url = env("AMQP_URL")
    if url:
        return AmqpTransport(url)
    return DiskTransport(var_dir() / "events")
