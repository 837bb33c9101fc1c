"""Keeps identity's users in step with their organisations: `python -m identity_service.consumers`.

Consumes `organisations.*` (queue core.identity.organisation-changes): merges move users to the
absorbing organisation, deactivation deactivates them (domain/organisation_changes.py). Each event is
handled in one transaction with its inbox row, so a redelivered event changes nothing; other
organisations.* events are acknowledged and marked processed without a handler.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from core_platform.config import load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory, utcnow
from core_platform.events.consumer import EventConsumer, EventHandler, run_consumer
from core_platform.events.envelope import Event
from core_platform.events.topology import IDENTITY_ORGANISATION_CHANGES
from core_platform.events.transport import transport_from_env
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from identity_service.config import SERVICE
from identity_service.data.models import inbox
from identity_service.domain import organisation_changes

ORGANISATION_MERGED = "organisations.merged"
ORGANISATION_DEACTIVATED = "organisations.deactivated"


def build_consumer(session_factory: SessionFactory, clock: Callable[[], datetime] = utcnow) -> EventConsumer:
    def merged(session: Session, event: Event) -> None:
        organisation_changes.handle_merged(session, event, clock())

    def deactivated(session: Session, event: Event) -> None:
        organisation_changes.handle_deactivated(session, event, clock())

    handlers: dict[str, EventHandler] = {ORGANISATION_MERGED: merged, ORGANISATION_DEACTIVATED: deactivated}
    return EventConsumer(session_factory, inbox, handlers)


def main() -> None:
    settings = load_platform_settings(SERVICE)
    configure_logging(f"{SERVICE}-consumer", settings.log_level)
    init_telemetry(f"{SERVICE}-consumer", settings.otel_endpoint)
    engine = make_engine(settings.database_url, settings.database_schema)
    run_consumer(transport_from_env(), IDENTITY_ORGANISATION_CHANGES, build_consumer(make_session_factory(engine)))


if __name__ == "__main__":
    main()
