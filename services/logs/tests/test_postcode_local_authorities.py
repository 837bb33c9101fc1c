"""The local authority of a postcode, as the live service infers it: a property postcode typed in or found with its
address brings `la`, a previous postcode `prevloc`; found, the local authority question is skipped; not found (or
the lookup down), it is asked and the log saves all the same. Lettings and sales, question pages and the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from google.protobuf import json_format
from lifecycle_fakes import struct

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.domain.forms.address import (
    forget_orphaned_local_authorities,
    found_address_lines,
    settle_address_bookkeeping,
)
from logs_service.domain.organisation_choices import LocalAuthorityRef, OptionSources
from logs_service.operations.addresses import with_inferred_local_authorities
from logs_service.server import registrations

from .conftest import TODAY, FakeLocalAuthorities, FakeOrganisations

WESTMINSTER, MANCHESTER = "E09000033", "E08000003"
LETTINGS = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "rent_type": 0, "declaration": 1}
SALES = {
    "saledate": "2025-06-02",
    "purchid": "P-1",
    "ownershipsch": 1,  # shared ownership: the buyer's last settled home is asked
    "type": 2,
    "staircase": 2,
    "jointpur": 2,
    "noint": 2,
    "privacynotice": 1,
}
MANUAL_ADDRESS = {"address_line1": "1 Typed Road", "town_or_city": "London"}


class Authorities:
    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        return [LocalAuthorityRef(MANCHESTER, "Manchester"), LocalAuthorityRef(WESTMINSTER, "Westminster")]


@pytest.fixture
def stub(sessions, keys, postcode_lookup) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    sources = OptionSources(local_authorities=Authorities())
    served = registrations(sessions, FakeOrganisations(), lambda: TODAY, sources, postcodes=postcode_lookup)
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def _create(stub, token: str, log_type: int, values: dict) -> pb.Log:
    return call(stub.CreateLog, pb.CreateLogRequest(log_type=log_type, answers=struct(values)), token=token)


def _save(stub, token: str, log_id: str, page_id: str, values: dict) -> tuple[dict, str]:
    request = pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct(values))
    saved = call(stub.SaveFormPage, request, token=token)
    return json_format.MessageToDict(saved.log.answers), saved.next_page_id


# The rule, with a fake lookup


def test_a_new_postcode_brings_its_local_authority_as_inferred(postcode_lookup):
    answers = with_inferred_local_authorities(postcode_lookup, {"postcode_full": "w1d 1aa"}, {})

    assert (answers["la"], answers["is_la_inferred"]) == (WESTMINSTER, True)


def test_a_postcode_not_found_asks_for_the_local_authority_and_forgets_the_one_the_old_postcode_gave(
    postcode_lookup,
):
    saved = {"postcode_full": "W1D 1AA", "la": WESTMINSTER, "is_la_inferred": True}

    answers = with_inferred_local_authorities(postcode_lookup, {"postcode_full": "ZZ9 9ZZ"}, saved)

    assert answers == {"postcode_full": "ZZ9 9ZZ", "la": None, "is_la_inferred": False}


def test_a_local_authority_given_with_a_postcode_not_found_is_kept(postcode_lookup):
    saved = {"postcode_full": "W1D 1AA", "la": WESTMINSTER, "is_la_inferred": True}

    answers = with_inferred_local_authorities(postcode_lookup, {"postcode_full": "ZZ9 9ZZ", "la": MANCHESTER}, saved)

    assert (answers["la"], answers["is_la_inferred"]) == (MANCHESTER, False)


def test_a_postcode_saved_again_unchanged_is_not_looked_up_again(postcode_lookup):
    saved = {"postcode_full": "W1D 1AA", "la": MANCHESTER, "is_la_inferred": False}  # chosen by hand earlier

    answers = with_inferred_local_authorities(postcode_lookup, {"postcode_full": "w1d1aa"}, saved)

    assert postcode_lookup.asked == []
    assert "la" not in answers and "is_la_inferred" not in answers


def test_the_previous_postcode_brings_the_previous_local_authority_and_a_blank_one_is_not_looked_up(
    postcode_lookup,
):
    found = with_inferred_local_authorities(postcode_lookup, {"ppostcode_full": "M1 1AA"}, {})
    blank = with_inferred_local_authorities(postcode_lookup, {"ppostcode_full": None}, {})

    assert (found["prevloc"], found["is_previous_la_inferred"]) == (MANCHESTER, True)
    assert blank == {"ppostcode_full": None, "is_previous_la_inferred": False}
    assert postcode_lookup.asked == ["M1 1AA"]


def test_a_local_authority_inferred_from_a_postcode_no_longer_answered_is_forgotten():
    answers = {"ppcodenk": 1, "prevloc": MANCHESTER, "is_previous_la_inferred": True, "la": WESTMINSTER}

    forget_orphaned_local_authorities(answers)

    assert answers == {"ppcodenk": 1, "is_previous_la_inferred": False, "la": WESTMINSTER}


def test_a_previous_postcode_answered_as_not_known_asks_for_the_previous_local_authority():
    answers: dict = {"ppcodenk": 1}

    settle_address_bookkeeping(answers)

    assert answers["is_previous_la_inferred"] is False


def test_a_found_address_is_shown_line_by_line_with_its_local_authority_and_a_typed_one_is_not():
    found = {"uprn_known": 1, "address_line1": "1, Demo Street", "town_or_city": "London", "postcode_full": "W1D 1AA"}

    assert found_address_lines(found, "Westminster") == ("1, Demo Street", "London", "W1D 1AA", "Westminster")
    assert found_address_lines({**found, "uprn_known": 0}, "Westminster") == ()


# Through the question pages and the API


def test_a_typed_property_postcode_found_skips_the_local_authority_question(stub, callers):
    token = callers.provider()
    log = _create(stub, token, pb.LOG_TYPE_LETTINGS, LETTINGS)
    _save(stub, token, log.id, "address_search", {"uprn": ""})

    found, after_found = _save(stub, token, log.id, "address", {**MANUAL_ADDRESS, "postcode_full": "W1D 1AA"})
    unknown, after_unknown = _save(stub, token, log.id, "address", {**MANUAL_ADDRESS, "postcode_full": "ZZ9 9ZZ"})

    assert (found["la"], found["is_la_inferred"], after_found) == (WESTMINSTER, True, "property_unit_type")
    assert ("la" in unknown, unknown["is_la_inferred"], after_unknown) == (False, False, "property_local_authority")


def test_a_previous_postcode_found_skips_the_previous_local_authority_question_until_it_is_not_known(stub, callers):
    token = callers.provider()
    log = _create(stub, token, pb.LOG_TYPE_LETTINGS, LETTINGS)

    known, after_known = _save(stub, token, log.id, "previous_postcode", {"ppcodenk": 0, "ppostcode_full": "M1 1AA"})
    unknown, after_unknown = _save(stub, token, log.id, "previous_postcode", {"ppcodenk": 1})

    assert (known["prevloc"], known["is_previous_la_inferred"]) == (MANCHESTER, True)
    assert after_known == "reasonable_preference"
    assert ("prevloc" in unknown, unknown["is_previous_la_inferred"]) == (False, False)
    assert after_unknown == "previous_local_authority"


def test_a_sales_address_found_by_uprn_fills_the_address_and_its_local_authority(stub, callers):
    token = callers.provider()
    log = _create(stub, token, pb.LOG_TYPE_SALES, SALES)

    answers, next_page = _save(stub, token, log.id, "address_search", {"uprn": "10090000003"})

    assert {name: answers[name] for name in ("uprn", "uprn_known", "address_line1", "town_or_city")} == {
        "uprn": "10090000003",
        "uprn_known": 1.0,
        "address_line1": "Flat 1, 3, Sample Road",
        "town_or_city": "Manchester",
    }
    assert (answers["postcode_full"], answers["la"], answers["is_la_inferred"]) == ("M1 1AA", MANCHESTER, True)
    assert (answers["pcode1"], answers["pcode2"], answers["manual_address_entry_selected"]) == ("M1", "1AA", False)
    assert next_page == "property_unit_type"


@pytest.mark.parametrize(("log_type", "setup"), [(pb.LOG_TYPE_LETTINGS, LETTINGS), (pb.LOG_TYPE_SALES, SALES)])
def test_check_answers_shows_the_found_address_under_its_uprn(stub, callers, log_type, setup):
    token = callers.provider()
    log = _create(stub, token, log_type, setup)
    _save(stub, token, log.id, "address_search", {"uprn": "10090000001"})

    request = pb.GetCheckAnswersRequest(log_id=log.id, subsection_id="property_information")
    check = call(stub.GetCheckAnswers, request, token=token)

    (uprn,) = [q for page in check.pages for q in page.questions if q.id == "uprn"]
    assert list(uprn.answer_details) == ["1, Demo Street", "London", "W1D 1AA", "Westminster"]
    assert "property_local_authority" not in [page.page_id for page in check.pages]


def test_the_api_infers_the_local_authorities_of_the_postcodes_it_is_given_and_changed(stub, callers):
    token = callers.provider()
    log = _create(stub, token, pb.LOG_TYPE_SALES, {**SALES, "postcode_full": "W1D 1AA", "ppostcode_full": "ZZ9 9ZZ"})

    moved = call(
        stub.UpdateLog, pb.UpdateLogRequest(id=log.id, answers=struct({"postcode_full": "M1 1AA"})), token=token
    )

    assert (log.answers["la"], log.answers["is_la_inferred"], log.answers["is_previous_la_inferred"]) == (
        WESTMINSTER,
        True,
        False,
    )
    assert (moved.answers["la"], moved.answers["is_la_inferred"]) == (MANCHESTER, True)


def test_a_lookup_that_finds_nothing_never_stops_a_log_saving(sessions, keys, callers):
    nothing = FakeLocalAuthorities()
    nothing.KNOWN = {}
    served = registrations(sessions, FakeOrganisations(), lambda: TODAY, postcodes=nothing)
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        stub = logs_pb2_grpc.LogsServiceStub(channel)
        log = _create(stub, callers.provider(), pb.LOG_TYPE_LETTINGS, {**LETTINGS, "postcode_full": "W1D 1AA"})

    assert (log.answers["postcode_full"], log.answers["is_la_inferred"], "la" in log.answers) == (
        "W1D 1AA",
        False,
        False,
    )
