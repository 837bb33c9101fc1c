"""Answers a save resets or sets because of what it changed, through the logs gRPC surface (question pages and the
API), lettings and sales: the address entered by hand after a found one, the postcode-known flags, a local
authority gone by the new date, a new scheme's location, a child's working situation."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from google.protobuf import json_format
from lifecycle_fakes import struct
from sqlalchemy import delete

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.db import session_scope
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.data.local_authority_options import ReferenceLocalAuthorities
from logs_service.data.models import LocalAuthority
from logs_service.domain.organisation_choices import LocationRef, OptionSources, SchemeRef
from logs_service.server import registrations

from .conftest import FakeOrganisations

CROSSOVER = date(2026, 5, 1)  # 2025/26 and 2026/27 both open: a new date may cross 1 April
WESTMINSTER, ENDING = "E09000033", "E07000999"  # ENDING: a test authority abolished after 31 March 2026
LETTINGS = {"needstype": 1, "renewal": 0, "startdate": "2026-03-30", "rent_type": 0, "declaration": 1}
SALES = {
    "saledate": "2026-03-30",
    "purchid": "P-1",
    "ownershipsch": 1,
    "type": 2,
    "staircase": 2,
    "jointpur": 2,
    "noint": 2,
    "privacynotice": 1,
}


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


ALPHA = FakeOrganisations.ALPHA
ONE_HOUSE = SchemeRef(_id("one-house"), "S11", "One House", ALPHA.id, "active")
HOSTEL = SchemeRef(_id("hostel"), "S12", "Hostel", ALPHA.id, "active")
HOUSE = LocationRef(_id("house"), "201", "House", "AA1 1AA", ONE_HOUSE.id, "active")
ROOMS = LocationRef(_id("rooms"), "202", "Rooms", "AA1 1AB", HOSTEL.id, "active")
FLATS = LocationRef(_id("flats"), "203", "Flats", "AA1 1AC", HOSTEL.id, "active")


class Schemes:
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        return [ONE_HOUSE, HOSTEL] if organisation_id == ALPHA.id else []

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        return [loc for loc in (HOUSE, ROOMS, FLATS) if loc.scheme_id == scheme_id]


@pytest.fixture
def stub(sessions, keys, postcode_lookup) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with session_scope(sessions) as session:
        session.execute(delete(LocalAuthority))
        session.add_all(
            [
                LocalAuthority(code=WESTMINSTER, name="Westminster", start_year=2020, end_year=None),
                LocalAuthority(code=ENDING, name="Ending", start_year=2020, end_year=2026),
            ]
        )
    sources = OptionSources(schemes=Schemes(), local_authorities=ReferenceLocalAuthorities(sessions))
    served = registrations(sessions, FakeOrganisations(), lambda: CROSSOVER, sources, postcodes=postcode_lookup)
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def _create(stub, token: str, log_type: int, values: dict) -> str:
    return call(stub.CreateLog, pb.CreateLogRequest(log_type=log_type, answers=struct(values)), token=token).id


def _update(stub, token: str, log_id: str, values: dict) -> dict:
    log = call(stub.UpdateLog, pb.UpdateLogRequest(id=log_id, answers=struct(values)), token=token)
    return json_format.MessageToDict(log.answers)


def _save(stub, token: str, log_id: str, page_id: str, values: dict) -> tuple[dict, str]:
    request = pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct(values))
    saved = call(stub.SaveFormPage, request, token=token)
    return json_format.MessageToDict(saved.log.answers), saved.next_page_id


@pytest.mark.parametrize(("log_type", "setup"), [(pb.LOG_TYPE_LETTINGS, LETTINGS), (pb.LOG_TYPE_SALES, SALES)])
def test_entering_the_address_by_hand_after_the_search_found_one_starts_the_address_page_empty(
    stub, callers, log_type, setup
):
    token = callers.provider()
    log_id = _create(stub, token, log_type, setup)
    found, _ = _save(stub, token, log_id, "address_search", {"uprn": "10090000001"})
    assert (found["address_line1"], found["la"]) == ("1, Demo Street", WESTMINSTER)

    manual, next_page = _save(stub, token, log_id, "address_search", {"uprn": ""})  # "Enter the address manually"

    assert next_page == "address"
    assert not {"uprn", "address_line1", "town_or_city", "postcode_full", "la"} & manual.keys()
    assert (manual["manual_address_entry_selected"], manual["uprn_known"]) == (True, 0)
    assert not manual.get("is_la_inferred")  # the local authority is asked again (sales: blank, lettings: false)


@pytest.mark.parametrize(
    ("log_type", "setup", "flag", "known"),
    [(pb.LOG_TYPE_LETTINGS, LETTINGS, "postcode_known", 1), (pb.LOG_TYPE_SALES, SALES, "pcodenk", 0)],
)
def test_a_postcode_found_or_typed_is_marked_known(stub, callers, log_type, setup, flag, known):
    token = callers.provider()
    log_id = _create(stub, token, log_type, setup)
    assert flag not in _update(
        stub, token, log_id, {"purchid" if log_type == pb.LOG_TYPE_SALES else "tenancycode": "X"}
    )

    found, _ = _save(stub, token, log_id, "address_search", {"uprn": "10090000001"})
    previous = _update(stub, token, log_id, {"ppostcode_full": "M1 1AA"})

    assert found[flag] == known
    assert (previous["ppcodenk"], previous[flag]) == (0, known)


@pytest.mark.parametrize(
    ("log_type", "setup", "date_field"),
    [(pb.LOG_TYPE_LETTINGS, LETTINGS, "startdate"), (pb.LOG_TYPE_SALES, SALES, "saledate")],
)
def test_a_new_date_forgets_a_local_authority_abolished_by_then(stub, callers, log_type, setup, date_field):
    token = callers.provider()
    log_id = _create(stub, token, log_type, setup)
    assert _update(stub, token, log_id, {"la": ENDING})["la"] == ENDING

    assert _update(stub, token, log_id, {date_field: "2026-03-02"})["la"] == ENDING  # still in existence
    moved = _update(stub, token, log_id, {date_field: "2026-04-02"})

    assert "la" not in moved and moved["is_la_inferred"] is False


def test_a_new_scheme_chooses_its_only_location_or_asks_for_one(stub, callers):
    token = callers.provider()
    log_id = _create(stub, token, pb.LOG_TYPE_LETTINGS, {**LETTINGS, "needstype": 2})

    one, after_one = _save(stub, token, log_id, "scheme", {"scheme_id": ONE_HOUSE.id})
    several, after_several = _save(stub, token, log_id, "scheme", {"scheme_id": HOSTEL.id})

    assert (one["location_id"], after_one) == (HOUSE.id, "renewal")
    assert ("location_id" in several, after_several) == (False, "location")
    assert "location_id" not in _update(stub, token, log_id, {"needstype": 1, "location_id": ROOMS.id})


def test_a_childs_working_situation_is_asked_once_their_age_says_they_are_not_a_child(stub, callers):
    token = callers.provider()
    log_id = _create(stub, token, pb.LOG_TYPE_LETTINGS, {**LETTINGS, "hhmemb": 2, "details_known_2": 0})

    child = _update(stub, token, log_id, {"age2_known": 0, "age2": 10})
    unchanged = _update(stub, token, log_id, {"sex2": "F"})
    adult = _update(stub, token, log_id, {"age2": 30})

    assert (child["ecstat2"], unchanged["ecstat2"]) == (9, 9)
    assert "ecstat2" not in adult
