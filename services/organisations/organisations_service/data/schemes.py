"""Queries on schemes, locations and their deactivation periods. They take a session and flush, never commit."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from organisations_service.data.models import (
    Location,
    LocationDeactivationPeriod,
    Scheme,
    SchemeDeactivationPeriod,
)

STREAM_BATCH_SIZE = 500


def get_scheme(session: Session, scheme_id: uuid.UUID) -> Scheme | None:
    return session.get(Scheme, scheme_id)


def get_location(session: Session, location_id: uuid.UUID) -> Location | None:
    return session.get(Location, location_id)


def _next_number(session: Session, model: type[Scheme] | type[Location]) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.number), 0))) or 0) + 1


def create_scheme(session: Session, owning_organisation_id: uuid.UUID, **values: object) -> Scheme:
    scheme = Scheme(
        id=uuid.uuid4(),
        number=_next_number(session, Scheme),
        owning_organisation_id=owning_organisation_id,
        **values,
    )
    session.add(scheme)
    session.flush()
    return scheme


def create_location(session: Session, scheme: Scheme, **values: object) -> Location:
    location = Location(id=uuid.uuid4(), number=_next_number(session, Location), scheme_id=scheme.id, **values)
    session.add(location)
    session.flush()
    return location


def _schemes_matching(search: str, owners: Collection[uuid.UUID] | None) -> Select[tuple[Scheme]]:
    query = select(Scheme)
    if owners is not None:
        query = query.where(Scheme.owning_organisation_id.in_(owners))
    term = search.strip().lower()
    if term:
        compact = term.replace(" ", "")
        in_locations = select(Location.scheme_id).where(
            or_(
                func.replace(func.lower(Location.postcode), " ", "").like(f"%{compact}%"),
                func.lower(Location.name).like(f"%{term}%"),
            )
        )
        conditions = [func.lower(Scheme.service_name).like(f"%{term}%"), Scheme.id.in_(in_locations)]
        number = compact.removeprefix("s")
        if number.isdigit():
            conditions.append(Scheme.number == int(number))
        query = query.where(or_(*conditions))
    return query


def search_schemes(
    session: Session, search: str, owners: Collection[uuid.UUID] | None, page: int, page_size: int
) -> tuple[list[Scheme], int]:
    """A page of schemes, by service name; `owners` None means every organisation's."""
    query = _schemes_matching(search, owners)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    ordered = query.order_by(Scheme.service_name, Scheme.number).offset((page - 1) * page_size).limit(page_size)
    return list(session.scalars(ordered)), total


def iter_schemes(session: Session, search: str, owners: Collection[uuid.UUID] | None) -> Iterator[Scheme]:
    query = _schemes_matching(search, owners).order_by(Scheme.service_name, Scheme.number)
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


def _locations_matching(scheme_ids: Select[tuple[uuid.UUID]] | list[uuid.UUID], search: str) -> Select[tuple[Location]]:
    query = select(Location).where(Location.scheme_id.in_(scheme_ids))
    term = search.strip().lower()
    if term:
        query = query.where(
            or_(
                func.replace(func.lower(Location.postcode), " ", "").like(f"%{term.replace(' ', '')}%"),
                func.lower(Location.name).like(f"%{term}%"),
            )
        )
    return query


def search_locations(
    session: Session, scheme: Scheme, search: str, page: int, page_size: int
) -> tuple[list[Location], int]:
    query = _locations_matching([scheme.id], search)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    ordered = query.order_by(Location.postcode, Location.number).offset((page - 1) * page_size).limit(page_size)
    return list(session.scalars(ordered)), total


def iter_locations(session: Session, search: str, owners: Collection[uuid.UUID] | None) -> Iterator[Location]:
    """Locations of the schemes matching the search, scheme by scheme."""
    scheme_ids = _schemes_matching(search, owners).with_only_columns(Scheme.id)
    query = (
        select(Location)
        .join(Scheme, Location.scheme_id == Scheme.id)
        .where(Location.scheme_id.in_(scheme_ids))
        .order_by(Scheme.service_name, Scheme.number, Location.number)
    )
    yield from session.scalars(query.execution_options(yield_per=STREAM_BATCH_SIZE))


def count_locations(session: Session, scheme: Scheme) -> int:
    return int(session.scalar(select(func.count()).where(Location.scheme_id == scheme.id)) or 0)


def locations_of(session: Session, scheme: Scheme) -> list[Location]:
    return list(session.scalars(select(Location).where(Location.scheme_id == scheme.id).order_by(Location.number)))


def add_scheme_deactivation(session: Session, scheme: Scheme, day: date) -> None:
    scheme.deactivation_periods.append(SchemeDeactivationPeriod(deactivation_date=day))
    session.flush()


def add_location_deactivation(session: Session, location: Location, day: date) -> None:
    location.deactivation_periods.append(LocationDeactivationPeriod(deactivation_date=day))
    session.flush()


def reactivate(
    session: Session, periods: list[SchemeDeactivationPeriod] | list[LocationDeactivationPeriod], day: date
) -> date | None:
    """Close the open deactivation period on the day; its deactivation date."""
    closed = None
    for period in periods:
        if period.reactivation_date is None:
            period.reactivation_date = day
            closed = period.deactivation_date
    session.flush()
    return closed


def move_schemes(session: Session, from_ids: Collection[uuid.UUID], to_id: uuid.UUID) -> list[Scheme]:
    """Schemes owned by the merged organisations become the absorbing organisation's."""
    moved = list(session.scalars(select(Scheme).where(Scheme.owning_organisation_id.in_(from_ids))))
    for scheme in moved:
        scheme.owning_organisation_id = to_id
        if scheme.managing_organisation_id in from_ids:
            scheme.managing_organisation_id = to_id
    session.flush()
    return moved
