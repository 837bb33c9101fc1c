"""OrganisationsService servicer: proto <-> domain, nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
from sqlalchemy.orm import Session

from core.organisations.v1 import organisations_pb2 as pb
from core.organisations.v1 import organisations_pb2_grpc as pb_grpc
from core_platform.auth.principal import require_principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument, NotFound
from core_platform.grpc_server import Registration
from organisations_service.data import organisations as queries
from organisations_service.data.models import Organisation
from organisations_service.domain.access import may_see_relationships_of, normalise_code, parse_organisation_id

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["OrganisationsService"].full_name

PROVIDER_TYPES = {"LA": pb.PROVIDER_TYPE_LA, "PRP": pb.PROVIDER_TYPE_PRP}
NOT_FOUND_MESSAGE = "Organisation not found"


def organisation_to_proto(organisation: Organisation) -> pb.Organisation:
    return pb.Organisation(
        id=str(organisation.id),
        code=organisation.code,
        name=organisation.name,
        provider_type=PROVIDER_TYPES.get(organisation.provider_type, pb.PROVIDER_TYPE_UNSPECIFIED),
        holds_own_stock=organisation.holds_own_stock,
        active=organisation.active,
        data_sharing_agreement_signed=organisation.data_sharing_agreement_signed,
    )


def _find(session: Session, organisation_id: str) -> Organisation:
    parsed = parse_organisation_id(organisation_id)
    organisation = queries.get_organisation(session, parsed) if parsed else None
    if organisation is None:
        raise NotFound(NOT_FOUND_MESSAGE)
    return organisation


def _find_related_to(session: Session, organisation_id: str) -> Organisation:
    """The organisation whose relationships are asked for; another organisation's look like unknown ones."""
    organisation = _find(session, organisation_id)
    if not may_see_relationships_of(require_principal(), organisation.id):
        raise NotFound(NOT_FOUND_MESSAGE)
    return organisation


class OrganisationsServicer(pb_grpc.OrganisationsServiceServicer):
    def __init__(self, session_factory: SessionFactory) -> None:
        self._sessions = session_factory

    def GetOrganisation(self, request: pb.GetOrganisationRequest, context: grpc.ServicerContext) -> pb.Organisation:
        require_principal()
        if bool(request.id) == bool(request.code):
            raise InvalidArgument("Give exactly one of id or code", {"id": "Give exactly one of id or code"})
        with session_scope(self._sessions) as session:
            if request.id:
                return organisation_to_proto(_find(session, request.id))
            organisation = queries.get_organisation_by_code(session, normalise_code(request.code))
            if organisation is None:
                raise NotFound(NOT_FOUND_MESSAGE)
            return organisation_to_proto(organisation)

    def ListOrganisations(
        self, request: pb.ListOrganisationsRequest, context: grpc.ServicerContext
    ) -> Iterator[pb.Organisation]:
        require_principal()
        with session_scope(self._sessions) as session:
            for organisation in queries.iter_organisations(session):
                yield organisation_to_proto(organisation)

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


def register(session_factory: SessionFactory) -> Registration:
    def add(server: grpc.Server) -> str:
        pb_grpc.add_OrganisationsServiceServicer_to_server(OrganisationsServicer(session_factory), server)
        return SERVICE_NAME

    return add
