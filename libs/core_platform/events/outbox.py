"""Outbox and inbox tables, added to each service's metadata by the service itself.

`record_event` runs inside the caller's transaction: the event exists exactly when the change does.
The inbox (`processed_events`) makes consumers idempotent: an event id is handled once.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, String, Table, Uuid, insert, select
from sqlalchemy.orm import Session

from core_platform.db import UtcDateTime, utcnow
from core_platform.events.envelope import Event

OUTBOX_TABLE = "outbox_events"
INBOX_TABLE = "processed_events"


def outbox_table(metadata: MetaData) -> Table:
    return Table(
        OUTBOX_TABLE,
        metadata,
        Column("id", Uuid, primary_key=True),
        Column("event_type", String(120), nullable=False),
        Column("source", String(40), nullable=False),
        Column("payload", JSON, nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
        Column("published_at", UtcDateTime, nullable=True),
        Index("ix_outbox_events_unpublished", "published_at", "created_at"),
    )


def inbox_table(metadata: MetaData) -> Table:
    return Table(
        INBOX_TABLE,
        metadata,
        Column("event_id", Uuid, primary_key=True),
        Column("event_type", String(120), nullable=False),
        Column("processed_at", UtcDateTime, nullable=False),
    )


def record_event(session: Session, outbox: Table, event_type: str, payload: dict[str, Any]) -> uuid.UUID:
    source = event_type.split(".", 1)[0]
    event_id = uuid.uuid4()
    session.execute(
        insert(outbox).values(
            id=event_id, event_type=event_type, source=source, payload=payload, created_at=utcnow(), published_at=None
        )
    )
    return event_id


def row_to_event(row: Any) -> Event:
    created: datetime = row.created_at
    return Event(id=row.id, type=row.event_type, source=row.source, occurred_at=created, payload=row.payload)


def already_processed(session: Session, inbox: Table, event_id: uuid.UUID) -> bool:
    return session.execute(select(inbox.c.event_id).where(inbox.c.event_id == event_id)).first() is not None


def mark_processed(session: Session, inbox: Table, event: Event) -> None:
    session.execute(insert(inbox).values(event_id=event.id, event_type=event.type, processed_at=utcnow()))


def create_event_tables(bind: Any, outbox: bool = True, inbox: bool = False) -> None:
    """For a service's first migration: create the outbox and/or inbox exactly as defined here."""
    metadata = MetaData()
    if outbox:
        outbox_table(metadata)
    if inbox:
        inbox_table(metadata)
    metadata.create_all(bind)
