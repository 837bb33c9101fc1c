"""Lettings values worked out on every save, through the logs gRPC surface (the API and question pages), with what
they need from the organisations service: the owner's provider type (the letting type, a general needs renewal's
previous tenure) and the chosen location's mobility standard (supported housing's wheelchair standard)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from google.protobuf import json_format
from lifecycle_fakes import struct

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.domain.organisation_choices import LocationRef, OptionSources, SchemeRef
from logs_service.server import registrations

from .conftest import FakeOrganisations

TODAY = date(2026, 5, 1)  # 2025/26 still open
ALPHA = FakeOrganisations.ALPHA
GENERAL_NEEDS_RENEWAL = {"needstype": 1, "renewal": 1, "startdate": "2025-06-02", "rent_type": 0, "declaration": 1}


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


SCHEME = SchemeRef(_id("wheelchair-court"), "S21", "Wheelchair Court", ALPHA.id, "active")
LOCATION = LocationRef(_id("wheelchair-flats"), "301", "Flats", "AA1 1AD", SCHEME.id, "active", mobility_type="W")


class Schemes:
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        return [SCHEME] if organisation_id == ALPHA.id else []

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        return [LOCATION] if scheme_id == SCHEME.id else []


@pytest.fixture
def stub(sessions, keys) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    organisations = FakeOrganisations()
    organisations.organisations = [replace(o, provider_type="PRP") for o in organisations.organisations]
    served = registrations(sessions, organisations, lambda: TODAY, OptionSources(schemes=Schemes()))
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def _create(stub, token: str, values: dict) -> tuple[str, dict]:
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(values)), token=token)
    return log.id, json_format.MessageToDict(log.answers)


def _update(stub, token: str, log_id: str, values: dict) -> dict:
    log = call(stub.UpdateLog, pb.UpdateLogRequest(id=log_id, answers=struct(values)), token=token)
    return json_format.MessageToDict(log.answers)


def _shown_answer(stub, token: str, log_id: str, page_id: str) -> object:
    page = call(stub.GetFormPage, pb.GetFormPageRequest(log_id=log_id, page_id=page_id), token=token)
    return json_format.MessageToDict(page.questions[0].answer)


def test_a_renewal_fills_in_what_it_skips_and_takes_it_back_when_it_is_not_one(stub, callers):
    token = callers.provider()
    log_id, renewal = _create(stub, token, GENERAL_NEEDS_RENEWAL)

    assert {name: renewal.get(name) for name in ("rsnvac", "waityear", "voiddate", "unitletas", "prevten")} == {
        "rsnvac": 14,
        "waityear": 2,
        "voiddate": "2025-06-02",
        "unitletas": 1,
        "prevten": 32,  # the owner is a PRP
    }
    assert (renewal["lettype"], renewal["new_old"], renewal["vacdays"]) == (1, 2, 0)
    # 2025/26 still asks the source of referral: its pages show the renewal's answers, to be confirmed
    assert _shown_answer(stub, token, log_id, "referral_type") == 3
    assert _shown_answer(stub, token, log_id, "referral_prp") == 1

    letting = _update(stub, token, log_id, {"renewal": 0})

    assert not {"rsnvac", "waityear", "voiddate", "unitletas", "prevten", "referral", "referral_type"} & letting.keys()
    assert letting["new_old"] == 1


def test_a_supported_housing_letting_takes_its_wheelchair_standard_from_the_location(stub, callers):
    token = callers.provider()
    log_id, _ = _create(stub, token, {**GENERAL_NEEDS_RENEWAL, "needstype": 2, "renewal": 0})

    saved = call(
        stub.SaveFormPage,
        pb.SaveFormPageRequest(log_id=log_id, page_id="scheme", answers=struct({"scheme_id": SCHEME.id})),
        token=token,
    )
    answers = json_format.MessageToDict(saved.log.answers)

    assert (answers["location_id"], answers["wchair"], answers["lettype"]) == (LOCATION.id, 1, 2)


def test_household_and_money_values_follow_the_answers_given(stub, callers):
    token = callers.provider()
    log_id, _ = _create(stub, token, {**GENERAL_NEEDS_RENEWAL, "renewal": 0})

    answers = _update(
        stub,
        token,
        log_id,
        {
            **{"hhmemb": 2, "age1_known": 0, "age1": 30, "details_known_2": 0, "age2_known": 0, "age2": 5},
            **{"period": 2, "brent": 100, "hb": 6, "hbrentshortfall": 1, "tshortfall": 20},
        },
    )

    assert (answers["totadult"], answers["totchild"], answers["hhtype"], answers["ecstat2"]) == (1, 1, 5, 9)
    assert (answers["wrent"], answers["tcharge"], answers["wtcharge"], answers["supcharg"]) == (50, 100, 50, 0)
    assert (answers["has_benefits"], answers["wtshortfall"], answers["tshortfall_known"]) == (1, 10, 0)
