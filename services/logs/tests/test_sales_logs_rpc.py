"""Sales logs through the logs gRPC surface: the sale completion date chooses the collection year; a save
resets the values that depend on what it changed."""

from __future__ import annotations

import pytest
from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call


def create(stub, token: str, values: dict, lenient: bool = False) -> pb.Log:
    answers = struct_pb2.Struct()
    answers.update(values)
    request = pb.CreateLogRequest(log_type=pb.LOG_TYPE_SALES, answers=answers, lenient=lenient)
    return call(stub.CreateLog, request, token=token)


def test_sales_log_takes_its_collection_year_from_the_sale_completion_date(stub, callers, orgs):
    log = create(stub, callers.provider(), {"saledate": "2025-06-02", "ownershipsch": 1, "jointpur": 1})

    assert (log.log_type, log.status, log.collection_year) == (pb.LOG_TYPE_SALES, pb.LOG_STATUS_IN_PROGRESS, 2025)
    assert log.answers["ownershipsch"] == 1 and log.owning_organisation_id == orgs.ALPHA.id


def test_sale_completion_date_outside_the_open_years_is_rejected(stub, callers):
    with pytest.raises(InvalidArgument) as raised:
        create(stub, callers.provider(), {"saledate": "2024-06-02", "ownershipsch": 9})

    assert raised.value.field_errors == {
        "saledate": "Enter a date within the 2025 to 2026 collection year, which is between 1st April 2025 and "
        "31st March 2026.",
        "ownershipsch": "Tell us if purchase made under ownership scheme",
    }


def test_lenient_sales_create_keeps_the_valid_answers(stub, callers):
    log = create(stub, callers.provider(), {"saledate": "2024-06-02", "purchid": "P-7"}, lenient=True)

    assert log.answers["purchid"] == "P-7" and "saledate" not in log.answers
    assert [(r.field, r.message[:23]) for r in log.rejected] == [("saledate", "Enter a date within the")]


def update(stub, token: str, log_id: str, values: dict) -> pb.Log:
    answers = struct_pb2.Struct()
    answers.update(values)
    return call(stub.UpdateLog, pb.UpdateLogRequest(id=log_id, answers=answers), token=token)


def test_a_bedsits_one_bedroom_is_cleared_only_by_the_save_that_changes_the_property_type(stub, callers):
    log = create(stub, callers.provider(), {"saledate": "2025-06-02", "ownershipsch": 1, "proptype": 2})
    assert log.answers["beds"] == 1

    assert update(stub, callers.provider(), log.id, {"purchid": "P-1"}).answers["beds"] == 1
    assert "beds" not in update(stub, callers.provider(), log.id, {"proptype": 1}).answers
