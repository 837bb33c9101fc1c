"""ValidateLog for sales logs: the sales rules, the sale completion date choosing the form; through a
real channel. Today is pinned to 2025-11-24."""

from __future__ import annotations

from google.protobuf import struct_pb2

from core.logs.v1 import logs_pb2 as pb
from core_platform.grpc_client import call

SETUP = {"saledate": "2025-06-02", "ownershipsch": 1, "purchid": "S-1"}
HANDED_OVER_AFTER_SALE = {"hodate": "2025-06-03"}
STAIRCASED_60 = {"stairbought": 60}


def struct(values: dict) -> struct_pb2.Struct:
    answers = struct_pb2.Struct()
    answers.update(values)
    return answers


def validate(stub, token: str, values: dict, year: int = 0) -> pb.ValidateLogResponse:
    request = pb.ValidateLogRequest(log_type=pb.LOG_TYPE_SALES, answers=struct(values), collection_year=year)
    return call(stub.ValidateLog, request, token=token)


def test_a_hard_error_comes_back_with_its_rule_id(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, **HANDED_OVER_AFTER_SALE})

    assert found.collection_year == 2025
    assert found.status == "in_progress"
    assert ("hodate", "sale.hodate_after_saledate") in [(e.field, e.rule) for e in found.errors]
    assert ("saledate", "sale.hodate_after_saledate") in [(e.field, e.rule) for e in found.errors]


def test_a_soft_warning_comes_back_with_its_confirmation_field(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, **STAIRCASED_60})

    warning = next(w for w in found.warnings if w.rule == "soft.staircase_bought_over_50")
    assert warning.confirmation_field == "staircase_bought_value_check"
    assert list(warning.fields) == ["stairbought"]
    assert warning.message == "You told us that 60% was bought in this staircasing transaction."
    assert [e.rule for e in found.errors] == []


def test_a_confirmed_warning_is_not_reported(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, **STAIRCASED_60, "staircase_bought_value_check": 0})

    assert "soft.staircase_bought_over_50" not in [w.rule for w in found.warnings]


def test_without_a_year_the_sale_completion_date_chooses_the_form(stub, callers):
    in_2025 = validate(stub, callers.provider(), {"saledate": "2025-06-02"})
    assert in_2025.collection_year == 2025
    assert [e.field for e in in_2025.errors] == []

    # Today (2025-11-24) the 2026/27 year is not open yet: its form is still used, and says so.
    in_2026 = validate(stub, callers.provider(), {"saledate": "2026-06-02"})
    assert in_2026.collection_year == 2026
    assert [(e.field, e.rule) for e in in_2026.errors] == [("saledate", "setup.saledate_outside_collection_window")]


def test_a_chosen_year_is_used_and_without_a_sale_date_today_chooses(stub, callers):
    chosen = validate(stub, callers.provider(), {"purchid": "S-2"}, year=2026)
    assert chosen.collection_year == 2026

    undated = validate(stub, callers.provider(), {"purchid": "S-2", "saledate": ""})
    assert undated.collection_year == 2025


def test_sale_dates_out_of_range_carry_the_sales_rule_ids(stub, callers):
    too_early = validate(stub, callers.provider(), {"saledate": "2024-06-02"})
    assert [(e.field, e.rule) for e in too_early.errors] == [("saledate", "setup.saledate_outside_collection_window")]

    too_late = validate(stub, callers.provider(), {"saledate": "2025-12-15"})
    assert [(e.field, e.rule) for e in too_late.errors] == [("saledate", "setup.saledate_more_than_14_days_ahead")]
    assert too_late.errors[0].message == "Sale completion date must not be later than 14 days from today’s date."


def test_answers_that_do_not_parse_are_errors_with_the_shared_rule_ids(stub, callers):
    found = validate(stub, callers.provider(), {**SETUP, "stairbought": "lots"})

    assert {e.field: e.rule for e in found.errors}["stairbought"] == "shared.numeric_format"
