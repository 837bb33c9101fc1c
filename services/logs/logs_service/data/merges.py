"""Organisation merges as logs keeps them (from organisations.merged): who absorbed whom, and from when."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from logs_service.data.models import OrganisationMerge

MAX_MERGE_DEPTH = 20  # merges chain (A into B, later B into C); a cycle never comes from organisations


def record_merge(session: Session, merged_id: uuid.UUID, absorbing_id: uuid.UUID, merge_date: date) -> None:
    """Upsert: a redelivered or corrected merge replaces the earlier record."""
    found = session.get(OrganisationMerge, merged_id)
    if found is None:
        session.add(
            OrganisationMerge(
                merged_organisation_id=merged_id, absorbing_organisation_id=absorbing_id, merge_date=merge_date
            )
        )
    else:
        found.absorbing_organisation_id, found.merge_date = absorbing_id, merge_date
    session.flush()


def organisations_merged_into(session: Session, organisation_id: uuid.UUID) -> set[uuid.UUID]:
    """Every organisation merged into this one, directly or through an organisation it absorbed."""
    found: set[uuid.UUID] = set()
    frontier = {organisation_id}
    for _ in range(MAX_MERGE_DEPTH):
        query = select(OrganisationMerge.merged_organisation_id).where(
            OrganisationMerge.absorbing_organisation_id.in_(frontier)
        )
        frontier = set(session.scalars(query)) - found - {organisation_id}
        if not frontier:
            break
        found |= frontier
    return found
