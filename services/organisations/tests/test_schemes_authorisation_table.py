"""Who may call which SchemesService method on whose scheme or location, as data (extending the identity issue's
table): for each method, each role acting on a scheme of their own organisation and of an unrelated one.

OK: allowed; NOT_FOUND: another organisation's scheme or location is hidden; PERMISSION_DENIED: the role may not
change schemes (checked before looking the scheme up, so it says nothing about whether it exists)."""

from __future__ import annotations

import itertools
from datetime import date

import grpc
import pytest

from core.organisations.v1 import schemes_pb2 as pb
from core_platform.errors import NotFound, PermissionDenied
from core_platform.grpc_client import call

OK, NOT_FOUND, DENIED = grpc.StatusCode.OK, grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED
TODAY = date.today().isoformat()
COMPLETE = dict(
    service_name="Hope House",
    sensitive=0,
    scheme_type=7,
    registered_under_care_act=1,
    arrangement_type="D",
    primary_client_group="G",
    has_other_client_group=0,
    support_type=4,
    intended_stay="M",
)
LOCATION = pb.LocationInput(
    name="Flat 1", units=2, type_of_unit=7, mobility_type="A", startdate="2024-04-01", location_code="E08000035"
)
LOCATION_FIELDS = ["name", "units", "type_of_unit", "mobility_type", "startdate", "location_code"]

# method -> (request for a scheme id and a location id, needs the target deactivated first)
REQUESTS = {
    "GetScheme": (lambda s, loc: pb.GetSchemeRequest(id=s), False),
    "UpdateScheme": (
        lambda s, loc: pb.UpdateSchemeRequest(id=s, scheme=pb.SchemeInput(service_name="New"), fields=["service_name"]),
        False,
    ),
    "ConfirmScheme": (lambda s, loc: pb.ConfirmSchemeRequest(id=s), False),
    "DeactivateScheme": (lambda s, loc: pb.ChangeAvailabilityRequest(id=s, date=TODAY), False),
    "ReactivateScheme": (lambda s, loc: pb.ChangeAvailabilityRequest(id=s, date=TODAY), True),
    "ListLocations": (lambda s, loc: pb.ListLocationsRequest(scheme_id=s), False),
    "CreateLocation": (
        lambda s, loc: pb.CreateLocationRequest(scheme_id=s, location=pb.LocationInput(postcode="LS1 4AP")),
        False,
    ),
    "GetLocation": (lambda s, loc: pb.GetLocationRequest(id=loc), False),
    "UpdateLocation": (
        lambda s, loc: pb.UpdateLocationRequest(id=loc, location=pb.LocationInput(name="Flat 2"), fields=["name"]),
        False,
    ),
    "ConfirmLocation": (lambda s, loc: pb.ConfirmLocationRequest(id=loc), False),
    "DeactivateLocation": (lambda s, loc: pb.ChangeAvailabilityRequest(id=loc, date=TODAY), False),
    "ReactivateLocation": (lambda s, loc: pb.ChangeAvailabilityRequest(id=loc, date=TODAY), True),
}
READS = {"GetScheme", "ListLocations", "GetLocation"}


def expected(method: str, role: str, whose: str) -> grpc.StatusCode:
    if role == "support":
        return OK
    if method not in READS and role == "data_provider":
        return DENIED
    return OK if whose == "own" else NOT_FOUND


TABLE = {
    (method, role, whose): expected(method, role, whose)
    for method, role, whose in itertools.product(
        REQUESTS, ("data_provider", "data_coordinator", "support"), ("own", "other")
    )
}


def test_the_table_covers_every_scheme_and_location_method_of_one_scheme():
    per_scheme = {m.name for m in pb.DESCRIPTOR.services_by_name["SchemesService"].methods} - {
        "ListSchemes",  # lists only what the caller may see (test_schemes_rpc.py)
        "StreamSchemes",
        "CreateScheme",  # names its owner: test_schemes_rpc.py
        "ExportSchemesCsv",
        "LookUpPostcode",  # about no scheme
        "ListLocalAuthorities",
    }
    assert set(REQUESTS) == per_scheme


@pytest.mark.parametrize(("method", "role", "whose"), sorted(TABLE))
def test_scheme_authorisation(schemes_stub, keys, make_organisation, method, role, whose):
    own, other = make_organisation(name="Own Homes"), make_organisation(name="Other Homes")
    support = keys.token("support", str(own.id))
    owner = own if whose == "own" else other
    scheme = call(
        schemes_stub.CreateScheme,
        pb.CreateSchemeRequest(scheme=pb.SchemeInput(owning_organisation_id=str(owner.id), **COMPLETE)),
        token=support,
    )
    call(schemes_stub.ConfirmScheme, pb.ConfirmSchemeRequest(id=scheme.id), token=support)
    location = call(
        schemes_stub.CreateLocation,
        pb.CreateLocationRequest(scheme_id=scheme.id, location=pb.LocationInput(postcode="LS1 4AP")),
        token=support,
    )
    update = pb.UpdateLocationRequest(id=location.id, location=LOCATION, fields=LOCATION_FIELDS)
    call(schemes_stub.UpdateLocation, update, token=support)
    build, needs_deactivation = REQUESTS[method]
    if needs_deactivation:
        deactivate = schemes_stub.DeactivateScheme if method == "ReactivateScheme" else schemes_stub.DeactivateLocation
        target = scheme.id if method == "ReactivateScheme" else location.id
        call(deactivate, pb.ChangeAvailabilityRequest(id=target, date=TODAY), token=support)
    token = keys.token(role, str(own.id))

    try:
        call(getattr(schemes_stub, method), build(scheme.id, location.id), token=token)
        status = OK
    except NotFound:
        status = NOT_FOUND
    except PermissionDenied:
        status = DENIED

    assert status == TABLE[(method, role, whose)]
