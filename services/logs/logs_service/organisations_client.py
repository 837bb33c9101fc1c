"""The organisations service over gRPC, behind the `OrganisationsDirectory` interface.

Calls go through a channel from `core_platform.grpc_client.open_channel`, which adds a deadline
and forwards the token of the call being served, so organisations applies its own rules to the
same caller.
"""

from __future__ import annotations

import grpc

from core.organisations.v1 import organisations_pb2 as pb
from core.organisations.v1 import organisations_pb2_grpc as pb_grpc
from core_platform.errors import NotFound
from core_platform.grpc_client import call, stream
from logs_service.domain.organisations import OrganisationRef


def organisation_from_proto(organisation: pb.Organisation) -> OrganisationRef:
    return OrganisationRef(
        id=organisation.id,
        code=organisation.code,
        name=organisation.name,
        holds_own_stock=organisation.holds_own_stock,
        active=organisation.active,
        provider_type={pb.PROVIDER_TYPE_LA: "LA", pb.PROVIDER_TYPE_PRP: "PRP"}.get(organisation.provider_type, ""),
        merge_date=organisation.merge_date,
        absorbing_organisation_id=organisation.absorbing_organisation_id,
        data_sharing_agreement_signed=organisation.data_sharing_agreement_signed,
        rent_periods=tuple(organisation.rent_periods),
        available_from=organisation.available_from,
        has_absorbed_organisations=organisation.has_absorbed_organisations,
    )


class GrpcOrganisationsDirectory:
    def __init__(self, channel: grpc.Channel) -> None:
        self._stub = pb_grpc.OrganisationsServiceStub(channel)

    def get(self, id_or_code: str) -> OrganisationRef | None:
        text = id_or_code.strip()
        if not text:
            return None
        is_code = text.upper().startswith("ORG")
        request = pb.GetOrganisationRequest(code=text) if is_code else pb.GetOrganisationRequest(id=text)
        try:
            return organisation_from_proto(call(self._stub.GetOrganisation, request))
        except NotFound:
            return None

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        request = pb.ListStockOwnersRequest(organisation_id=organisation_id)
        return [organisation_from_proto(o) for o in call(self._stub.ListStockOwners, request).organisations]

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        request = pb.ListManagingAgentsRequest(organisation_id=organisation_id)
        return [organisation_from_proto(o) for o in call(self._stub.ListManagingAgents, request).organisations]

    def all_organisations(self) -> list[OrganisationRef]:
        return [organisation_from_proto(o) for o in stream(self._stub.ListOrganisations, pb.ListOrganisationsRequest())]
