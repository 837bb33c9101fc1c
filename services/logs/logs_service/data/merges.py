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


MergeEdges = dict[uuid.UUID, frozenset[uuid.UUID]]  # absorbing organisation: those merged into it directly


def merge_edges(session: Session) -> MergeEdges:
    """Every merge, as edges from the absorbing organisation (a few hundred rows at most)."""
    edges: dict[uuid.UUID, set[uuid.UUID]] = {}
    query = select(OrganisationMerge.absorbing_organisation_id, OrganisationMerge.merged_organisation_id)
    for absorbing, merged in session.execute(query):
        edges.setdefault(absorbing, set()).add(merged)
    return {absorbing: frozenset(merged) for absorbing, merged in edges.items()}


def merged_into(edges: MergeEdges, organisation_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """Every organisation merged into this one, directly or through an organisation it absorbed."""
    found: set[uuid.UUID] = set()
    frontier = {organisation_id}
    for _ in range(MAX_MERGE_DEPTH):
        frontier = set().union(*(edges.get(org, ()) for org in frontier)) - found - {organisation_id}
        if not frontier:
            break
        found |= frontier
    return frozenset(found)
