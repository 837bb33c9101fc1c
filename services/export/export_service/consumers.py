"""Keeps export's record of changed logs from the logs.* events: `python -m export_service.consumers`.

Each event is handled in one transaction with its inbox row, so a redelivered event adds nothing.
An event whose payload lacks a usable log id or type is poison: it raises MalformedEvent and the
transport dead-letters it instead of blocking the queue.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from core_platform.config import load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.events.consumer import EventConsumer, EventHandler, run_consumer
from core_platform.events.envelope import Event, MalformedEvent
from core_platform.events.topology import EXPORT_LOG_CHANGES
from core_platform.events.transport import transport_from_env
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from export_service.config import SERVICE
from export_service.data.log_changes import add_log_change
from export_service.data.models import inbox
from export_service.domain.exports import COLLECTIONS, LOG_EVENT_TYPES


def record_log_change(session: Session, event: Event) -> None:
    log_id, log_type = _log_reference(event)
    add_log_change(
        session,
        event_id=event.id,
        log_id=log_id,
        log_type=log_type,
        event_type=event.type,
        occurred_at=event.occurred_at,
    )


def _log_reference(event: Event) -> tuple[uuid.UUID, str]:
    try:
        log_id = uuid.UUID(str(event.payload["log_id"]))
        log_type = str(event.payload["log_type"])
    except (KeyError, ValueError) as exc:
        raise MalformedEvent(f"{event.type} {event.id} has no valid log_id/log_type") from exc
    if log_type not in COLLECTIONS:
        raise MalformedEvent(f"{event.type} {event.id} has unknown log_type {log_type!r}")
    return log_id, log_type


def build_consumer(session_factory: SessionFactory) -> EventConsumer:
    """Other logs.* events (submitted, ...) are acknowledged and marked processed without a handler."""
    handlers: dict[str, EventHandler] = {event_type: record_log_change for event_type in LOG_EVENT_TYPES}
    return EventConsumer(session_factory, inbox, handlers)


def main() -> None:
    settings = load_platform_settings(SERVICE)
    configure_logging(f"{SERVICE}-consumer", settings.log_level)
    init_telemetry(f"{SERVICE}-consumer", settings.otel_endpoint)
    engine = make_engine(settings.database_url, settings.database_schema)
    run_consumer(transport_from_env(), EXPORT_LOG_CHANGES, build_consumer(make_session_factory(engine)))


if __name__ == "__main__":
    main()
