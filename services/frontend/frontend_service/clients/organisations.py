"""Organisations: names and CORE codes of providers, their details and relationships, and (through
`frontend_service.clients.schemes`) their supported housing schemes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from core.organisations.v1 import organisations_pb2, organisations_pb2_grpc
from core_platform.grpc_client import call, stream
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.models import Organisation
from frontend_service.clients.organisation_models import OrganisationDetails, OrganisationPage
from frontend_service.clients.schemes import GrpcSchemesMixin

_PROVIDER_TYPES = {organisations_pb2.PROVIDER_TYPE_LA: "LA", organisations_pb2.PROVIDER_TYPE_PRP: "PRP"}
_PROVIDER_TYPE_CODES = {name: value for value, name in _PROVIDER_TYPES.items()}
_OPTIONAL = ("general_needs_units", "supported_housing_units")


class OrganisationsClient(Protocol):
    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        """Exactly one of organisation_id or code."""
        ...


def details_from_proto(message: organisations_pb2.Organisation) -> OrganisationDetails:
    dpc = message.data_protection_confirmation
    signed = message.HasField("data_protection_confirmation") and dpc.confirmed
    return OrganisationDetails(
        id=message.id,
        code=message.code,
        name=message.name,
        provider_type=_PROVIDER_TYPES.get(message.provider_type, ""),
        holds_own_stock=message.holds_own_stock,
        active=message.active,
        status=message.status,
        data_sharing_agreement_signed=message.data_sharing_agreement_signed,
        details_visible=message.details_visible,
        housing_registration_no=message.housing_registration_no,
        address_line1=message.address_line1,
        address_line2=message.address_line2,
        postcode=message.postcode,
        phone=message.phone,
        general_needs_units=message.general_needs_units if message.HasField("general_needs_units") else None,
        supported_housing_units=(
            message.supported_housing_units if message.HasField("supported_housing_units") else None
        ),
        rent_periods=tuple(message.rent_periods),
        dpo_name=dpc.data_protection_officer_name if signed else "",
        dpo_signed_at=dpc.signed_at.ToDatetime() if signed else None,
    )


def organisation_input(values: dict[str, Any]) -> organisations_pb2.OrganisationInput:
    message = organisations_pb2.OrganisationInput()
    for name, value in values.items():
        if name == "provider_type":
            message.provider_type = _PROVIDER_TYPE_CODES.get(value, organisations_pb2.PROVIDER_TYPE_UNSPECIFIED)
        elif name == "rent_periods":
            message.rent_periods.extend(int(period) for period in value)
        elif name in _OPTIONAL and value is None:
            message.ClearField(name)  # type: ignore[arg-type]
        else:
            setattr(message, name, value)
    return message


class GrpcOrganisationsClient(GrpcSchemesMixin):
    def __init__(self, channels: ChannelPool) -> None:
        self._channels = channels

    def _org_stub(self) -> organisations_pb2_grpc.OrganisationsServiceStub:
        return organisations_pb2_grpc.OrganisationsServiceStub(self._channels.get("organisations"))

    def get_organisation_details(self, organisation_id: str, *, token: str) -> OrganisationDetails:
        request = organisations_pb2.GetOrganisationRequest(id=organisation_id)
        return details_from_proto(call(self._org_stub().GetOrganisation, request, token=token))

    def search_organisations(self, search: str, page: int, page_size: int, *, token: str) -> OrganisationPage:
        request = organisations_pb2.SearchOrganisationsRequest(search=search, page=page, page_size=page_size)
        response = call(self._org_stub().SearchOrganisations, request, token=token)
        return OrganisationPage([details_from_proto(o) for o in response.organisations], response.total)

    def create_organisation(self, values: dict[str, Any], *, token: str) -> OrganisationDetails:
        request = organisations_pb2.CreateOrganisationRequest(organisation=organisation_input(values))
        return details_from_proto(call(self._org_stub().CreateOrganisation, request, token=token))

    def update_organisation(self, organisation_id: str, values: dict[str, Any], *, token: str) -> OrganisationDetails:
        request = organisations_pb2.UpdateOrganisationRequest(
            id=organisation_id, organisation=organisation_input(values), fields=list(values)
        )
        return details_from_proto(call(self._org_stub().UpdateOrganisation, request, token=token))

    def export_organisations_csv(self, search: str, *, token: str) -> Iterator[str]:
        request = organisations_pb2.ExportOrganisationsCsvRequest(search=search)
        for chunk in stream(self._org_stub().ExportOrganisationsCsv, request, token=token):
            yield chunk.text

    def list_relationships(self, organisation_id: str, *, token: str) -> tuple[list[Organisation], list[Organisation]]:
        """(stock owners, managing agents), each without the organisation itself."""
        stub = self._org_stub()
        owners = call(
            stub.ListStockOwners, organisations_pb2.ListStockOwnersRequest(organisation_id=organisation_id), token=token
        )
        agents = call(
            stub.ListManagingAgents,
            organisations_pb2.ListManagingAgentsRequest(organisation_id=organisation_id),
            token=token,
        )
        return (
            [Organisation(o.id, o.code, o.name) for o in owners.organisations if o.id != organisation_id],
            [Organisation(o.id, o.code, o.name) for o in agents.organisations if o.id != organisation_id],
        )

    def set_relationship(self, stock_owner_id: str, managing_agent_id: str, present: bool, *, token: str) -> None:
        request = organisations_pb2.RelationshipRequest(
            stock_owner_id=stock_owner_id, managing_agent_id=managing_agent_id
        )
        stub = self._org_stub()
        call(stub.AddRelationship if present else stub.RemoveRelationship, request, token=token)

    def list_all_organisations(self, *, token: str) -> list[Organisation]:
        """Every organisation's id, code and name (streamed): choices for relationships and schemes."""
        request = organisations_pb2.ListOrganisationsRequest()
        return [
            Organisation(o.id, o.code, o.name) for o in stream(self._org_stub().ListOrganisations, request, token=token)
        ]

    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        stub = organisations_pb2_grpc.OrganisationsServiceStub(self._channels.get("organisations"))
        request = organisations_pb2.GetOrganisationRequest(id=organisation_id, code=code)
        response = call(stub.GetOrganisation, request, token=token)
        return Organisation(id=response.id, code=response.code, name=response.name)
