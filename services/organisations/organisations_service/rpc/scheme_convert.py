"""Scheme and location protos <-> domain values, with their statuses as of today."""

from __future__ import annotations

from datetime import date
from typing import Any

from core.organisations.v1 import schemes_pb2 as pb
from organisations_service.data import organisations as organisation_queries
from organisations_service.data.models import Location, Scheme
from organisations_service.domain.availability import Period, location_status, scheme_status
from organisations_service.domain.local_authorities import local_authority_name
from organisations_service.domain.scheme_rules import missing_location_answers, missing_scheme_answers
from organisations_service.rpc.organisation_convert import has_field

SCHEME_INT_FIELDS = ("sensitive", "scheme_type", "registered_under_care_act", "has_other_client_group", "support_type")
LOCATION_INT_FIELDS = ("units", "type_of_unit")


def periods_of(item: Scheme | Location) -> list[Period]:
    return [Period(p.deactivation_date, p.reactivation_date) for p in item.deactivation_periods]


def periods_payload(item: Scheme | Location) -> list[dict[str, str | None]]:
    """Every deactivation period, in events, for services that keep their own view of availability (logs
    flags the logs let while a scheme or location was deactivated)."""
    return [
        {"deactivation_date": p.deactivation_date.isoformat(), "reactivation_date": _iso(p.reactivation_date)}
        for p in item.deactivation_periods
    ]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def status_of_scheme(scheme: Scheme, today: date) -> str:
    return scheme_status(scheme.confirmed and not missing_scheme_answers(scheme), periods_of(scheme), today)


def status_of_location(location: Location, today: date) -> str:
    complete = location.confirmed and not missing_location_answers(location)
    own_scheme = status_of_scheme(location.scheme, today)
    return location_status(complete, location.startdate, periods_of(location), own_scheme, today)


def _periods_proto(item: Scheme | Location) -> list[pb.DeactivationPeriod]:
    return [
        pb.DeactivationPeriod(
            deactivation_date=p.deactivation_date.isoformat(),
            reactivation_date=p.reactivation_date.isoformat() if p.reactivation_date else "",
        )
        for p in item.deactivation_periods
    ]


def scheme_to_proto(scheme: Scheme, today: date, location_count: int = 0) -> pb.Scheme:
    managing = scheme.managing_organisation
    message = pb.Scheme(
        id=str(scheme.id),
        code=f"S{scheme.number}",
        service_name=scheme.service_name,
        owning_organisation_id=str(scheme.owning_organisation_id),
        owning_organisation_name=organisation_queries.name_at(scheme.owning_organisation, today),
        owning_organisation_code=scheme.owning_organisation.code,
        managing_organisation_id=str(scheme.managing_organisation_id or ""),
        managing_organisation_name=organisation_queries.name_at(managing, today) if managing else "",
        arrangement_type=scheme.arrangement_type or "",
        primary_client_group=scheme.primary_client_group or "",
        secondary_client_group=scheme.secondary_client_group or "",
        intended_stay=scheme.intended_stay or "",
        confirmed=scheme.confirmed,
        status=status_of_scheme(scheme, today),
        deactivation_periods=_periods_proto(scheme),
        location_count=location_count,
    )
    for field in SCHEME_INT_FIELDS:
        value = getattr(scheme, field)
        if value is not None:
            setattr(message, field, value)
    message.created_at.FromDatetime(scheme.created_at)
    return message


def location_to_proto(location: Location, today: date) -> pb.Location:
    message = pb.Location(
        id=str(location.id),
        code=str(location.number),
        scheme_id=str(location.scheme_id),
        scheme_code=f"S{location.scheme.number}",
        postcode=location.postcode,
        name=location.name,
        location_code=location.location_code,
        location_admin_district=location.location_admin_district,
        is_la_inferred=location.is_la_inferred,
        mobility_type=location.mobility_type or "",
        startdate=location.startdate.isoformat() if location.startdate else "",
        confirmed=location.confirmed,
        status=status_of_location(location, today),
        deactivation_periods=_periods_proto(location),
    )
    for field in LOCATION_INT_FIELDS:
        value = getattr(location, field)
        if value is not None:
            setattr(message, field, value)
    return message


def scheme_input_values(message: pb.SchemeInput, fields: set[str] | frozenset[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in fields:
        if field in SCHEME_INT_FIELDS:
            values[field] = getattr(message, field) if has_field(message, field) else None
        else:
            values[field] = getattr(message, field)
    return values


def location_input_values(message: pb.LocationInput, fields: set[str] | frozenset[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in fields:
        if field in LOCATION_INT_FIELDS:
            values[field] = getattr(message, field) if has_field(message, field) else None
        else:
            values[field] = getattr(message, field)
    return values


def local_authority_of(code: str) -> tuple[str, str]:
    """(code, name) of a manually chosen local authority; ('', '') when the code is unknown."""
    name = local_authority_name(code)
    return (code, name) if name else ("", "")
