"""What logs does when organisations change (events from the organisations service), each in the
transaction of the event's inbox row, so a redelivered event changes nothing.

- organisations.merged: the merge is recorded (users of the absorbing organisation then see the merged
  organisations' earlier logs); logs dated on or after the merge date move to the absorbing
  organisation, each with a history row (source "system"), a new version and a logs.log_updated event.
- organisations.scheme_*/location_* (de)activated: logs whose start date falls in a deactivated period
  of their scheme or location are flagged unresolved; the flag clears once no period covers it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core_platform.events.envelope import Event
from core_platform.events.outbox import record_event
from logs_service.data import duplicates, merges
from logs_service.data.models import Log, outbox
from logs_service.domain.availability import deactivated_on, periods_from
from logs_service.domain.logs import DELETED
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION
from logs_service.operations import history
from logs_service.operations.common import event_payload
from logs_service.operations.logs import LOG_UPDATED

logger = logging.getLogger(__name__)

MOVED_COLUMNS = {
    OWNING_ORGANISATION: ("owning_organisation_id", "owning_organisation_code"),
    MANAGING_ORGANISATION: ("managing_organisation_id", "managing_organisation_code"),
}


def handle_merged(session: Session, event: Event) -> None:
    payload = event.payload
    absorbing = uuid.UUID(payload["absorbing_organisation_id"])
    merge_date = date.fromisoformat(payload["merge_date"])
    code = payload.get("absorbing_organisation_code") or _known_code(session, absorbing)
    moved = 0
    for raw in payload["merged_organisation_ids"]:
        merged = uuid.UUID(raw)
        merges.record_merge(session, merged, absorbing, merge_date)
        for log in _logs_dated_from(session, merged, merge_date):
            _move(session, log, merged, absorbing, code)
            moved += 1
    logger.info("organisations merged", extra={"event_id": str(event.id), "logs_moved": moved})


def handle_scheme_availability(session: Session, event: Event) -> None:
    payload = event.payload
    scheme_periods = periods_from(payload.get("deactivation_periods", []))
    location_periods = {
        location_id: periods_from(periods)
        for location_id, periods in payload.get("location_deactivation_periods", {}).items()
    }
    for log in _logs_where(session, Log.scheme_id == payload["scheme_id"]):
        periods = scheme_periods + location_periods.get(log.location_id or "", [])
        log.unresolved = deactivated_on(log.startdate, periods)


def handle_location_availability(session: Session, event: Event) -> None:
    payload = event.payload
    periods = periods_from(payload.get("deactivation_periods", []))
    periods += periods_from(payload.get("scheme_deactivation_periods", []))
    for log in _logs_where(session, Log.location_id == payload["location_id"]):
        log.unresolved = deactivated_on(log.startdate, periods)


def _logs_where(session: Session, condition: Any) -> list[Log]:
    return list(session.scalars(select(Log).where(condition, Log.status != DELETED).with_for_update()))


def _logs_dated_from(session: Session, organisation: uuid.UUID, day: date) -> list[Log]:
    query = (
        select(Log)
        .where(
            or_(Log.owning_organisation_id == organisation, Log.managing_organisation_id == organisation),
            Log.startdate >= day,
            Log.status != DELETED,
        )
        .order_by(Log.id)
        .with_for_update()
    )
    return list(session.scalars(query))


def _move(session: Session, log: Log, merged: uuid.UUID, absorbing: uuid.UUID, code: str | None) -> None:
    before = history.snapshot(log)
    answers = dict(log.answers)
    moved = []
    for field, (id_column, code_column) in MOVED_COLUMNS.items():
        if getattr(log, id_column) == merged:
            setattr(log, id_column, absorbing)
            setattr(log, code_column, code)
            answers[field] = str(absorbing)
            moved.append(field)
    log.answers = answers
    history.record_change(session, log, before, None, history.SOURCE_SYSTEM)
    duplicates.refresh_duplicate_set(session, log)
    record_event(session, outbox, LOG_UPDATED, {**event_payload(log), "fields": sorted(moved)})


def _known_code(session: Session, organisation: uuid.UUID) -> str | None:
    """The organisation's code as logs already hold it, for a merge event that does not carry it."""
    owned = select(Log.owning_organisation_code).where(
        Log.owning_organisation_id == organisation, Log.owning_organisation_code.is_not(None)
    )
    managed = select(Log.managing_organisation_code).where(
        Log.managing_organisation_id == organisation, Log.managing_organisation_code.is_not(None)
    )
    return session.scalar(owned.limit(1)) or session.scalar(managed.limit(1))
