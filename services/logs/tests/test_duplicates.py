"""Duplicate sets: which logs are duplicates (each compared answer matters), keeping `duplicate_set_id`
right as logs change, and resolving a set over gRPC (keep one, or "not a duplicate", which sticks)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import NotFound, PermissionDenied
from core_platform.grpc_client import call
from logs_service.data import duplicates
from logs_service.data.models import Log
from logs_service.domain.logs import COMPLETED, DELETED, NOT_STARTED, PENDING

from .conftest import FakeOrganisations
from .factories import SUPPORTED, change, make_log


def in_one_set(*logs: Log) -> bool:
    return (
        logs[0].duplicate_set_id is not None
        and logs[0].duplicate_set_id > 0
        and (len({log.duplicate_set_id for log in logs}) == 1)
    )


def test_two_lettings_with_the_same_answers_form_a_set_and_a_third_joins_it(sessions):
    with sessions() as session:
        first = make_log(session)
        assert first.duplicate_set_id is None
        second = make_log(session, status=COMPLETED)
        third = make_log(session)
        assert in_one_set(first, second, third)


@pytest.mark.parametrize(
    ("field", "other"),
    [
        ("startdate", "2025-06-03"),
        ("tenancycode", "T-2"),
        ("postcode_full", "AB1 2CE"),
        ("address_line1", "2 Road"),
        ("age1", 31),
        ("sex1", "M"),
        ("ecstat1", 2),
        ("tcharge", 100.5),
    ],
)
def test_each_compared_lettings_answer_decides(sessions, field, other):
    with sessions() as session:
        first = make_log(session)
        second = make_log(session, **{field: other})
        assert first.duplicate_set_id is None and second.duplicate_set_id is None


def test_another_owning_organisation_makes_no_duplicate(sessions):
    with sessions() as session:
        make_log(session)
        other = make_log(session, owner=uuid.UUID(FakeOrganisations.OTHER.id))
        assert other.duplicate_set_id is None


def test_answers_compare_however_they_were_typed(sessions):
    with sessions() as session:
        first = make_log(session)
        second = make_log(session, postcode_full="ab1 2cd", tcharge=100, age1=30.0)
        assert in_one_set(first, second)


def test_a_log_missing_a_compared_answer_is_never_a_duplicate(sessions):
    with sessions() as session:
        make_log(session, sex1=None)
        assert make_log(session, sex1=None).duplicate_set_id is None


@pytest.mark.parametrize("status", [NOT_STARTED, PENDING, DELETED])
def test_only_logs_in_progress_or_completed_are_compared(sessions, status):
    with sessions() as session:
        make_log(session, status=status)
        assert make_log(session).duplicate_set_id is None


def test_supported_housing_compares_the_location_not_the_postcode(sessions):
    with sessions() as session:
        first = make_log(session, **SUPPORTED)
        second = make_log(session, **SUPPORTED)
        elsewhere = make_log(session, **{**SUPPORTED, "location_id": "l-2"})
        assert in_one_set(first, second)
        assert elsewhere.duplicate_set_id is None


def test_sales_compare_sale_date_purchaser_code_postcode_and_buyer_1(sessions):
    with sessions() as session:
        first = make_log(session, "sales")
        second = make_log(session, "sales")
        other_buyer = make_log(session, "sales", age1=41)
        letting = make_log(session, "lettings")
        assert in_one_set(first, second)
        assert other_buyer.duplicate_set_id is None and letting.duplicate_set_id is None


def test_changing_an_answer_leaves_the_set_and_a_set_of_one_dissolves(sessions):
    with sessions() as session:
        first, second = make_log(session), make_log(session)
        change(session, second, tenancycode="T-9")
        assert first.duplicate_set_id is None and second.duplicate_set_id is None
        change(session, second, tenancycode="T-1")
        assert in_one_set(first, second)


def test_not_a_duplicate_sticks_until_a_compared_answer_changes(sessions):
    with sessions() as session:
        first, second = make_log(session), make_log(session)
        duplicates.leave_duplicate_set(session, second, not_a_duplicate=True)
        assert first.duplicate_set_id is None
        change(session, second, propcode="anything not compared")
        make_log(session)  # a third identical log pairs with the first, not with the dismissed one
        assert second.duplicate_set_id is not None and second.duplicate_set_id < 0
        change(session, second, age1=31)
        change(session, second, age1=30)  # answers changed: compared again
        assert in_one_set(first, second)


# --- over gRPC ------------------------------------------------------------------------------------------


def _pair(sessions) -> tuple[str, str]:
    with sessions() as session:
        first, second = make_log(session), make_log(session)
        session.commit()
        return str(first.id), str(second.id)


def test_get_duplicate_logs_lists_the_log_then_its_duplicates_with_the_compared_answers(stub, callers, sessions):
    first, second = _pair(sessions)

    found = call(stub.GetDuplicateLogs, pb.GetDuplicateLogsRequest(log_id=first), token=callers.coordinator())

    assert [entry.log.id for entry in found.logs] == [first, second]
    assert found.logs[0].log.duplicate_set_id == found.logs[1].log.duplicate_set_id > 0
    compared = {q.id: q for q in found.logs[1].compared}
    assert {"startdate", "tenancycode", "postcode_full", "age1", "sex1", "ecstat1", "tcharge"} <= set(compared)
    assert compared["sex1"].answer.string_value == "F"
    with pytest.raises(NotFound):
        call(
            stub.GetDuplicateLogs,
            pb.GetDuplicateLogsRequest(log_id=first),
            token=callers.provider(FakeOrganisations.OTHER),
        )


def test_keep_deletes_the_duplicates(stub, callers, sessions):
    first, second = _pair(sessions)
    request = pb.ResolveDuplicatesRequest(log_id=first, resolution=pb.DUPLICATE_RESOLUTION_KEEP)

    resolved = call(stub.ResolveDuplicates, request, token=callers.coordinator())

    assert list(resolved.deleted_log_ids) == [second] and resolved.log.duplicate_set_id == 0
    with pytest.raises(NotFound):
        call(stub.GetLog, pb.GetLogRequest(id=second), token=callers.coordinator())


def test_a_provider_may_not_delete_duplicates_assigned_to_someone_else(stub, callers, sessions):
    first, second = _pair(sessions)
    request = pb.ResolveDuplicatesRequest(log_id=first, resolution=pb.DUPLICATE_RESOLUTION_KEEP)

    with pytest.raises(PermissionDenied):
        call(stub.ResolveDuplicates, request, token=callers.provider())
    assert call(stub.GetLog, pb.GetLogRequest(id=second), token=callers.coordinator()).duplicate_set_id > 0


def test_not_a_duplicate_over_grpc_clears_both_logs(stub, callers, sessions):
    first, second = _pair(sessions)
    request = pb.ResolveDuplicatesRequest(log_id=first, resolution=pb.DUPLICATE_RESOLUTION_NOT_A_DUPLICATE)

    resolved = call(stub.ResolveDuplicates, request, token=callers.coordinator())

    assert resolved.log.duplicate_set_id == 0 and not resolved.deleted_log_ids
    assert call(stub.GetLog, pb.GetLogRequest(id=second), token=callers.coordinator()).duplicate_set_id == 0


def test_deleting_one_of_a_pair_dissolves_the_set_and_the_list_filters_duplicates(stub, callers, sessions):
    first, second = _pair(sessions)
    token = callers.coordinator()
    listed = call(stub.ListLogs, pb.ListLogsRequest(duplicates_only=True), token=token)
    assert {log.id for log in listed.logs} == {first, second}

    call(stub.DeleteLog, pb.DeleteLogRequest(id=second), token=token)

    assert call(stub.GetLog, pb.GetLogRequest(id=first), token=token).duplicate_set_id == 0
    assert call(stub.ListLogs, pb.ListLogsRequest(duplicates_only=True), token=token).total == 0


def test_search_finds_a_postcode_however_spaced_and_bulk_upload_filters(stub, callers, sessions):
    with sessions() as session:
        log = make_log(session, postcode_full="SW1A 1AA")
        log.postcode_full, log.bulk_upload_id = "SW1A 1AA", "upload-1"
        make_log(session, postcode_full="N1 9GU", tenancycode="T-2").postcode_full = "N1 9GU"
        session.commit()
        log_id = str(log.id)
    token = callers.coordinator()

    for term in ("sw1a1aa", "SW1A 1AA", "w1a 1"):
        assert [found.id for found in call(stub.ListLogs, pb.ListLogsRequest(search=term), token=token).logs] == [
            log_id
        ]
    by_upload = call(stub.ListLogs, pb.ListLogsRequest(bulk_upload_id="upload-1"), token=token)
    assert [found.id for found in by_upload.logs] == [log_id]
    assert date(2025, 6, 2).isoformat() == by_upload.logs[0].startdate
