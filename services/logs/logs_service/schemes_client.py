"""The organisations service's schemes and locations over gRPC, behind the `SchemesDirectory` interface.

The channel forwards the caller's token, so organisations applies its own visibility rules.
"""

from __future__ import annotations

import grpc

from core.organisations.v1 import schemes_pb2 as pb
from core.organisations.v1 import schemes_pb2_grpc as pb_grpc
from core_platform.errors import NotFound, PermissionDenied
from core_platform.grpc_client import call
from logs_service.domain.organisation_choices import LocationRef, SchemeRef

PAGE_SIZE = 100  # the service's largest page
MAX_PAGES = 50


class GrpcSchemesDirectory:
    def __init__(self, channel: grpc.Channel) -> None:
        self._stub = pb_grpc.SchemesServiceStub(channel)

    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        found: list[SchemeRef] = []
        for page in range(1, MAX_PAGES + 1):
            request = pb.ListSchemesRequest(organisation_id=organisation_id, page=page, page_size=PAGE_SIZE)
            try:
                response = call(self._stub.ListSchemes, request)
            except (NotFound, PermissionDenied):
                return []
            found += [
                SchemeRef(s.id, s.code, s.service_name, s.owning_organisation_id, s.status, _periods(s))
                for s in response.schemes
            ]
            if len(response.schemes) < PAGE_SIZE or page * PAGE_SIZE >= response.total:
                break
        return found

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        found: list[LocationRef] = []
        for page in range(1, MAX_PAGES + 1):
            request = pb.ListLocationsRequest(scheme_id=scheme_id, page=page, page_size=PAGE_SIZE)
            try:
                response = call(self._stub.ListLocations, request)
            except (NotFound, PermissionDenied):
                return []
            found += [
                LocationRef(
                    loc.id,
                    loc.code,
                    loc.name,
                    loc.postcode,
                    loc.scheme_id,
                    loc.status,
                    loc.confirmed,
                    loc.startdate,
                    _periods(loc),
                    loc.mobility_type,
                )
                for loc in response.locations
            ]
            if len(response.locations) < PAGE_SIZE or page * PAGE_SIZE >= response.total:
                break
        return found


def _periods(message: pb.Scheme | pb.Location) -> tuple[tuple[str, str], ...]:
    return tuple((p.deactivation_date, p.reactivation_date) for p in message.deactivation_periods)
