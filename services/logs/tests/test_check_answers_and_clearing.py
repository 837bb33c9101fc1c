"""A subsection's check answers, and answers cleared when their page is no longer routed to."""

from __future__ import annotations

import pytest
from google.protobuf import json_format, struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import NotFound
from core_platform.grpc_client import call


def new_log(stub, token: str, values: dict) -> pb.Log:
    struct = struct_pb2.Struct()
    struct.update(values)
    return call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct), token=token)


def save(stub, token: str, log_id: str, page_id: str, values: dict) -> pb.SaveFormPageResponse:
    struct = struct_pb2.Struct()
    struct.update(values)
    return call(stub.SaveFormPage, pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct), token=token)


def check_answers(stub, token: str, log_id: str, subsection_id: str) -> pb.CheckAnswers:
    request = pb.GetCheckAnswersRequest(log_id=log_id, subsection_id=subsection_id)
    return call(stub.GetCheckAnswers, request, token=token)


def test_check_answers_lists_the_routed_pages_of_the_subsection_with_answers(stub, callers, orgs):
    token = callers.provider(orgs.OTHER)
    log = new_log(stub, token, {"needstype": 1, "renewal": 0, "startdate": "2025-06-02"})

    check = check_answers(stub, token, log.id, "setup")

    assert (check.subsection_id, check.subsection_label, check.status) == (
        "setup",
        "Set up this lettings log",
        "in_progress",
    )
    page_ids = [page.page_id for page in check.pages]
    assert page_ids[:3] == ["needs_type", "renewal", "tenancy_start_date"]
    assert "stock_owner" not in page_ids  # one possible owner: never shown
    needs = check.pages[0].questions[0]
    assert json_format.MessageToDict(needs.answer) == 1


def test_check_answers_of_a_subsection_that_cannot_start_yet_is_not_found(stub, callers, orgs):
    token = callers.provider(orgs.OTHER)
    log = new_log(stub, token, {"needstype": 1})
    with pytest.raises(NotFound):
        check_answers(stub, token, log.id, "household_needs")
    with pytest.raises(NotFound):
        check_answers(stub, token, log.id, "no_such_subsection")


def test_another_organisations_log_has_no_check_answers(stub, callers, orgs):
    log = new_log(stub, callers.provider(orgs.OTHER), {"needstype": 1})
    with pytest.raises(NotFound):
        check_answers(stub, callers.provider(orgs.ALPHA), log.id, "setup")


def test_an_answer_whose_page_is_no_longer_routed_is_cleared(stub, callers, orgs):
    token = callers.provider(orgs.OTHER)
    # The product name is revealed only under "Other intermediate rent product" (rent_type 5).
    log = new_log(stub, token, {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "rent_type": 2})
    assert "irproduct_other" not in json_format.MessageToDict(log.answers)
    saved = save(stub, token, log.id, "rent_type", {"rent_type": "5", "irproduct_other": "Something"})
    assert json_format.MessageToDict(saved.log.answers)["irproduct_other"] == "Something"

    changed = save(stub, token, log.id, "rent_type", {"rent_type": "0", "irproduct_other": ""})

    answers = json_format.MessageToDict(changed.log.answers)
    assert "irproduct_other" not in answers and answers["rent_type"] == 0
