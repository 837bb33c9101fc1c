"""Keeps logs in step with organisations: `python -m logs_service.consumers`.

Consumes `organisations.*` (queue core.logs.organisation-changes): merges move logs dated from the
merge date to the absorbing organisation; scheme and location deactivations flag the logs let while
they were deactivated (operations/organisation_changes.py). Each event is handled in one transaction
with its inbox row, so a redelivered event changes nothing; other organisations.* events are
acknowledged and marked processed without a handler.

Users deactivated in identity need no handler: the assigned-user choices come from identity's active
users, and logs keep the user they were assigned to, as in the live service.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from core_platform.config import load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.events.consumer import EventConsumer, EventHandler, run_consumer
from core_platform.events.envelope import Event
from core_platform.events.topology import LOGS_ORGANISATION_CHANGES
from core_platform.events.transport import transport_from_env
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from logs_service.config import SERVICE
from logs_service.data.models import inbox
from logs_service.operations import organisation_changes

ORGANISATION_MERGED = "organisations.merged"
SCHEME_EVENTS = ("organisations.scheme_deactivated", "organisations.scheme_reactivated")
LOCATION_EVENTS = ("organisations.location_deactivated", "organisations.location_reactivated")


def build_consumer(session_factory: SessionFactory) -> EventConsumer:
    def merged(session: Session, event: Event) -> None:
        organisation_changes.handle_merged(session, event)

    def scheme_availability(session: Session, event: Event) -> None:
        organisation_changes.handle_scheme_availability(session, event)

    def location_availability(session: Session, event: Event) -> None:
        organisation_changes.handle_location_availability(session, event)

    handlers: dict[str, EventHandler] = {ORGANISATION_MERGED: merged}
    handlers.update({name: scheme_availability for name in SCHEME_EVENTS})
    handlers.update({name: location_availability for name in LOCATION_EVENTS})
    return EventConsumer(session_factory, inbox, handlers)


def main() -> None:
    settings = load_platform_settings(SERVICE)
    configure_logging(f"{SERVICE}-consumer", settings.log_level)
    init_telemetry(f"{SERVICE}-consumer", settings.otel_endpoint)
    engine = make_engine(settings.database_url, settings.database_schema)
    run_consumer(transport_from_env(), LOGS_ORGANISATION_CHANGES, build_consumer(make_session_factory(engine)))


if __name__ == "__main__":
    main()
