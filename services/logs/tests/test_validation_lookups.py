"""Rules that look organisations up, at work through a real channel: the organisations directory (a
fake here) gives merge dates, available-from dates, data sharing agreements and rent periods."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.server import registrations

from .conftest import TODAY, FakeOrganisations

SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}


def struct(values: dict) -> struct_pb2.Struct:
    answers = struct_pb2.Struct()
    answers.update(values)
    return answers


@pytest.fixture
def directory() -> FakeOrganisations:
    return FakeOrganisations()


@pytest.fixture
def lookup_stub(sessions, keys, directory) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with running_grpc_server(registrations(sessions, directory, lambda: TODAY), keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def change(directory: FakeOrganisations, code: str, **values: object) -> None:
    directory.organisations = [replace(o, **values) if o.code == code else o for o in directory.organisations]


def validate(stub, token: str, values: dict) -> dict[str, tuple[str, str]]:
    request = pb.ValidateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(values))
    return {(e.field, e.rule): e.message for e in call(stub.ValidateLog, request, token=token).errors}


def test_an_owner_merged_before_the_start_date_is_an_error(lookup_stub, callers, directory):
    change(directory, "ORG101", merge_date="2025-06-01", absorbing_organisation_id=FakeOrganisations.OTHER.id)

    errors = validate(lookup_stub, callers.provider(), SETUP)

    assert errors[("owning_organisation_id", "setup.owning_org_merged_before_startdate")] == (
        "The owning organisation must be active on the tenancy start date. Alpha Homes became inactive on "
        "1 June 2025 and was replaced by Other Housing."
    )
    assert ("startdate", "setup.startdate_org_merged") in errors
    assert not validate(lookup_stub, callers.provider(), {**SETUP, "startdate": "2025-05-31"})


def test_a_new_absorbing_owner_is_not_active_before_its_available_from_date(lookup_stub, callers, directory):
    change(directory, "ORG101", available_from="2025-06-03", has_absorbed_organisations=True)

    errors = validate(lookup_stub, callers.provider(), SETUP)

    assert errors[("owning_organisation_id", "setup.owning_org_absorbing_not_yet_active")] == (
        "The owning organisation must be active on the tenancy start date. Alpha Homes became active on 3 June 2025."
    )
    assert errors[("startdate", "setup.startdate_org_not_yet_active")] == (
        "Enter a date when the owning and managing organisation was active. Alpha Homes became active on 3 June 2025."
    )
    assert not validate(lookup_stub, callers.provider(), {**SETUP, "startdate": "2025-06-03"})


def test_a_period_the_managing_organisation_does_not_use_is_an_error(lookup_stub, callers, directory):
    change(directory, "ORG101", rent_periods=(1, 2))

    errors = validate(lookup_stub, callers.provider(), {**SETUP, "period": 4})

    assert errors[("period", "financial.rent_period_not_used_by_org")] == (
        "Alpha Homes does not use every calendar month as a rent period. Choose another rent period, or a data "
        "coordinator can add rent periods to your organisation."
    )
    assert not validate(lookup_stub, callers.provider(), {**SETUP, "period": 2})


def test_the_data_sharing_agreement_is_checked_when_the_organisation_is_chosen(lookup_stub, callers, directory):
    token = callers.provider()
    log = call(
        lookup_stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(SETUP)), token=token
    )
    change(directory, "ORG101", data_sharing_agreement_signed=False)

    # an unchanged organisation is not checked again: other answers still save
    call(lookup_stub.UpdateLog, pb.UpdateLogRequest(id=log.id, answers=struct({"tenancycode": "T-2"})), token=token)
    request = pb.UpdateLogRequest(id=log.id, answers=struct({"managing_organisation_id": FakeOrganisations.DELTA.id}))
    change(directory, "ORG104", data_sharing_agreement_signed=False)
    with pytest.raises(InvalidArgument) as raised:
        call(lookup_stub.UpdateLog, request, token=callers.support())
    assert raised.value.field_errors["managing_organisation_id"] == (
        "The organisation must accept the Data Sharing Agreement before it can be selected as the managing "
        "organisation."
    )
