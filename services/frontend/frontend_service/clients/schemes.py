"""Schemes and locations over gRPC: methods of the organisations client (the organisations service owns them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from google.protobuf.message import Message

from core.organisations.v1 import schemes_pb2, schemes_pb2_grpc
from core_platform.grpc_client import call, stream
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.organisation_models import LocalAuthority, Location, Scheme, SchemePage

SCHEME_ANSWERS = (
    "sensitive",
    "scheme_type",
    "registered_under_care_act",
    "arrangement_type",
    "primary_client_group",
    "has_other_client_group",
    "secondary_client_group",
    "support_type",
    "intended_stay",
    "managing_organisation_id",
)
SCHEME_INTS = ("sensitive", "scheme_type", "registered_under_care_act", "has_other_client_group", "support_type")
LOCATION_ANSWERS = ("units", "type_of_unit", "mobility_type", "startdate")
LOCATION_INTS = ("units", "type_of_unit")


def _answers(message: Message, names: tuple[str, ...], ints: tuple[str, ...]) -> dict[str, object]:
    answers: dict[str, object] = {}
    for name in names:
        if name in ints:
            if message.HasField(name):
                answers[name] = getattr(message, name)
        elif getattr(message, name):
            answers[name] = getattr(message, name)
    return answers


def scheme_from_proto(message: schemes_pb2.Scheme) -> Scheme:
    return Scheme(
        id=message.id,
        code=message.code,
        service_name=message.service_name,
        status=message.status,
        owning_organisation_id=message.owning_organisation_id,
        owning_organisation_name=message.owning_organisation_name,
        answers=_answers(message, SCHEME_ANSWERS, SCHEME_INTS),
        managing_organisation_name=message.managing_organisation_name,
        location_count=message.location_count,
        confirmed=message.confirmed,
        managing_organisation_id=message.managing_organisation_id,
        deactivation_periods=_periods(message.deactivation_periods),
    )


def location_from_proto(message: schemes_pb2.Location) -> Location:
    return Location(
        id=message.id,
        code=message.code,
        scheme_id=message.scheme_id,
        postcode=message.postcode,
        name=message.name,
        location_code=message.location_code,
        local_authority=message.location_admin_district,
        is_la_inferred=message.is_la_inferred,
        status=message.status,
        answers=_answers(message, LOCATION_ANSWERS, LOCATION_INTS),
        confirmed=message.confirmed,
        deactivation_periods=_periods(message.deactivation_periods),
    )


def _periods(periods: Any) -> tuple[tuple[str, str], ...]:
    return tuple((period.deactivation_date, period.reactivation_date) for period in periods)


def _fill(message: Message, values: dict[str, Any], ints: tuple[str, ...]) -> None:
    for name, value in values.items():
        if name in ints:
            if value is None or value == "":
                message.ClearField(name)
            else:
                setattr(message, name, int(value))
        else:
            setattr(message, name, value or "")


class GrpcSchemesMixin:
    _channels: ChannelPool

    def _schemes_stub(self) -> schemes_pb2_grpc.SchemesServiceStub:
        return schemes_pb2_grpc.SchemesServiceStub(self._channels.get("organisations"))

    def list_schemes(self, search: str, page: int, page_size: int, *, token: str) -> SchemePage:
        request = schemes_pb2.ListSchemesRequest(search=search, page=page, page_size=page_size)
        response = call(self._schemes_stub().ListSchemes, request, token=token)
        return SchemePage([scheme_from_proto(s) for s in response.schemes], response.total)

    def get_scheme(self, scheme_id: str, *, token: str) -> Scheme:
        return scheme_from_proto(
            call(self._schemes_stub().GetScheme, schemes_pb2.GetSchemeRequest(id=scheme_id), token=token)
        )

    def create_scheme(self, values: dict[str, Any], *, token: str) -> Scheme:
        message = schemes_pb2.SchemeInput()
        _fill(message, values, SCHEME_INTS)
        response = call(self._schemes_stub().CreateScheme, schemes_pb2.CreateSchemeRequest(scheme=message), token=token)
        return scheme_from_proto(response)

    def update_scheme(self, scheme_id: str, values: dict[str, Any], *, token: str) -> Scheme:
        message = schemes_pb2.SchemeInput()
        _fill(message, values, SCHEME_INTS)
        request = schemes_pb2.UpdateSchemeRequest(id=scheme_id, scheme=message, fields=list(values))
        return scheme_from_proto(call(self._schemes_stub().UpdateScheme, request, token=token))

    def confirm_scheme(self, scheme_id: str, *, token: str) -> Scheme:
        request = schemes_pb2.ConfirmSchemeRequest(id=scheme_id)
        return scheme_from_proto(call(self._schemes_stub().ConfirmScheme, request, token=token))

    def list_locations(self, scheme_id: str, *, token: str) -> list[Location]:
        request = schemes_pb2.ListLocationsRequest(scheme_id=scheme_id, page=1, page_size=100)
        response = call(self._schemes_stub().ListLocations, request, token=token)
        return [location_from_proto(location) for location in response.locations]

    def get_location(self, location_id: str, *, token: str) -> Location:
        request = schemes_pb2.GetLocationRequest(id=location_id)
        return location_from_proto(call(self._schemes_stub().GetLocation, request, token=token))

    def create_location(self, scheme_id: str, postcode: str, *, token: str) -> Location:
        request = schemes_pb2.CreateLocationRequest(
            scheme_id=scheme_id, location=schemes_pb2.LocationInput(postcode=postcode)
        )
        return location_from_proto(call(self._schemes_stub().CreateLocation, request, token=token))

    def update_location(self, location_id: str, values: dict[str, Any], *, token: str) -> Location:
        message = schemes_pb2.LocationInput()
        _fill(message, values, LOCATION_INTS)
        request = schemes_pb2.UpdateLocationRequest(id=location_id, location=message, fields=list(values))
        return location_from_proto(call(self._schemes_stub().UpdateLocation, request, token=token))

    def confirm_location(self, location_id: str, *, token: str) -> Location:
        request = schemes_pb2.ConfirmLocationRequest(id=location_id)
        return location_from_proto(call(self._schemes_stub().ConfirmLocation, request, token=token))

    def change_scheme_availability(self, scheme_id: str, day: str, *, deactivate: bool, token: str) -> Scheme:
        """Deactivate (or reactivate) the scheme from the ISO date `day`."""
        stub = self._schemes_stub()
        method = stub.DeactivateScheme if deactivate else stub.ReactivateScheme
        return scheme_from_proto(
            call(method, schemes_pb2.ChangeAvailabilityRequest(id=scheme_id, date=day), token=token)
        )

    def change_location_availability(self, location_id: str, day: str, *, deactivate: bool, token: str) -> Location:
        stub = self._schemes_stub()
        method = stub.DeactivateLocation if deactivate else stub.ReactivateLocation
        request = schemes_pb2.ChangeAvailabilityRequest(id=location_id, date=day)
        return location_from_proto(call(method, request, token=token))

    def list_local_authorities(self, *, token: str) -> list[LocalAuthority]:
        response = call(
            self._schemes_stub().ListLocalAuthorities, schemes_pb2.ListLocalAuthoritiesRequest(), token=token
        )
        return [LocalAuthority(la.code, la.name) for la in response.local_authorities]

    def export_schemes_csv(self, kind: str, search: str, *, token: str) -> Iterator[str]:
        request = schemes_pb2.ExportSchemesCsvRequest(kind=kind, search=search)
        for chunk in stream(self._schemes_stub().ExportSchemesCsv, request, token=token):
            yield chunk.text
