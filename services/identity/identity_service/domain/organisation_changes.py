"""What identity does when an organisation changes (events from the organisations service).

- `organisations.merged`: the users of each merged organisation move to the absorbing one on the merge
  date (at once if it has passed, otherwise when `apply_due_merges` runs on or after it), their sessions
  ending as for any move.
- `organisations.deactivated`: the organisation's users are deactivated and signed out.

Handlers are idempotent beyond the inbox: a user already moved or deactivated is left alone.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime

from sqlalchemy.orm import Session

from core_platform.events.envelope import Event, MalformedEvent
from identity_service.data import organisation_merges
from identity_service.domain.user_admin import deactivate_user, move_user

logger = logging.getLogger(__name__)

ACTOR = "organisations"  # who the audit trail says acted


def _organisation_id(event: Event, field: str, value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise MalformedEvent(f"{event.type} {event.id} has no valid {field}") from exc


def handle_merged(session: Session, event: Event, now: datetime) -> None:
    payload = event.payload
    try:
        merged_ids = list(payload["merged_organisation_ids"])
        merge_date = date.fromisoformat(str(payload["merge_date"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedEvent(f"{event.type} {event.id} lacks merged_organisation_ids or merge_date") from exc
    absorbing = _organisation_id(event, "absorbing_organisation_id", payload.get("absorbing_organisation_id"))
    for merged in merged_ids:
        merged_id = _organisation_id(event, "merged_organisation_ids", merged)
        if merged_id != absorbing:
            organisation_merges.record_merge(session, merged_id, absorbing, merge_date, event.id)
    apply_due_merges(session, now)


def apply_due_merges(session: Session, now: datetime) -> int:
    """Move the users of every merge whose date has come; returns how many users moved."""
    moved = 0
    for merge in organisation_merges.list_due_merges(session, now.date()):
        for user in organisation_merges.list_users_of_organisation(session, merge.merged_organisation_id):
            move_user(session, user, merge.absorbing_organisation_id, now, actor_id=ACTOR)
            moved += 1
        merge.applied_at = now
        logger.info(
            "organisation merge applied to users",
            extra={
                "merged_organisation_id": merge.merged_organisation_id,
                "absorbing_organisation_id": merge.absorbing_organisation_id,
                "users_moved": moved,
            },
        )
    session.flush()
    return moved


def handle_deactivated(session: Session, event: Event, now: datetime) -> None:
    organisation_id = _organisation_id(event, "organisation_id", event.payload.get("organisation_id"))
    users = organisation_merges.list_users_of_organisation(session, organisation_id, active_only=True)
    for user in users:
        deactivate_user(session, user, now, actor_id=ACTOR)
    session.flush()
    logger.info(
        "organisation deactivated: users deactivated",
        extra={"organisation_id": organisation_id, "users_deactivated": len(users)},
    )
