"""OrganisationsService servicer: proto <-> domain, nothing else."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import grpc
from sqlalchemy.orm import Session

from core.organisations.v1 import organisations_pb2 as pb
from core.organisations.v1 import organisations_pb2_grpc as pb_grpc
from core_platform.auth.principal import Principal, require_principal
from core_platform.db import SessionFactory, session_scope, utcnow
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.events.outbox import record_event
from core_platform.grpc_server import Registration
from organisations_service.data import organisations as queries
from organisations_service.data.models import Organisation, outbox
from organisations_service.domain.access import (
    may_see_details_of,
    may_see_relationships_of,
    normalise_code,
    parse_organisation_id,
)
from organisations_service.domain.organisation_rules import (
    ALL_FIELDS,
    CREATE_FIELDS,
    fields_allowed,
    validate_organisation,
)
from organisations_service.domain.people import UserDirectory
from organisations_service.rpc.organisation_changes import OrganisationChangesMixin
from organisations_service.rpc.organisation_convert import input_values, organisation_to_proto
from organisations_service.rpc.organisations_csv import CSV_HEADERS, csv_row

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["OrganisationsService"].full_name

NOT_FOUND_MESSAGE = "Organisation not found"
MAX_PAGE_SIZE = 100
CSV_BATCH_ROWS = 200


def find_organisation(session: Session, organisation_id: str) -> Organisation:
    parsed = parse_organisation_id(organisation_id)
    organisation = queries.get_organisation(session, parsed) if parsed else None
    if organisation is None:
        raise NotFound(NOT_FOUND_MESSAGE)
    return organisation


def _find_related_to(session: Session, organisation_id: str) -> Organisation:
    """The organisation whose relationships are asked for; another organisation's look like unknown ones."""
    organisation = find_organisation(session, organisation_id)
    if not may_see_relationships_of(require_principal(), organisation.id):
        raise NotFound(NOT_FOUND_MESSAGE)
    return organisation


def to_proto(session: Session, organisation: Organisation, principal: Principal, as_at: str = "") -> pb.Organisation:
    details = may_see_details_of(principal, organisation.id)
    name = queries.name_at(organisation, _parse_date(as_at, "name_as_at")) if as_at else None
    confirmation = queries.latest_confirmation(session, organisation) if details else None
    return organisation_to_proto(organisation, details=details, name=name, confirmation=confirmation)


def _parse_date(raw: str, field: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidArgument(field_errors={field: "Enter a date in the correct format, like 2025-04-01"}) from exc


def _require_support(principal: Principal) -> None:
    if not principal.is_support:
        raise PermissionDenied("Only support can do this")


class OrganisationsServicer(OrganisationChangesMixin, pb_grpc.OrganisationsServiceServicer):
    def __init__(self, session_factory: SessionFactory, users: UserDirectory | None = None) -> None:
        self._sessions = session_factory
        self._users = users

    def _to_proto(self, session: Session, organisation: Organisation, principal: Principal) -> pb.Organisation:
        return to_proto(session, organisation, principal)

    def GetOrganisation(self, request: pb.GetOrganisationRequest, context: grpc.ServicerContext) -> pb.Organisation:
        principal = require_principal()
        if bool(request.id) == bool(request.code):
            raise InvalidArgument("Give exactly one of id or code", {"id": "Give exactly one of id or code"})
        with session_scope(self._sessions) as session:
            if request.id:
                return to_proto(session, find_organisation(session, request.id), principal, request.name_as_at)
            organisation = queries.get_organisation_by_code(session, normalise_code(request.code))
            if organisation is None:
                raise NotFound(NOT_FOUND_MESSAGE)
            return to_proto(session, organisation, principal, request.name_as_at)

    def ListOrganisations(
        self, request: pb.ListOrganisationsRequest, context: grpc.ServicerContext
    ) -> Iterator[pb.Organisation]:
        require_principal()
        with session_scope(self._sessions) as session:
            for organisation in queries.iter_organisations(session):
                yield organisation_to_proto(organisation)

    def SearchOrganisations(
        self, request: pb.SearchOrganisationsRequest, context: grpc.ServicerContext
    ) -> pb.SearchOrganisationsResponse:
        principal = require_principal()
        _require_support(principal)
        page = max(request.page, 1)
        page_size = min(max(request.page_size, 1), MAX_PAGE_SIZE)
        with session_scope(self._sessions) as session:
            found_by = queries.OrganisationFilter(
                request.search, request.provider_type, request.status, today=utcnow().date()
            )
            found, total = queries.search_organisations(session, found_by, page, page_size)
            return pb.SearchOrganisationsResponse(
                organisations=[to_proto(session, organisation, principal) for organisation in found], total=total
            )

    def CreateOrganisation(
        self, request: pb.CreateOrganisationRequest, context: grpc.ServicerContext
    ) -> pb.Organisation:
        principal = require_principal()
        _require_support(principal)
        values, errors = validate_organisation(input_values(request.organisation, CREATE_FIELDS))
        if errors:
            raise InvalidArgument(field_errors=errors)
        with session_scope(self._sessions) as session:
            organisation = queries.create_organisation(session, **values)
            record_event(session, outbox, "organisations.organisation_created", _event_payload(organisation))
            return to_proto(session, organisation, principal)

    def UpdateOrganisation(
        self, request: pb.UpdateOrganisationRequest, context: grpc.ServicerContext
    ) -> pb.Organisation:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            organisation = find_organisation(session, request.id)
            own = principal.belongs_to(str(organisation.id))
            if not (own or principal.is_support):
                raise NotFound(NOT_FOUND_MESSAGE)
            wanted = set(request.fields)
            unknown = wanted - ALL_FIELDS
            if unknown:
                raise InvalidArgument(f"Unknown fields: {', '.join(sorted(unknown))}")
            if not wanted <= fields_allowed(principal, own):
                raise PermissionDenied("You cannot change these details")
            values, errors = validate_organisation(input_values(request.organisation, wanted))
            if errors:
                raise InvalidArgument(field_errors=errors)
            _apply(session, organisation, values)
            record_event(
                session,
                outbox,
                "organisations.organisation_updated",
                {**_event_payload(organisation), "fields": sorted(wanted)},
            )
            return to_proto(session, organisation, principal)

    def ExportOrganisationsCsv(
        self, request: pb.ExportOrganisationsCsvRequest, context: grpc.ServicerContext
    ) -> Iterator[pb.CsvChunk]:
        _require_support(require_principal())
        with session_scope(self._sessions) as session:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(CSV_HEADERS)
            for number, organisation in enumerate(queries.iter_organisations(session, request.search), 1):
                writer.writerow(csv_row(organisation, queries.latest_confirmation(session, organisation)))
                if number % CSV_BATCH_ROWS == 0:
                    yield pb.CsvChunk(text=buffer.getvalue())
                    buffer.seek(0)
                    buffer.truncate()
            yield pb.CsvChunk(text=buffer.getvalue())

    def ListStockOwners(
        self, request: pb.ListStockOwnersRequest, context: grpc.ServicerContext
    ) -> pb.ListStockOwnersResponse:
        with session_scope(self._sessions) as session:
            organisation = _find_related_to(session, request.organisation_id)
            owners = queries.list_stock_owners(session, organisation)
            return pb.ListStockOwnersResponse(organisations=[organisation_to_proto(o) for o in owners])

    def ListManagingAgents(
        self, request: pb.ListManagingAgentsRequest, context: grpc.ServicerContext
    ) -> pb.ListManagingAgentsResponse:
        with session_scope(self._sessions) as session:
            organisation = _find_related_to(session, request.organisation_id)
            agents = queries.list_managing_agents(session, organisation)
            return pb.ListManagingAgentsResponse(organisations=[organisation_to_proto(o) for o in agents])

    def AddRelationship(
        self, request: pb.RelationshipRequest, context: grpc.ServicerContext
    ) -> pb.RelationshipResponse:
        with session_scope(self._sessions) as session:
            owner, agent = self._relationship_pair(session, request)
            if queries.ensure_relationship(session, owner, agent):
                record_event(session, outbox, "organisations.relationship_added", _pair_payload(owner, agent))
            return pb.RelationshipResponse()

    def RemoveRelationship(
        self, request: pb.RelationshipRequest, context: grpc.ServicerContext
    ) -> pb.RelationshipResponse:
        with session_scope(self._sessions) as session:
            owner, agent = self._relationship_pair(session, request)
            if queries.remove_relationship(session, owner, agent):
                record_event(session, outbox, "organisations.relationship_removed", _pair_payload(owner, agent))
            return pb.RelationshipResponse()

    @staticmethod
    def _relationship_pair(session: Session, request: pb.RelationshipRequest) -> tuple[Organisation, Organisation]:
        """Coordinators change relationships of their own organisation; support of any."""
        principal = require_principal()
        errors = {}
        if not request.stock_owner_id:
            errors["stock_owner_id"] = "Select a stock owner"
        if not request.managing_agent_id:
            errors["managing_agent_id"] = "Select a managing agent"
        if errors:
            raise InvalidArgument(field_errors=errors)
        owner = find_organisation(session, request.stock_owner_id)
        agent = find_organisation(session, request.managing_agent_id)
        if owner.id == agent.id:
            raise InvalidArgument(field_errors={"managing_agent_id": "An organisation cannot be related to itself"})
        mine = principal.belongs_to(str(owner.id)) or principal.belongs_to(str(agent.id))
        if not (principal.is_support or mine):
            raise NotFound(NOT_FOUND_MESSAGE)
        if not principal.is_support and principal.role != "data_coordinator":
            raise PermissionDenied("Only data coordinators can change relationships")
        return owner, agent


def _apply(session: Session, organisation: Organisation, values: dict[str, Any]) -> None:
    for field, value in values.items():
        if field == "rent_periods":
            queries.set_rent_periods(session, organisation, value)
        else:
            setattr(organisation, field, value)
    session.flush()


def _event_payload(organisation: Organisation) -> dict[str, object]:
    return {"organisation_id": str(organisation.id), "code": organisation.code, "name": organisation.name}


def _pair_payload(owner: Organisation, agent: Organisation) -> dict[str, object]:
    return {"stock_owner_id": str(owner.id), "managing_agent_id": str(agent.id)}


def register(session_factory: SessionFactory, users: UserDirectory | None = None) -> Registration:
    """`users` answers whether a caller is their organisation's DPO; without it nobody can accept the
    data sharing agreement."""

    def add(server: grpc.Server) -> str:
        pb_grpc.add_OrganisationsServiceServicer_to_server(OrganisationsServicer(session_factory, users), server)
        return SERVICE_NAME

    return add
