"""Queries on organisations and their relationships. They take a session and flush, never commit."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from organisations_service.data.models import Organisation, OrganisationRelationship

STREAM_BATCH_SIZE = 500


def get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation | None:
    return session.get(Organisation, organisation_id)


def get_organisation_by_code(session: Session, code: str) -> Organisation | None:
    return session.scalars(select(Organisation).where(Organisation.code == code)).one_or_none()


def iter_organisations(session: Session) -> Iterator[Organisation]:
    """Every organisation by name, fetched in batches so a large list never sits in memory at once."""
    query = select(Organisation).order_by(Organisation.name, Organisation.id)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


def list_stock_owners(session: Session, organisation: Organisation) -> list[Organisation]:
    """The organisation itself when it holds stock, then the organisations whose stock it manages."""
    query = (
        select(Organisation)
        .join(OrganisationRelationship, OrganisationRelationship.parent_organisation_id == Organisation.id)
        .where(OrganisationRelationship.child_organisation_id == organisation.id)
        .order_by(Organisation.name, Organisation.id)
    )
    owners = list(session.scalars(query))
    return [organisation, *owners] if organisation.holds_own_stock else owners


def list_managing_agents(session: Session, organisation: Organisation) -> list[Organisation]:
    """The organisation itself, then the organisations that manage its stock."""
    query = (
        select(Organisation)
        .join(OrganisationRelationship, OrganisationRelationship.child_organisation_id == Organisation.id)
        .where(OrganisationRelationship.parent_organisation_id == organisation.id)
        .order_by(Organisation.name, Organisation.id)
    )
    return [organisation, *session.scalars(query)]


def upsert_organisation(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    code: str,
    name: str,
    provider_type: str,
    holds_own_stock: bool,
    data_sharing_agreement_signed: bool,
) -> Organisation:
    """Create the organisation or bring an existing one (matched by code) up to date."""
    organisation = get_organisation_by_code(session, code)
    if organisation is None:
        organisation = Organisation(id=organisation_id, code=code)
        session.add(organisation)
    organisation.name = name
    organisation.provider_type = provider_type
    organisation.holds_own_stock = holds_own_stock
    organisation.data_sharing_agreement_signed = data_sharing_agreement_signed
    session.flush()
    return organisation


def ensure_relationship(session: Session, stock_owner: Organisation, managing_agent: Organisation) -> None:
    existing = session.scalars(
        select(OrganisationRelationship).where(
            OrganisationRelationship.parent_organisation_id == stock_owner.id,
            OrganisationRelationship.child_organisation_id == managing_agent.id,
        )
    ).one_or_none()
    if existing is None:
        session.add(
            OrganisationRelationship(parent_organisation_id=stock_owner.id, child_organisation_id=managing_agent.id)
        )
        session.flush()
