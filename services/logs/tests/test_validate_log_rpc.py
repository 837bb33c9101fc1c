"""ValidateLog, and the validation engine at work when answers are saved: through a real channel."""

from __future__ import annotations

import pytest
from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call

SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}
RETIRED_AT_40 = {"hhmemb": 1, "age1": 40, "ecstat1": 5}


def struct(values: dict) -> struct_pb2.Struct:
    answers = struct_pb2.Struct()
    answers.update(values)
    return answers


def validate(stub, token: str, values: dict, year: int = 0) -> pb.ValidateLogResponse:
    request = pb.ValidateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(values), collection_year=year)
    return call(stub.ValidateLog, request, token=token)


def test_hard_errors_and_soft_warnings_come_back_with_their_rule_ids(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, **RETIRED_AT_40, "mrcdate": "2025-06-03", "majorrepairs": 1})

    assert found.collection_year == 2025
    assert found.status == "in_progress"
    assert ("mrcdate", "date.mrcdate_after_startdate") in [(e.field, e.rule) for e in found.errors]
    warning = next(w for w in found.warnings if w.rule == "soft.retired_under_66")
    assert warning.confirmation_field == "retirement_value_check"
    assert "ecstat1" in warning.fields
    assert warning.message == "You told us this person is aged 40 years and retired."


def test_a_confirmed_warning_is_not_reported(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, **RETIRED_AT_40, "retirement_value_check": 0})

    assert "soft.retired_under_66" not in [w.rule for w in found.warnings]


def test_answers_that_do_not_parse_are_errors_with_the_shared_rule_ids(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, "hhmemb": "two", "age1": 150, "startdate": "2025-02-30"})

    rules = {e.field: e.rule for e in found.errors}
    assert rules["hhmemb"] == "shared.numeric_format"
    assert rules["age1"] == "shared.numeric_min_max"
    assert rules["startdate"] == "date.invalid_date"


def test_unknown_fields_are_invalid_argument_and_nothing_is_stored(stub, callers):
    with pytest.raises(InvalidArgument) as raised:
        validate(stub, callers.provider(), {**SETUP, "favourite_colour": "blue"})
    assert "favourite_colour" in raised.value.field_errors
    listed = call(stub.ListLogs, pb.ListLogsRequest(log_type=pb.LOG_TYPE_LETTINGS), token=callers.provider())
    assert listed.total == 0


def test_the_owner_may_be_given_by_code_and_the_year_chosen(stub, callers, orgs):
    found = validate(stub, callers.provider(), {"owning_organisation_id": orgs.BETA.code}, year=2026)
    assert found.collection_year == 2026
    assert [e.field for e in found.errors] == []

    other = validate(stub, callers.provider(), {"owning_organisation_id": orgs.OTHER.code})
    assert [e.field for e in other.errors] == ["owning_organisation_id"]


def test_a_year_without_a_form_is_invalid_argument(stub, callers):
    with pytest.raises(InvalidArgument):
        validate(stub, callers.provider(), SETUP, year=2019)


def test_an_update_whose_answer_breaks_a_hard_rule_is_rejected_with_the_rule_message(stub, callers):
    token = callers.provider()
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(SETUP)), token=token)

    with pytest.raises(InvalidArgument) as raised:
        call(
            stub.UpdateLog,
            pb.UpdateLogRequest(id=log.id, answers=struct({"mrcdate": "2025-06-03", "majorrepairs": 1})),
            token=token,
        )
    assert "mrcdate" in raised.value.field_errors


def test_lenient_update_leaves_out_answers_with_hard_errors(stub, callers):
    token = callers.provider()
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct(SETUP)), token=token)

    request = pb.UpdateLogRequest(id=log.id, answers=struct({"mrcdate": "2025-06-03", "majorrepairs": 1}), lenient=True)
    updated = call(stub.UpdateLog, request, token=token)

    assert "mrcdate" in [r.field for r in updated.rejected]
    assert "mrcdate" not in updated.answers


def test_without_a_year_the_start_date_chooses_the_form(stub, callers):
    in_2025 = validate(stub, callers.provider(), {"startdate": "2025-06-02"})
    assert in_2025.collection_year == 2025
    assert [e.field for e in in_2025.errors] == []

    # Today (2025-11-24) the 2026/27 year is not open yet: its form is still used, and says so.
    in_2026 = validate(stub, callers.provider(), {"startdate": "2026-06-02"})
    assert in_2026.collection_year == 2026
    assert [(e.field, e.rule) for e in in_2026.errors] == [("startdate", "setup.startdate_outside_collection_window")]


def test_a_uprn_the_address_search_does_not_know_is_an_error_and_a_known_one_is_not(stub, callers):
    unknown = validate(stub, callers.provider(), {**SETUP, "uprn": "99999999999"})
    known = validate(stub, callers.provider(), {**SETUP, "uprn": "10090000001"})

    assert [(e.field, e.rule, e.message) for e in unknown.errors if e.field == "uprn"] == [
        ("uprn", "property.uprn_lookup_failed", "UPRN is not recognised. Check the number, or enter the address.")
    ]
    assert "uprn" not in [e.field for e in known.errors]
