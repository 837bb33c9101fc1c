"""Saving a question page through the engine: a hard error rejects the page with the reference message,
and the rent-range soft check routes to its interruption page, which the user confirms or changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.data import reference
from logs_service.data.models import Log
from logs_service.domain.organisation_choices import LocalAuthorityRef, OptionSources
from logs_service.server import registrations

from .conftest import TODAY, FakeOrganisations

ADUR = "E07000223"
SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}
RENT = {**SETUP, "declaration": 1, "rent_type": 0, "beds": 2, "period": 1}
CHARGES = {"scharge": "0", "pscharge": "0", "supcharg": "0"}
RANGES = "ranges_rent_id,lettype,la,beds,soft_min,soft_max,hard_min,hard_max\n1,1,E07000223,2,70,160,25,900\n"


class Authorities:
    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        return [LocalAuthorityRef(ADUR, "Adur")]


@pytest.fixture
def directory() -> FakeOrganisations:
    found = FakeOrganisations()
    found.organisations = [replace(o, provider_type="PRP") for o in found.organisations]
    return found


@pytest.fixture
def page_stub(sessions, keys, directory) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with session_scope(sessions) as session:
        reference.replace_rent_ranges(session, 2025, reference.parse_rent_ranges(RANGES, 2025).rows)
    sources = OptionSources(local_authorities=Authorities())
    with running_grpc_server(registrations(sessions, directory, lambda: TODAY, sources), keys.verifier) as (_s, ch):
        yield logs_pb2_grpc.LogsServiceStub(ch)


def struct(values: dict) -> struct_pb2.Struct:
    answers = struct_pb2.Struct()
    answers.update(values)
    return answers


def create(stub, token: str, values: dict) -> pb.Log:
    request = pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(values), lenient=True)
    return call(stub.CreateLog, request, token=token)


def rent_log(stub, sessions, token: str) -> pb.Log:
    """A general needs log paying weekly in Adur: the local authority was not inferred from an address
    (the address lookup is not part of these tests), so it is stored directly as the user's answer."""
    log = create(stub, token, RENT)
    with session_scope(sessions) as session:
        stored = session.get(Log, uuid.UUID(log.id))
        assert stored is not None
        stored.answers = {**stored.answers, "is_la_inferred": False, "la": ADUR}
    return log


def save(stub, token: str, log_id: str, page_id: str, values: dict) -> pb.SaveFormPageResponse:
    request = pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct(values))
    return call(stub.SaveFormPage, request, token=token)


def test_a_page_breaking_a_hard_rule_is_rejected_with_the_reference_message(page_stub, callers, directory):
    token = callers.provider()
    log = create(page_stub, token, SETUP)
    directory.organisations = [
        replace(o, merge_date="2025-06-01", absorbing_organisation_id=FakeOrganisations.OTHER.id)
        if o.code == "ORG101"
        else o
        for o in directory.organisations
    ]

    with pytest.raises(InvalidArgument) as raised:
        save(page_stub, token, log.id, "tenancy_start_date", {"startdate": "2025-06-05"})

    assert raised.value.field_errors == {
        "startdate": "Enter a date when the owning and managing organisation was active. Alpha Homes became inactive "
        "on 1 June 2025 and was replaced by Other Housing."
    }
    stored = call(page_stub.GetLog, pb.GetLogRequest(id=log.id), token=token)
    assert stored.answers["startdate"] == "2025-06-02"
    assert save(page_stub, token, log.id, "tenancy_start_date", {"startdate": "2025-05-31"}).next_page_id


def test_rent_below_the_expected_range_routes_to_its_check_which_is_confirmed(page_stub, sessions, callers):
    token = callers.provider()
    log = rent_log(page_stub, sessions, token)

    below = save(page_stub, token, log.id, "rent_weekly", {"brent": "60", **CHARGES})
    assert below.next_page_id == "brent_rent_value_check"
    check = call(page_stub.GetFormPage, pb.GetFormPageRequest(log_id=log.id, page_id=below.next_page_id), token=token)
    assert check.interruption_screen and check.title_text == "You told us the rent is £60.00 every week."
    assert check.informative_text == "This is lower than we would expect."

    confirmed = save(page_stub, token, log.id, "brent_rent_value_check", {"rent_value_check": "0"})
    assert confirmed.next_page_id != "brent_rent_value_check"
    stored = call(page_stub.GetLog, pb.GetLogRequest(id=log.id), token=token)
    assert stored.answers["rent_value_check"] == 0


def test_changing_the_rent_into_the_expected_range_skips_the_check(page_stub, sessions, callers):
    token = callers.provider()
    log = rent_log(page_stub, sessions, token)
    assert save(page_stub, token, log.id, "rent_weekly", {"brent": "60", **CHARGES}).next_page_id == (
        "brent_rent_value_check"
    )

    changed = save(page_stub, token, log.id, "rent_weekly", {"brent": "100", **CHARGES})

    assert changed.next_page_id != "brent_rent_value_check"
