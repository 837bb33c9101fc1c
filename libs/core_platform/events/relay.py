"""The outbox relay: publishes every service's unpublished outbox rows, oldest first, and marks them
published only after the broker confirmed them. A crash in between republishes (consumers de-duplicate
by event id); nothing is lost. Run: `python -m core_platform.events.relay`.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from sqlalchemy import MetaData, Table, select, update
from sqlalchemy.exc import OperationalError, ProgrammingError

from core_platform.config import SERVICES, env, load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory, session_scope, utcnow
from core_platform.events.outbox import outbox_table, row_to_event
from core_platform.events.transport import EventTransport, transport_from_env

logger = logging.getLogger("core.events.relay")

BATCH_SIZE = 200
IDLE_SECONDS = 0.5


class OutboxRelay:
    def __init__(self, source: str, session_factory: SessionFactory, outbox: Table, transport: EventTransport) -> None:
        self.source = source
        self._sessions = session_factory
        self._outbox = outbox
        self._transport = transport

    def relay_batch(self, limit: int = BATCH_SIZE) -> int:
        """Publish up to `limit` events; return how many were published."""
        with session_scope(self._sessions) as session:
            query = (
                select(self._outbox)
                .where(self._outbox.c.published_at.is_(None))
                .order_by(self._outbox.c.created_at)
                .limit(limit)
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = session.execute(query).all()
            for row in rows:
                self._transport.publish(row_to_event(row))
            if rows:
                session.execute(
                    update(self._outbox)
                    .where(self._outbox.c.id.in_([row.id for row in rows]))
                    .values(published_at=utcnow())
                )
        return len(rows)


def relays_for_all_services(transport: EventTransport) -> list[OutboxRelay]:
    relays = []
    for service in SERVICES:
        settings = load_platform_settings(service)
        engine = make_engine(settings.database_url, settings.database_schema)
        relays.append(OutboxRelay(service, make_session_factory(engine), outbox_table(MetaData()), transport))
    return relays


def run_relay(relays: list[OutboxRelay], stop: threading.Event) -> None:
    while not stop.is_set():
        published = 0
        for relay in relays:
            try:
                published += relay.relay_batch()
            except (OperationalError, ProgrammingError):
                logger.warning("outbox not readable yet", extra={"source": relay.source})
        if not published:
            stop.wait(IDLE_SECONDS)


def main() -> None:
    from core_platform.structured_logging import configure_logging
    from core_platform.telemetry import init_telemetry

    configure_logging("relay", env("LOG_LEVEL", "INFO").upper())
    init_telemetry("relay", env("OTEL_EXPORTER_OTLP_ENDPOINT"))
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    transport = transport_from_env()
    logger.info("outbox relay started", extra={"sources": list(SERVICES)})
    try:
        run_relay(relays_for_all_services(transport), stop)
    finally:
        transport.close()


if __name__ == "__main__":
    main()
