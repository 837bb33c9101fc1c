"""Queries on organisations and their relationships. They take a session and flush, never commit."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, delete, false, func, not_, or_, select
from sqlalchemy.orm import Session

from organisations_service.data.models import (
    DataProtectionConfirmation,
    Organisation,
    OrganisationNameChange,
    OrganisationRelationship,
    OrganisationRentPeriod,
)
from organisations_service.domain.codes import ORGANISATION_ACTIVE, ORGANISATION_DEACTIVATED, ORGANISATION_MERGED

STREAM_BATCH_SIZE = 500


def get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation | None:
    return session.get(Organisation, organisation_id)


def get_organisation_by_code(session: Session, code: str) -> Organisation | None:
    return session.scalars(select(Organisation).where(Organisation.code == code)).one_or_none()


def _matching(search: str) -> Select[tuple[Organisation]]:
    query = select(Organisation)
    term = search.strip()
    if term:
        pattern = f"%{term.lower()}%"
        query = query.where(
            or_(func.lower(Organisation.name).like(pattern), func.lower(Organisation.code) == term.lower())
        )
    return query


def _filters(found_by: OrganisationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if found_by.provider_type:
        conditions.append(Organisation.provider_type == found_by.provider_type)
    if found_by.status and found_by.today is not None:
        merged = and_(Organisation.merge_date.is_not(None), Organisation.merge_date <= found_by.today)
        by_status = {
            ORGANISATION_MERGED: merged,
            ORGANISATION_ACTIVE: and_(not_(merged), Organisation.active.is_(True)),
            ORGANISATION_DEACTIVATED: and_(not_(merged), Organisation.active.is_(False)),
        }
        conditions.append(by_status.get(found_by.status, false()))
    return conditions


def iter_organisations(session: Session, search: str = "") -> Iterator[Organisation]:
    """Every organisation by name, fetched in batches so a large list never sits in memory at once."""
    query = _matching(search).order_by(Organisation.name, Organisation.id)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


@dataclass(frozen=True)
class OrganisationFilter:
    search: str = ""
    provider_type: str = ""  # LA or PRP; empty: either
    status: str = ""  # active, deactivated or merged on `today`; empty: any
    today: date | None = None


def search_organisations(
    session: Session, found_by: OrganisationFilter, page: int, page_size: int
) -> tuple[list[Organisation], int]:
    """One page of the organisations whose name contains the search term, or whose code it is, of the
    type and status asked for."""
    query = _matching(found_by.search).where(*_filters(found_by))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Organisation.name, Organisation.id).offset((page - 1) * page_size).limit(page_size)
    )
    return list(rows), total


_CODE_NUMBER = re.compile(r"^ORG(\d+)$")


def next_organisation_code(session: Session) -> str:
    numbers = [
        int(m.group(1)) for code in session.scalars(select(Organisation.code)) if (m := _CODE_NUMBER.match(code))
    ]
    return f"ORG{max(numbers, default=0) + 1}"


def create_organisation(session: Session, **values: object) -> Organisation:
    rent_periods = values.pop("rent_periods", ())
    organisation = Organisation(id=uuid.uuid4(), code=next_organisation_code(session), **values)
    session.add(organisation)
    session.flush()
    set_rent_periods(session, organisation, rent_periods)  # type: ignore[arg-type]
    return organisation


def set_rent_periods(session: Session, organisation: Organisation, periods: Sequence[int]) -> None:
    wanted = set(periods)
    organisation.rent_periods = [p for p in organisation.rent_periods if p.rent_period in wanted]
    have = {p.rent_period for p in organisation.rent_periods}
    organisation.rent_periods.extend(OrganisationRentPeriod(rent_period=period) for period in sorted(wanted - have))
    session.flush()


def name_at(organisation: Organisation, day: date) -> str:
    """The name in force on the day: the latest change that started by then, else the name before the first."""
    history = sorted(organisation.name_changes, key=lambda change: change.startdate)
    changes = [change for change in history if change.startdate <= day]
    if changes:
        return changes[-1].name
    if history:
        return history[0].previous_name
    return organisation.name


def add_name_change(session: Session, organisation: Organisation, name: str, startdate: date, today: date) -> None:
    """Record `name` from `startdate` (replacing a change starting that day); the organisation's `name` is
    the name in force today."""
    previous = name_at(organisation, startdate - timedelta(days=1))
    organisation.name_changes = [c for c in organisation.name_changes if c.startdate != startdate]
    organisation.name_changes.append(OrganisationNameChange(name=name, previous_name=previous, startdate=startdate))
    later = sorted((c for c in organisation.name_changes if c.startdate > startdate), key=lambda c: c.startdate)
    if later:
        later[0].previous_name = name
    organisation.name = name_at(organisation, today)
    session.flush()


def record_merge(
    session: Session,
    merged: Sequence[Organisation],
    absorbing: Organisation,
    merge_date: date,
    *,
    absorbing_is_new: bool = False,
) -> None:
    """`absorbing_is_new`: the absorbing organisation was created for this merge and is active from its date."""
    for organisation in merged:
        organisation.merge_date = merge_date
        organisation.absorbing_organisation_id = absorbing.id
    if absorbing_is_new:
        absorbing.available_from = merge_date
    session.flush()
    session.expire(absorbing, ["has_absorbed_organisations"])  # computed by a query: now true


def record_confirmation(
    session: Session, organisation: Organisation, *, officer_id: str, name: str, email: str, signed_at: datetime
) -> DataProtectionConfirmation:
    confirmation = DataProtectionConfirmation(
        organisation_id=organisation.id,
        confirmed=True,
        data_protection_officer_id=officer_id,
        data_protection_officer_name=name,
        data_protection_officer_email=email,
        signed_at=signed_at,
    )
    session.add(confirmation)
    organisation.data_sharing_agreement_signed = True
    session.flush()
    return confirmation


def remove_relationship(session: Session, stock_owner: Organisation, managing_agent: Organisation) -> bool:
    result = session.execute(
        delete(OrganisationRelationship).where(
            OrganisationRelationship.parent_organisation_id == stock_owner.id,
            OrganisationRelationship.child_organisation_id == managing_agent.id,
        )
    )
    session.flush()
    return bool(getattr(result, "rowcount", 0))


def list_related_ids(session: Session, organisation: Organisation) -> set[uuid.UUID]:
    """Ids of the organisation's stock owners (whose schemes it may use)."""
    query = select(OrganisationRelationship.parent_organisation_id).where(
        OrganisationRelationship.child_organisation_id == organisation.id
    )
    return set(session.scalars(query))


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


def ensure_relationship(session: Session, stock_owner: Organisation, managing_agent: Organisation) -> bool:
    """True when the relationship was added, False when it already existed."""
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
        return True
    return False


def latest_confirmation(session: Session, organisation: Organisation) -> DataProtectionConfirmation | None:
    query = (
        select(DataProtectionConfirmation)
        .where(DataProtectionConfirmation.organisation_id == organisation.id)
        .order_by(DataProtectionConfirmation.signed_at.desc())
        .limit(1)
    )
    return session.scalars(query).first()
