"""Queries on the organisation merges identity has been told about."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from identity_service.data.models import OrganisationMerge, User


def record_merge(
    session: Session, merged_organisation_id: str, absorbing_organisation_id: str, merge_date: date, event_id: uuid.UUID
) -> OrganisationMerge:
    """One row per merged organisation; a later event for the same organisation replaces an unapplied one."""
    merge = session.get(OrganisationMerge, merged_organisation_id)
    if merge is None:
        merge = OrganisationMerge(merged_organisation_id=merged_organisation_id)
        session.add(merge)
    if merge.applied_at is None:
        merge.absorbing_organisation_id = absorbing_organisation_id
        merge.merge_date = merge_date
        merge.event_id = event_id
    session.flush()
    return merge


def list_due_merges(session: Session, today: date) -> list[OrganisationMerge]:
    query = select(OrganisationMerge).where(
        OrganisationMerge.applied_at.is_(None), OrganisationMerge.merge_date <= today
    )
    return list(session.scalars(query.order_by(OrganisationMerge.merge_date).with_for_update()))


def list_users_of_organisation(session: Session, organisation_id: str, *, active_only: bool = False) -> list[User]:
    query = select(User).where(User.organisation_id == organisation_id)
    if active_only:
        query = query.where(User.active.is_(True))
    return list(session.scalars(query.order_by(User.id).with_for_update()))
