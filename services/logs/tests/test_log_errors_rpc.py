"""GetLogErrors: a stored log's hard errors by rule, with each answer that causes them; and clearing
those answers in one update. A log breaks a rule once stored when something it names changes: here its
organisation merges into another before the tenancy start date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.errors import NotFound
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
def errors_stub(sessions, keys, directory) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with running_grpc_server(registrations(sessions, directory, lambda: TODAY), keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def merged_log(stub, token: str, directory: FakeOrganisations) -> pb.Log:
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(SETUP)), token=token)
    directory.organisations = [
        replace(o, merge_date="2025-06-01", absorbing_organisation_id=FakeOrganisations.OTHER.id)
        if o.code == "ORG101"
        else o
        for o in directory.organisations
    ]
    return log


def errors_of(stub, token: str, log_id: str) -> dict[str, dict[str, pb.LogErrorAnswer]]:
    found = call(stub.GetLogErrors, pb.GetLogErrorsRequest(log_id=log_id), token=token)
    return {group.rule: {a.field: a for a in group.answers} for group in found.errors}


def test_each_rule_lists_every_answer_it_names_with_label_answer_and_page(errors_stub, callers, directory):
    log = merged_log(errors_stub, callers.provider(), directory)

    errors = errors_of(errors_stub, callers.provider(), log.id)

    startdate = errors["setup.startdate_org_merged"]["startdate"]
    assert startdate.label == "Tenancy start date" and startdate.page_id == "tenancy_start_date"
    assert startdate.answer == "2025-06-02" and startdate.clearable
    assert startdate.message == (
        "Enter a date when the owning and managing organisation was active. Alpha Homes became inactive on "
        "1 June 2025 and was replaced by Other Housing."
    )
    owner = errors["setup.owning_org_merged_before_startdate"]["owning_organisation_id"]
    assert not owner.clearable and owner.answer == "Alpha Homes"


def test_clearing_the_answers_in_one_update_ends_the_errors(errors_stub, callers, directory):
    log = merged_log(errors_stub, callers.provider(), directory)

    call(
        errors_stub.UpdateLog,
        pb.UpdateLogRequest(id=log.id, answers=struct({"startdate": None})),
        token=callers.provider(),
    )

    assert errors_of(errors_stub, callers.provider(), log.id) == {}


def test_another_organisations_log_has_no_errors_to_see(errors_stub, callers, orgs, directory):
    log = merged_log(errors_stub, callers.provider(), directory)
    with pytest.raises(NotFound):
        call(errors_stub.GetLogErrors, pb.GetLogErrorsRequest(log_id=log.id), token=callers.provider(orgs.OTHER))


def test_a_pages_unsaved_answers_are_checked_with_the_stored_ones(errors_stub, callers, directory):
    token = callers.provider()
    log = merged_log(errors_stub, token, directory)

    def proposing(startdate: str) -> dict[str, dict[str, pb.LogErrorAnswer]]:
        request = pb.GetLogErrorsRequest(
            log_id=log.id, page_id="tenancy_start_date", answers=struct({"startdate": startdate})
        )
        found = call(errors_stub.GetLogErrors, request, token=token)
        return {group.rule: {a.field: a for a in group.answers} for group in found.errors}

    assert proposing("2025-06-05")["setup.startdate_org_merged"]["startdate"].answer == "2025-06-05"
    assert proposing("2025-05-31") == {}
    stored = call(errors_stub.GetLog, pb.GetLogRequest(id=log.id), token=token)
    assert stored.answers["startdate"] == "2025-06-02"
