"""Organisations: names and CORE codes of providers, their details and relationships, and (through
`frontend_service.clients.schemes`) their supported housing schemes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, Protocol

from google.protobuf.timestamp_pb2 import Timestamp

from core.organisations.v1 import (
    alerts_pb2,
    alerts_pb2_grpc,
    organisations_pb2,
    organisations_pb2_grpc,
    resources_pb2,
    resources_pb2_grpc,
)
from core_platform.grpc_client import call, stream
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.models import Organisation
from frontend_service.clients.organisation_models import (
    CollectionResource,
    OrganisationDetails,
    OrganisationPage,
    ResourceFile,
    ServiceAlert,
)
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
        available_from=date.fromisoformat(message.available_from) if message.available_from else None,
    )


def _when(stamp: Timestamp, present: bool) -> datetime | None:
    return stamp.ToDatetime(tzinfo=UTC) if present else None


def alert_from_proto(message: alerts_pb2.ServiceAlert) -> ServiceAlert:
    return ServiceAlert(
        id=message.id,
        title=message.title,
        body=message.body,
        link_text=message.link_text,
        link_url=message.link_url,
        page_path=message.page_path,
        show_on_public_pages=message.show_on_public_pages,
        starts_at=_when(message.starts_at, message.HasField("starts_at")),
        ends_at=_when(message.ends_at, message.HasField("ends_at")),
        active=message.active,
    )


def alert_input(values: dict[str, Any]) -> alerts_pb2.AlertInput:
    message = alerts_pb2.AlertInput(
        title=values.get("title", ""),
        body=values.get("body", ""),
        link_text=values.get("link_text", ""),
        link_url=values.get("link_url", ""),
        page_path=values.get("page_path", ""),
        show_on_public_pages=bool(values.get("show_on_public_pages")),
    )
    for name in ("starts_at", "ends_at"):
        if values.get(name) is not None:
            getattr(message, name).FromDatetime(values[name])
    return message


def resource_from_proto(message: resources_pb2.CollectionResource) -> CollectionResource:
    return CollectionResource(message.year, message.resource_type, message.filename, message.content_type, message.size)


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

    def search_organisations(
        self, search: str, page: int, page_size: int, *, token: str, provider_type: str = "", status: str = ""
    ) -> OrganisationPage:
        request = organisations_pb2.SearchOrganisationsRequest(
            search=search, page=page, page_size=page_size, provider_type=provider_type, status=status
        )
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
        """Every organisation's id, code, name and whether it is active (streamed): choices for relationships,
        schemes and users."""
        request = organisations_pb2.ListOrganisationsRequest()
        return [
            Organisation(o.id, o.code, o.name, o.active)
            for o in stream(self._org_stub().ListOrganisations, request, token=token)
        ]

    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        stub = organisations_pb2_grpc.OrganisationsServiceStub(self._channels.get("organisations"))
        request = organisations_pb2.GetOrganisationRequest(id=organisation_id, code=code)
        response = call(stub.GetOrganisation, request, token=token)
        return Organisation(id=response.id, code=response.code, name=response.name, active=response.active)

    # merges, names, deactivation, data sharing agreement
    def merge_organisations(
        self,
        absorbing_id: str,
        merged_ids: list[str],
        merge_date: str,
        *,
        token: str,
        absorbing_active_from_merge_date: bool = False,
    ) -> None:
        """`absorbing_active_from_merge_date`: the absorbing organisation is new and active from the merge date."""
        request = organisations_pb2.MergeOrganisationsRequest(
            absorbing_organisation_id=absorbing_id,
            merged_organisation_ids=merged_ids,
            merge_date=merge_date,
            absorbing_organisation_active_from_merge_date=absorbing_active_from_merge_date,
        )
        call(self._org_stub().MergeOrganisations, request, token=token)

    def change_organisation_name(self, organisation_id: str, name: str, startdate: str, *, token: str) -> None:
        request = organisations_pb2.ChangeOrganisationNameRequest(id=organisation_id, name=name, startdate=startdate)
        call(self._org_stub().ChangeOrganisationName, request, token=token)

    def deactivate_organisation(self, organisation_id: str, *, token: str) -> None:
        request = organisations_pb2.DeactivateOrganisationRequest(id=organisation_id)
        call(self._org_stub().DeactivateOrganisation, request, token=token)

    def accept_data_sharing_agreement(self, organisation_id: str, *, token: str) -> None:
        request = organisations_pb2.AcceptDataSharingAgreementRequest(organisation_id=organisation_id)
        call(self._org_stub().AcceptDataSharingAgreement, request, token=token)

    # service alerts
    def _alerts_stub(self) -> alerts_pb2_grpc.ServiceAlertsServiceStub:
        return alerts_pb2_grpc.ServiceAlertsServiceStub(self._channels.get("organisations"))

    def get_current_alert(self, *, token: str | None) -> ServiceAlert | None:
        """Without a token: only an alert shown on public pages."""
        response = call(self._alerts_stub().GetCurrentAlert, alerts_pb2.GetCurrentAlertRequest(), token=token)
        return alert_from_proto(response.alert) if response.HasField("alert") else None

    def list_alerts(self, *, token: str) -> list[ServiceAlert]:
        response = call(self._alerts_stub().ListAlerts, alerts_pb2.ListAlertsRequest(), token=token)
        return [alert_from_proto(a) for a in response.alerts]

    def get_alert(self, alert_id: str, *, token: str) -> ServiceAlert:
        return alert_from_proto(
            call(self._alerts_stub().GetAlert, alerts_pb2.GetAlertRequest(id=alert_id), token=token)
        )

    def save_alert(self, alert_id: str, values: dict[str, Any], *, token: str) -> ServiceAlert:
        """Creates the alert when alert_id is empty."""
        stub = self._alerts_stub()
        if alert_id:
            request = alerts_pb2.UpdateAlertRequest(id=alert_id, alert=alert_input(values))
            return alert_from_proto(call(stub.UpdateAlert, request, token=token))
        return alert_from_proto(call(stub.CreateAlert, alert_input(values), token=token))

    def end_alert(self, alert_id: str, *, token: str) -> ServiceAlert:
        return alert_from_proto(
            call(self._alerts_stub().EndAlert, alerts_pb2.GetAlertRequest(id=alert_id), token=token)
        )

    # collection resources
    def _resources_stub(self) -> resources_pb2_grpc.CollectionResourcesServiceStub:
        return resources_pb2_grpc.CollectionResourcesServiceStub(self._channels.get("organisations"))

    def list_resources(self) -> list[CollectionResource]:
        response = call(self._resources_stub().ListResources, resources_pb2.ListResourcesRequest())
        return [resource_from_proto(r) for r in response.resources]

    def download_resource(self, year: int, resource_type: str) -> ResourceFile:
        request = resources_pb2.DownloadResourceRequest(year=year, resource_type=resource_type)
        response = call(self._resources_stub().DownloadResource, request)
        return ResourceFile(resource_from_proto(response.resource), response.data)

    def upload_resource(
        self, year: int, resource_type: str, filename: str, content_type: str, data: bytes, *, token: str
    ) -> CollectionResource:
        request = resources_pb2.UploadResourceRequest(
            year=year, resource_type=resource_type, filename=filename, content_type=content_type, data=data
        )
        return resource_from_proto(call(self._resources_stub().UploadResource, request, token=token))
