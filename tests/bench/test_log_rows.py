"""The logs benchmark's generated data and its figures (no timings are asserted: `make bench` reports them)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from bench import load, log_rows, logs_load
from logs_service.data.models import Log
from logs_service.domain.logs import metadata_from

TODAY = date(2026, 11, 24)


def test_rows_are_repeatable_and_fill_only_columns_the_logs_table_has():
    first = [row.values for row in log_rows.log_rows(200, TODAY)]
    assert first == [row.values for row in log_rows.log_rows(200, TODAY)]
    assert set(first[0]) <= set(Log.__table__.columns.keys())
    assert len({values["id"] for values in first}) == 200


def test_columns_agree_with_the_answers_as_the_service_derives_them():
    for row in log_rows.log_rows(300, TODAY):
        values, answers = row.values, json.loads(row.values["answers"])
        derived = metadata_from(answers)
        assert values["startdate"] == (derived.startdate.isoformat() if derived.startdate else None)
        assert values["collection_year"] == (str(derived.collection_year) if derived.collection_year else None)
        assert values["tenancycode"] == derived.tenancycode and values["postcode_full"] == derived.postcode_full
        assert values["owning_organisation_id"] == derived.owning_organisation_id
        assert values["managing_organisation_id"] == derived.managing_organisation_id
        assert values["startdate"] is None or values["startdate"] <= TODAY.isoformat()


def test_a_mix_of_statuses_years_and_organisation_sizes():
    rows = [row.values for row in log_rows.log_rows(5000, TODAY)]
    assert set(Counter(values["status"] for values in rows)) == set(log_rows.STATUSES)
    assert {values["collection_year"] for values in rows} == {None, "2024", "2025", "2026"}
    owners = Counter(values["owning_organisation_code"] for values in rows)
    assert owners["ORG1"] > 5 * owners["ORG100"] > 0
    assert any(values["owning_organisation_id"] != values["managing_organisation_id"] for values in rows)


def test_wrk_output_becomes_figures_in_milliseconds(tmp_path):
    output = (
        "Running 20s test\n"
        'BENCH_RESULT {"requests": 2500, "duration_us": 20000000, "unexpected_status": 0, "socket_errors": 0, '
        '"p50_us": 150000, "p95_us": 190500, "p99_us": 250000, "max_us": 400000}\n'
    )
    figures = load.summarise(output)
    assert figures["per_second"] == 125.0 and figures["p95_ms"] == 190.5 and figures["unexpected_status"] == 0
    written = logs_load.write_results({"scenarios": {"list": figures}}, tmp_path)
    assert json.loads(written.read_text())["scenarios"]["list"]["p50_ms"] == 150.0
