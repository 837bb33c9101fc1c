"""Organisations: names and CORE codes of providers."""

from __future__ import annotations

from typing import Protocol

from core.organisations.v1 import organisations_pb2, organisations_pb2_grpc
from core_platform.grpc_client import call
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.models import Organisation


class OrganisationsClient(Protocol):
    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        """Exactly one of organisation_id or code."""
        ...


class GrpcOrganisationsClient:
    def __init__(self, channels: ChannelPool) -> None:
        self._channels = channels

    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        stub = organisations_pb2_grpc.OrganisationsServiceStub(self._channels.get("organisations"))
        request = organisations_pb2.GetOrganisationRequest(id=organisation_id, code=code)
        response = call(stub.GetOrganisation, request, token=token)
        return Organisation(id=response.id, code=response.code, name=response.name)
