"""The logs gRPC surface, through a real channel to the in-process server and a real database."""

from __future__ import annotations

import pytest
from google.protobuf import json_format, struct_pb2
from sqlalchemy import func, select

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied, Unauthenticated
from core_platform.grpc_client import call, stream
from logs_service.data.models import Log, outbox
from logs_service.operations import logs as operations

SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}


def answers(values: dict) -> struct_pb2.Struct:
    struct = struct_pb2.Struct()
    struct.update(values)
    return struct


def create(stub, token: str, values: dict | None = None, log_type=pb.LOG_TYPE_LETTINGS) -> pb.Log:
    request = pb.CreateLogRequest(log_type=log_type, answers=answers(SETUP if values is None else values))
    return call(stub.CreateLog, request, token=token)


def get(stub, token: str, log_id: str) -> pb.Log:
    return call(stub.GetLog, pb.GetLogRequest(id=log_id), token=token)


def events(sessions, event_type: str) -> list[dict]:
    with sessions() as session:
        rows = session.execute(select(outbox.c.payload).where(outbox.c.event_type == event_type)).scalars()
        return list(rows)


def test_provider_creates_a_log_their_organisation_owns_and_manages(stub, callers, orgs):
    log = create(stub, callers.provider())

    read = get(stub, callers.coordinator(), log.id)
    assert read == log
    assert (read.owning_organisation_id, read.owning_organisation_code) == (orgs.ALPHA.id, "ORG101")
    assert (read.managing_organisation_id, read.managing_organisation_code) == (orgs.ALPHA.id, "ORG101")
    assert (read.status, read.collection_year) == (pb.LOG_STATUS_IN_PROGRESS, 2025)
    assert read.created_by_id == read.assigned_to_id == callers.alpha_user_id
    assert read.answers["needstype"] == 1 and read.answers["tenancycode"] == "T-1"
    assert read.answers["owning_organisation_id"] == orgs.ALPHA.id


def test_another_organisations_log_is_not_found_but_support_sees_it(stub, callers, orgs):
    log = create(stub, callers.provider())

    with pytest.raises(NotFound):
        get(stub, callers.provider(orgs.OTHER), log.id)
    assert get(stub, callers.support(), log.id).id == log.id


def test_log_for_a_stock_owner_given_by_code_is_seen_by_owner_and_managing_agent(stub, callers, orgs):
    log = create(stub, callers.provider(), {"owning_organisation_id": "ORG102", "needstype": 1})

    assert (log.owning_organisation_code, log.managing_organisation_code) == ("ORG102", "ORG101")
    assert get(stub, callers.provider(orgs.BETA), log.id).id == log.id
    assert get(stub, callers.provider(orgs.ALPHA), log.id).id == log.id


def test_owner_the_caller_may_not_record_for_is_rejected(stub, callers, orgs):
    with pytest.raises(InvalidArgument) as raised:
        create(stub, callers.provider(), {"owning_organisation_id": orgs.OTHER.id})
    assert raised.value.field_errors == {"owning_organisation_id": "Select stock owner"}


def test_invalid_answers_come_back_as_field_errors_with_the_live_messages(stub, callers):
    values = {"needstype": 5, "startdate": "2026-04-01", "renewal": None}
    with pytest.raises(InvalidArgument) as raised:
        create(stub, callers.provider(), values)
    assert raised.value.field_errors == {
        "needstype": "Select needs type",
        "startdate": "Enter a date within the 2025 to 2026 collection year, which is between 1st April 2025 and "
        "31st March 2026.",
    }


def test_creating_records_the_event_and_a_failed_create_records_nothing(stub, callers, sessions, orgs):
    log = create(stub, callers.provider())
    with pytest.raises(InvalidArgument):
        create(stub, callers.provider(), {"tenancycode": "T-2", "needstype": 9})

    assert events(sessions, "logs.log_created") == [
        {"log_id": log.id, "log_type": "lettings", "owning_organisation_id": orgs.ALPHA.id, "collection_year": 2025}
    ]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Log)) == 1


def test_the_log_and_its_event_are_written_in_one_transaction(deps, callers, keys, sessions, monkeypatch, orgs):
    def broken_outbox(*args, **kwargs):
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr(operations, "record_event", broken_outbox)
    principal = keys.verifier.verify(callers.provider())
    with pytest.raises(RuntimeError):
        operations.create_log(deps, principal, "lettings", SETUP)

    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Log)) == 0


def test_update_merges_answers_and_null_clears_one(stub, callers, sessions):
    log = create(stub, callers.provider())

    request = pb.UpdateLogRequest(id=log.id, answers=answers({"propcode": None, "rent_type": 2}))
    updated = call(stub.UpdateLog, request, token=callers.provider())

    assert "propcode" not in updated.answers
    assert updated.answers["rent_type"] == 2 and updated.answers["tenancycode"] == "T-1"
    assert [e["fields"] for e in events(sessions, "logs.log_updated")] == [["propcode", "rent_type"]]


def test_deleted_log_is_gone_for_everyone(stub, callers, sessions):
    log = create(stub, callers.provider())

    call(stub.DeleteLog, pb.DeleteLogRequest(id=log.id), token=callers.coordinator())

    for token in (callers.provider(), callers.support()):
        with pytest.raises(NotFound):
            get(stub, token, log.id)
    listed = call(stub.ListLogs, pb.ListLogsRequest(), token=callers.coordinator())
    assert listed.total == 0
    assert [e["log_id"] for e in events(sessions, "logs.log_deleted")] == [log.id]


def test_provider_may_delete_only_logs_assigned_to_them(stub, callers):
    log = create(stub, callers.coordinator())
    with pytest.raises(PermissionDenied):
        call(stub.DeleteLog, pb.DeleteLogRequest(id=log.id), token=callers.provider())


def test_list_is_paged_newest_first_and_shows_only_the_callers_organisations_logs(stub, callers, orgs):
    mine = [create(stub, callers.provider(), {**SETUP, "tenancycode": f"T-{n}"}).id for n in range(3)]
    create(stub, callers.provider(orgs.OTHER))

    first = call(stub.ListLogs, pb.ListLogsRequest(page=1, page_size=2), token=callers.provider())
    second = call(stub.ListLogs, pb.ListLogsRequest(page=2, page_size=2), token=callers.provider())
    everything = call(stub.ListLogs, pb.ListLogsRequest(page_size=10), token=callers.support())

    assert (first.total, second.total, everything.total) == (3, 3, 4)
    assert [log.id for log in [*first.logs, *second.logs]] == list(reversed(mine))


def test_a_list_may_ask_for_only_the_answers_lists_show(stub, callers):
    create(stub, callers.provider(), {**SETUP, "tenancycode": "T-1"})

    whole = call(stub.ListLogs, pb.ListLogsRequest(), token=callers.provider()).logs[0]
    shown = call(stub.ListLogs, pb.ListLogsRequest(list_answers_only=True), token=callers.provider()).logs[0]

    assert dict(shown.answers) == {"tenancycode": "T-1", "propcode": "P-1", "startdate": SETUP["startdate"]}
    assert set(whole.answers) > set(shown.answers)


def test_list_filters_by_search_status_and_year(stub, callers):
    wanted = create(stub, callers.provider(), {**SETUP, "tenancycode": "FIND-me"})
    create(stub, callers.provider(), {"tenancycode": "other"})

    def ids(**filters):
        response = call(stub.ListLogs, pb.ListLogsRequest(**filters), token=callers.provider())
        return [log.id for log in response.logs]

    assert ids(search="find") == [wanted.id]
    assert ids(search=wanted.id) == [wanted.id]
    assert ids(collection_year=2025) == [wanted.id]
    assert len(ids(statuses=[pb.LOG_STATUS_IN_PROGRESS])) == 2
    assert ids(log_type=pb.LOG_TYPE_SALES) == []


def test_stream_sends_visible_logs_and_deletions_since_a_time(stub, callers, orgs):
    kept = create(stub, callers.provider())
    deleted = create(stub, callers.coordinator())
    create(stub, callers.provider(orgs.OTHER))
    call(stub.DeleteLog, pb.DeleteLogRequest(id=deleted.id), token=callers.coordinator())

    current = list(stream(stub.StreamLogs, pb.StreamLogsRequest(), token=callers.provider()))
    since = pb.StreamLogsRequest(updated_since=kept.updated_at)
    changes = list(stream(stub.StreamLogs, since, token=callers.provider()))

    assert [log.id for log in current] == [kept.id]
    assert [(log.id, log.status) for log in changes] == [(deleted.id, pb.LOG_STATUS_DELETED)]


def test_every_call_needs_a_token(stub):
    with pytest.raises(Unauthenticated):
        call(stub.ListLogs, pb.ListLogsRequest())


def test_lenient_create_stores_valid_answers_and_reports_the_rejected_ones(stub, callers, orgs):
    """The REST API's create (ADR 0008): a start date outside the open collection windows is left out."""
    answers = {"needstype": 1, "renewal": 0, "startdate": "2020-06-02", "tenancycode": "ACCEPT-1", "propcode": "P-1"}
    request = pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, lenient=True)
    request.answers.update(answers)
    log = call(stub.CreateLog, request, token=callers.provider(orgs.OTHER))
    stored = json_format.MessageToDict(log.answers)
    assert stored["tenancycode"] == "ACCEPT-1" and "startdate" not in stored
    assert [error.field for error in log.rejected] == ["startdate"]


def test_lenient_create_still_rejects_unknown_fields(stub, callers, orgs):
    request = pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, lenient=True)
    request.answers.update({"tenancycode": "T", "not_a_field": 1})
    with pytest.raises(InvalidArgument) as raised:
        call(stub.CreateLog, request, token=callers.provider(orgs.OTHER))
    assert set(raised.value.field_errors) == {"not_a_field"}
