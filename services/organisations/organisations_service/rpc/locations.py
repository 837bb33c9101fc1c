"""Locations of schemes and the postcode -> local authority lookup (part of SchemesService)."""

from __future__ import annotations

from datetime import date
from typing import Any

import grpc
from sqlalchemy.orm import Session

from core.organisations.v1 import schemes_pb2 as pb
from core_platform.auth.principal import require_principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument
from core_platform.events.outbox import record_event
from organisations_service.data import schemes as queries
from organisations_service.data.models import Location, outbox
from organisations_service.domain.availability import collection_start, validate_deactivation, validate_reactivation
from organisations_service.domain.local_authorities import (
    PostcodeLookup,
    english_local_authorities,
    normalise_postcode,
    postcode_lookup,
)
from organisations_service.domain.scheme_rules import LOCATION_FIELDS, missing_location_answers, validate_location
from organisations_service.rpc.scheme_access import find_location, find_scheme, require_editor
from organisations_service.rpc.scheme_convert import (
    local_authority_of,
    location_input_values,
    location_to_proto,
    periods_of,
    periods_payload,
)

MAX_PAGE_SIZE = 100


def parse_day(raw: str, field: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidArgument(
            field_errors={field: "Enter a date in the correct format, for example 31 1 2022"}
        ) from exc


def apply_location_values(location: Location, values: dict[str, Any], lookup: PostcodeLookup) -> None:
    """Set the answers; a new postcode is looked up, and the local authority chosen by hand only counts when
    the lookup finds nothing."""
    chosen = values.pop("location_code", None)
    for field, value in values.items():
        setattr(location, field, value)
    if "postcode" in values and values["postcode"]:
        found = lookup.find_local_authority_code(values["postcode"])
        code, name = local_authority_of(found) if found else ("", "")
        location.location_code, location.location_admin_district, location.is_la_inferred = code, name, bool(code)
    if chosen is not None and not location.is_la_inferred:
        code, name = local_authority_of(chosen)
        if chosen and not code:
            raise InvalidArgument(field_errors={"location_code": "Select a local authority from the list"})
        location.location_code, location.location_admin_district = code, name


def _location_payload(location: Location) -> dict[str, object]:
    return {
        "location_id": str(location.id),
        "location_code": str(location.number),
        "scheme_id": str(location.scheme_id),
        "scheme_code": f"S{location.scheme.number}",
        "owning_organisation_id": str(location.scheme.owning_organisation_id),
        "managing_organisation_id": str(
            location.scheme.managing_organisation_id or location.scheme.owning_organisation_id
        ),
    }


class LocationMethods:
    _sessions: SessionFactory
    _lookup: PostcodeLookup | None = None

    def _postcodes(self) -> PostcodeLookup:
        if self._lookup is None:
            self._lookup = postcode_lookup()
        return self._lookup

    def ListLocations(
        self, request: pb.ListLocationsRequest, context: grpc.ServicerContext
    ) -> pb.ListLocationsResponse:
        principal = require_principal()
        page, page_size = max(request.page, 1), min(max(request.page_size, 1), MAX_PAGE_SIZE)
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.scheme_id)
            found, total = queries.search_locations(session, scheme, request.search, page, page_size)
            today = date.today()
            return pb.ListLocationsResponse(locations=[location_to_proto(x, today) for x in found], total=total)

    def GetLocation(self, request: pb.GetLocationRequest, context: grpc.ServicerContext) -> pb.Location:
        with session_scope(self._sessions) as session:
            return location_to_proto(find_location(session, require_principal(), request.id), date.today())

    def CreateLocation(self, request: pb.CreateLocationRequest, context: grpc.ServicerContext) -> pb.Location:
        principal = require_principal()
        require_editor(principal)
        values, errors = validate_location(location_input_values(request.location, {"postcode"}), date.today())
        if errors:
            raise InvalidArgument(field_errors=errors)
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.scheme_id)
            location = queries.create_location(session, scheme)
            apply_location_values(location, values, self._postcodes())
            session.flush()
            return location_to_proto(location, date.today())

    def UpdateLocation(self, request: pb.UpdateLocationRequest, context: grpc.ServicerContext) -> pb.Location:
        principal = require_principal()
        require_editor(principal)
        wanted = set(request.fields)
        if not wanted <= LOCATION_FIELDS:
            raise InvalidArgument(f"Unknown fields: {', '.join(sorted(wanted - LOCATION_FIELDS))}")
        values, errors = validate_location(location_input_values(request.location, wanted), date.today())
        if errors:
            raise InvalidArgument(field_errors=errors)
        with session_scope(self._sessions) as session:
            location = find_location(session, principal, request.id)
            apply_location_values(location, values, self._postcodes())
            session.flush()
            if location.confirmed:
                record_event(session, outbox, "organisations.location_updated", _location_payload(location))
            return location_to_proto(location, date.today())

    def ConfirmLocation(self, request: pb.ConfirmLocationRequest, context: grpc.ServicerContext) -> pb.Location:
        principal = require_principal()
        require_editor(principal)
        with session_scope(self._sessions) as session:
            location = find_location(session, principal, request.id)
            missing = missing_location_answers(location)
            if missing:
                raise InvalidArgument("Answer every question before adding the location", missing)
            if not location.confirmed:
                location.confirmed = True
                session.flush()
                record_event(session, outbox, "organisations.location_created", _location_payload(location))
            return location_to_proto(location, date.today())

    def DeactivateLocation(self, request: pb.ChangeAvailabilityRequest, context: grpc.ServicerContext) -> pb.Location:
        return self._change_location(request, deactivate=True)

    def ReactivateLocation(self, request: pb.ChangeAvailabilityRequest, context: grpc.ServicerContext) -> pb.Location:
        return self._change_location(request, deactivate=False)

    def _change_location(self, request: pb.ChangeAvailabilityRequest, *, deactivate: bool) -> pb.Location:
        principal = require_principal()
        require_editor(principal)
        field = "deactivation_date" if deactivate else "reactivation_date"
        day = parse_day(request.date, field)
        with session_scope(self._sessions) as session:
            location = find_location(session, principal, request.id)
            _change_availability(session, location, day, deactivate)
            return location_to_proto(location, date.today())

    def LookUpPostcode(
        self, request: pb.LookUpPostcodeRequest, context: grpc.ServicerContext
    ) -> pb.LookUpPostcodeResponse:
        require_principal()
        postcode = normalise_postcode(request.postcode)
        if postcode is None:
            raise InvalidArgument(
                field_errors={"postcode": "Enter a postcode in the correct format, for example AA1 1AA"}
            )
        found = self._postcodes().find_local_authority_code(postcode)
        code, name = local_authority_of(found) if found else ("", "")
        return pb.LookUpPostcodeResponse(found=bool(code), location_code=code, location_admin_district=name)

    def ListLocalAuthorities(
        self, request: pb.ListLocalAuthoritiesRequest, context: grpc.ServicerContext
    ) -> pb.ListLocalAuthoritiesResponse:
        require_principal()
        authorities = english_local_authorities(collection_start(date.today()).year)
        return pb.ListLocalAuthoritiesResponse(
            local_authorities=[pb.LocalAuthority(code=la.code, name=la.name) for la in authorities]
        )


def _change_availability(session: Session, location: Location, day: date, deactivate: bool) -> None:
    if deactivate:
        error = validate_deactivation(periods_of(location), day, date.today())
        if error:
            raise InvalidArgument(field_errors={"deactivation_date": error})
        queries.add_location_deactivation(session, location, day)
        event, dates = "organisations.location_deactivated", availability_dates(day, None)
    else:
        error = validate_reactivation(periods_of(location), day)
        if error:
            raise InvalidArgument(field_errors={"reactivation_date": error})
        deactivated_on = queries.reactivate(session, location.deactivation_periods, day)
        event, dates = "organisations.location_reactivated", availability_dates(deactivated_on, day)
    periods = {
        "deactivation_periods": periods_payload(location),
        "scheme_deactivation_periods": periods_payload(location.scheme),
    }
    record_event(session, outbox, event, {**_location_payload(location), **periods, **dates})


def availability_dates(deactivation_date: date | None, reactivation_date: date | None) -> dict[str, str | None]:
    """The deactivation period an availability event is about: a new deactivation has no reactivation date yet;
    a reactivation names the deactivation it ends, so a consumer can flag or clear logs in between."""
    return {
        "deactivation_date": deactivation_date.isoformat() if deactivation_date else None,
        "reactivation_date": reactivation_date.isoformat() if reactivation_date else None,
    }
