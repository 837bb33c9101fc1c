"""The property address search: the offline demo addresses, the OS Places-style HTTP search, and a chosen UPRN
filling in the address when its page is saved, without the search ever blocking a log."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from google.protobuf import json_format, struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call
from logs_service.address_lookup import HttpAddressLookup, address_lookup
from logs_service.domain.addresses import (
    UPRN_NOT_RECOGNISED,
    AddressLookupUnavailable,
    OfflineAddressLookup,
)
from logs_service.domain.postcodes import NoLocalAuthorityLookup
from logs_service.operations.addresses import with_searched_address

DPA = {
    "UPRN": "10010457355",
    "ADDRESS": "FLAT 2, 1, VICTORIA ROAD, LEEDS, LS1 1AA",
    "SUB_BUILDING_NAME": "FLAT 2",
    "BUILDING_NUMBER": "1",
    "THOROUGHFARE_NAME": "VICTORIA ROAD",
    "POST_TOWN": "LEEDS",
    "POSTCODE": "LS1 1AA",
}


class _OsPlaces(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        params = parse_qs(url.query)
        if params.get("key") != ["secret"]:
            self.send_response(401)
            self.end_headers()
            return
        query = (params.get("query") or params.get("uprn") or [""])[0]
        known = "VICTORIA" in query.upper() or query == DPA["UPRN"]
        if url.path == "/uprn" and not known:
            self.send_response(400)
            self.end_headers()
            return
        body = json.dumps({"results": [{"DPA": DPA}]} if known else {"header": {}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def os_places() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _OsPlaces)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_the_offline_search_finds_demo_addresses_by_words_or_uprn_and_nothing_else():
    offline = OfflineAddressLookup()
    assert [a.uprn for a in offline.search("demo street")] == ["10090000001", "10090000002"]
    assert [a.uprn for a in offline.search("10090000003")] == ["10090000003"]
    assert offline.search("1 Victoria Road") == []
    assert isinstance(address_lookup("", ""), OfflineAddressLookup)


def test_the_http_search_reads_os_places_records_as_the_live_service_does(os_places):
    lookup = HttpAddressLookup(os_places, "secret")
    (found,) = lookup.search("1 Victoria Road")
    assert (found.uprn, found.address) == ("10010457355", DPA["ADDRESS"])
    assert (found.address_line1, found.town_or_city, found.postcode) == ("Flat 2, 1, Victoria Road", "Leeds", "LS1 1AA")
    assert lookup.search("nowhere at all") == []
    assert lookup.find_uprn("10010457355") == found
    assert lookup.find_uprn("1") is None


def test_a_failing_search_service_finds_nothing_and_cannot_confirm_a_uprn(os_places):
    refused = HttpAddressLookup(os_places, "wrong key")
    assert refused.search("1 Victoria Road") == []
    with pytest.raises(AddressLookupUnavailable):
        refused.find_uprn("10010457355")
    with pytest.raises(AddressLookupUnavailable):
        HttpAddressLookup("http://127.0.0.1:9", "secret", timeout=0.5).find_uprn("1")


def test_a_chosen_uprn_fills_in_its_address_and_an_unknown_one_is_refused(os_places):
    lookup, nowhere = HttpAddressLookup(os_places, "secret"), NoLocalAuthorityLookup()
    filled = with_searched_address(lookup, nowhere, {"uprn": "10010457355", "uprn_known": 1}, {})
    assert filled["postcode_full"] == "LS1 1AA" and filled["uprn_confirmed"] == 1
    with pytest.raises(InvalidArgument) as refused:
        with_searched_address(lookup, nowhere, {"uprn": "42"}, {})
    assert refused.value.field_errors == {"uprn": UPRN_NOT_RECOGNISED}
    down = HttpAddressLookup(os_places, "wrong key")
    assert with_searched_address(down, nowhere, {"uprn": "42"}, {}) == {"uprn": "42"}
    assert with_searched_address(lookup, nowhere, {"manual_address_entry_selected": True}, {}) == {
        "manual_address_entry_selected": True
    }


def test_the_postcode_of_a_found_address_brings_its_local_authority(os_places, postcode_lookup):
    filled = with_searched_address(HttpAddressLookup(os_places, "secret"), postcode_lookup, {"uprn": DPA["UPRN"]}, {})

    assert postcode_lookup.asked == ["LS1 1AA"]
    assert (filled["la"], filled["is_la_inferred"]) == ("E08000035", True)


def _save(stub, token: str, log_id: str, page_id: str, values: dict) -> pb.SaveFormPageResponse:
    struct = struct_pb2.Struct()
    struct.update(values)
    return call(stub.SaveFormPage, pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct), token=token)


def test_search_addresses_rpc_lists_what_the_search_finds(stub, callers, orgs):
    token = callers.provider(orgs.OTHER)
    found = call(stub.SearchAddresses, pb.SearchAddressesRequest(query="demo street"), token=token)
    assert [(a.uprn, a.address) for a in found.addresses][0] == ("10090000001", "1, DEMO STREET, LONDON, W1D 1AA")


def test_saving_a_found_address_fills_it_in_and_infers_its_local_authority(stub, callers, orgs):
    token = callers.provider(orgs.OTHER)
    struct = struct_pb2.Struct()
    struct.update({"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "rent_type": 0, "declaration": 1})
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct), token=token)

    saved = _save(stub, token, log.id, "address_search", {"uprn": "10090000001"})

    answers = json_format.MessageToDict(saved.log.answers)
    assert (answers["uprn"], answers["address_line1"], answers["postcode_full"]) == (
        "10090000001",
        "1, Demo Street",
        "W1D 1AA",
    )
    assert (answers["la"], answers["is_la_inferred"], answers["manual_address_entry_selected"]) == (
        "E09000033",
        True,
        False,
    )
    assert saved.next_page_id != "address"  # the address is known: no manual entry, no local authority page
    with pytest.raises(InvalidArgument):
        _save(stub, token, log.id, "address_search", {"uprn": "123"})
