"""SchemesService servicer: schemes, their CSV downloads and deactivation. Locations are in `locations`."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import grpc
from sqlalchemy.orm import Session

from core.organisations.v1 import organisations_pb2, schemes_pb2_grpc
from core.organisations.v1 import schemes_pb2 as pb
from core_platform.auth.principal import Principal, require_principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from core_platform.events.outbox import record_event
from core_platform.grpc_server import Registration
from organisations_service.data import schemes as queries
from organisations_service.data.models import Location, Organisation, Scheme, outbox
from organisations_service.domain.availability import validate_deactivation, validate_reactivation
from organisations_service.domain.codes import ARRANGEMENT_SAME_ORGANISATION
from organisations_service.domain.scheme_rules import SCHEME_FIELDS, missing_scheme_answers, validate_scheme
from organisations_service.rpc.locations import LocationMethods, availability_dates, parse_day
from organisations_service.rpc.organisation_convert import has_field
from organisations_service.rpc.organisations import find_organisation
from organisations_service.rpc.scheme_access import find_scheme, require_editor, visible_owner_ids
from organisations_service.rpc.scheme_convert import periods_of, periods_payload, scheme_input_values, scheme_to_proto
from organisations_service.rpc.schemes_csv import (
    COMBINED_COLUMNS,
    LOCATION_COLUMNS,
    SCHEME_COLUMNS,
    combined_row,
    location_row,
    scheme_row,
)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["SchemesService"].full_name
MAX_PAGE_SIZE = 100
CSV_BATCH_ROWS = 200
CSV_KINDS = ("schemes", "locations", "combined")
# Once a scheme is confirmed, data coordinators may change only these; support may change everything.
COORDINATOR_CONFIRMED_FIELDS = frozenset({"service_name", "sensitive"})


def _page(page: int, page_size: int) -> tuple[int, int]:
    return max(page, 1), min(max(page_size, 1), MAX_PAGE_SIZE)


def _owners_filter(session: Session, principal: Principal, organisation_id: str) -> set[uuid.UUID] | None:
    owners = visible_owner_ids(session, principal)
    if not organisation_id:
        return owners
    wanted = find_organisation(session, organisation_id).id
    return {wanted} if owners is None or wanted in owners else set()


class SchemesServicer(LocationMethods, schemes_pb2_grpc.SchemesServiceServicer):
    def __init__(self, session_factory: SessionFactory) -> None:
        self._sessions = session_factory

    def ListSchemes(self, request: pb.ListSchemesRequest, context: grpc.ServicerContext) -> pb.ListSchemesResponse:
        principal = require_principal()
        page, page_size = _page(request.page, request.page_size)
        with session_scope(self._sessions) as session:
            owners = _owners_filter(session, principal, request.organisation_id)
            found, total = queries.search_schemes(session, request.search, owners, page, page_size)
            today = date.today()
            return pb.ListSchemesResponse(
                schemes=[scheme_to_proto(s, today, queries.count_locations(session, s)) for s in found], total=total
            )

    def StreamSchemes(self, request: pb.StreamSchemesRequest, context: grpc.ServicerContext) -> Iterator[pb.Scheme]:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            owners = _owners_filter(session, principal, request.organisation_id)
            today = date.today()
            for scheme in queries.iter_schemes(session, "", owners):
                yield scheme_to_proto(scheme, today, queries.count_locations(session, scheme))

    def GetScheme(self, request: pb.GetSchemeRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.id)
            return scheme_to_proto(scheme, date.today(), queries.count_locations(session, scheme))

    def CreateScheme(self, request: pb.CreateSchemeRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        require_editor(principal)
        given = {field for field in SCHEME_FIELDS if _given(request.scheme, field)}
        values, errors = validate_scheme(scheme_input_values(request.scheme, given | {"service_name"}))
        if not request.scheme.owning_organisation_id:
            errors["owning_organisation_id"] = "Select the organisation that owns the housing stock"
        if errors:
            raise InvalidArgument(field_errors=errors)
        with session_scope(self._sessions) as session:
            owner = self._allowed_owner(session, principal, values.pop("owning_organisation_id"))
            values = self._with_managing(session, values, owner.id)
            scheme = queries.create_scheme(session, owner.id, **values)
            record_event(session, outbox, "organisations.scheme_created", _scheme_payload(scheme))
            return scheme_to_proto(scheme, date.today())

    def UpdateScheme(self, request: pb.UpdateSchemeRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        require_editor(principal)
        wanted = set(request.fields)
        if not wanted <= SCHEME_FIELDS:
            raise InvalidArgument(f"Unknown fields: {', '.join(sorted(wanted - SCHEME_FIELDS))}")
        values, errors = validate_scheme(scheme_input_values(request.scheme, wanted))
        if errors:
            raise InvalidArgument(field_errors=errors)
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.id)
            if scheme.confirmed and not principal.is_support and not wanted <= COORDINATOR_CONFIRMED_FIELDS:
                raise PermissionDenied("Only support can change a confirmed scheme's answers other than its name")
            if "owning_organisation_id" in values:
                values["owning_organisation_id"] = self._allowed_owner(
                    session, principal, values["owning_organisation_id"]
                ).id
            values = self._with_managing(
                session, values, values.get("owning_organisation_id", scheme.owning_organisation_id)
            )
            for field, value in values.items():
                setattr(scheme, field, value)
            if scheme.has_other_client_group == 0:
                scheme.secondary_client_group = None
            session.flush()
            record_event(session, outbox, "organisations.scheme_updated", _scheme_payload(scheme))
            return scheme_to_proto(scheme, date.today(), queries.count_locations(session, scheme))

    def ConfirmScheme(self, request: pb.ConfirmSchemeRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        require_editor(principal)
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.id)
            missing = missing_scheme_answers(scheme)
            if missing:
                raise InvalidArgument("Answer every question before confirming the scheme", missing)
            if not scheme.confirmed:
                scheme.confirmed = True
                session.flush()
                record_event(session, outbox, "organisations.scheme_confirmed", _scheme_payload(scheme))
            return scheme_to_proto(scheme, date.today(), queries.count_locations(session, scheme))

    def DeactivateScheme(self, request: pb.ChangeAvailabilityRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        require_editor(principal)
        day = parse_day(request.date, "deactivation_date")
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.id)
            error = validate_deactivation(periods_of(scheme), day, date.today())
            if error:
                raise InvalidArgument(field_errors={"deactivation_date": error})
            queries.add_scheme_deactivation(session, scheme, day)
            payload = {**_availability_payload(session, scheme), **availability_dates(day, None)}
            record_event(session, outbox, "organisations.scheme_deactivated", payload)
            return scheme_to_proto(scheme, date.today(), queries.count_locations(session, scheme))

    def ReactivateScheme(self, request: pb.ChangeAvailabilityRequest, context: grpc.ServicerContext) -> pb.Scheme:
        principal = require_principal()
        require_editor(principal)
        day = parse_day(request.date, "reactivation_date")
        with session_scope(self._sessions) as session:
            scheme = find_scheme(session, principal, request.id)
            error = validate_reactivation(periods_of(scheme), day)
            if error:
                raise InvalidArgument(field_errors={"reactivation_date": error})
            deactivated_on = queries.reactivate(session, scheme.deactivation_periods, day)
            payload = {**_availability_payload(session, scheme), **availability_dates(deactivated_on, day)}
            record_event(session, outbox, "organisations.scheme_reactivated", payload)
            return scheme_to_proto(scheme, date.today(), queries.count_locations(session, scheme))

    def ExportSchemesCsv(
        self, request: pb.ExportSchemesCsvRequest, context: grpc.ServicerContext
    ) -> Iterator[organisations_pb2.CsvChunk]:
        principal = require_principal()
        if request.kind not in CSV_KINDS:
            raise InvalidArgument(field_errors={"kind": "Choose schemes, locations or combined"})
        with session_scope(self._sessions) as session:
            owners = _owners_filter(session, principal, request.organisation_id)
            yield from _csv_chunks(_csv_rows(session, request.kind, request.search, owners))

    def _allowed_owner(self, session: Session, principal: Principal, organisation_id: str) -> Organisation:
        owner = find_organisation(session, organisation_id)
        owners = visible_owner_ids(session, principal)
        if owners is not None and owner.id not in owners:
            raise InvalidArgument(
                field_errors={"owning_organisation_id": "Select your organisation or one of its stock owners"}
            )
        if not owner.holds_own_stock:
            raise FailedPrecondition("The owning organisation must hold housing stock")
        return owner

    @staticmethod
    def _with_managing(session: Session, values: dict[str, Any], owner_id: object) -> dict[str, Any]:
        """Support from the owner itself (arrangement D) means the owner manages; otherwise the chosen one."""
        if values.get("arrangement_type") == ARRANGEMENT_SAME_ORGANISATION:
            values["managing_organisation_id"] = owner_id
        elif values.get("managing_organisation_id"):
            values["managing_organisation_id"] = find_organisation(session, values["managing_organisation_id"]).id
        elif "managing_organisation_id" in values:
            values["managing_organisation_id"] = None
        return values


def _given(message: pb.SchemeInput, field: str) -> bool:
    try:
        return has_field(message, field)
    except ValueError:  # plain string fields have no presence: given when not empty
        return bool(getattr(message, field))


def _csv_rows(session: Session, kind: str, search: str, owners: set[uuid.UUID] | None) -> Iterator[list[str]]:
    today = date.today()
    if kind == "schemes":
        yield list(SCHEME_COLUMNS)
        for scheme in queries.iter_schemes(session, search, owners):
            yield scheme_row(scheme, today)
    elif kind == "locations":
        yield list(LOCATION_COLUMNS)
        for location in queries.iter_locations(session, search, owners):
            yield location_row(location, today)
    else:
        yield list(COMBINED_COLUMNS)
        for scheme in list(queries.iter_schemes(session, search, owners)):
            locations: list[Location | None] = list(queries.locations_of(session, scheme)) or [None]
            for location in locations:
                yield combined_row(scheme, location, today)


def _csv_chunks(rows: Iterator[list[str]]) -> Iterator[organisations_pb2.CsvChunk]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for number, row in enumerate(rows, 1):
        writer.writerow(row)
        if number % CSV_BATCH_ROWS == 0:
            yield organisations_pb2.CsvChunk(text=buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
    yield organisations_pb2.CsvChunk(text=buffer.getvalue())


def _scheme_payload(scheme: Scheme) -> dict[str, object]:
    return {
        "scheme_id": str(scheme.id),
        "scheme_code": f"S{scheme.number}",
        "owning_organisation_id": str(scheme.owning_organisation_id),
        "managing_organisation_id": str(scheme.managing_organisation_id or scheme.owning_organisation_id),
    }


def _availability_payload(session: Session, scheme: Scheme) -> dict[str, object]:
    """A scheme's periods and its locations' own, so a consumer can tell when each location was unavailable."""
    locations = queries.locations_of(session, scheme)
    return {
        **_scheme_payload(scheme),
        "deactivation_periods": periods_payload(scheme),
        "location_deactivation_periods": {
            str(loc.id): periods_payload(loc) for loc in locations if loc.deactivation_periods
        },
    }


def register(session_factory: SessionFactory) -> Registration:
    def add(server: grpc.Server) -> str:
        schemes_pb2_grpc.add_SchemesServiceServicer_to_server(SchemesServicer(session_factory), server)
        return SERVICE_NAME

    return add
