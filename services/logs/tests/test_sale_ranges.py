"""Sale ranges: parsing the published files (bad rows reported with line numbers), replacing one
year in one go, the import command, loading the shipped tables and looking a range up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from core_platform.db import SessionFactory, session_scope
from logs_service import manage
from logs_service.data import reference

HEADER = "la_name,la,bedrooms,soft_min,soft_max\n"
ADUR_1 = "Adur,E07000223,1,117760,415744\n"


def test_parses_the_published_file_keeping_names_with_commas_out() -> None:
    parsed = reference.parse_sale_ranges("\ufeff" + HEADER + ADUR_1 + '"Bristol, City of",E06000023,4,1,2\n', 2026)
    assert parsed.problems == []
    assert parsed.rows == [
        {
            "start_year": 2026,
            "la": "E07000223",
            "bedrooms": 1,
            "soft_min": Decimal(117760),
            "soft_max": Decimal(415744),
        },
        {"start_year": 2026, "la": "E06000023", "bedrooms": 4, "soft_min": Decimal(1), "soft_max": Decimal(2)},
    ]


def test_rejects_bad_rows_with_their_line_numbers() -> None:
    text = HEADER + ADUR_1 + "Adur,E0700,5,x,2\nAdur,E07000223,2,-1,2\nAdur,E07000223,3,300,200\nAdur,E07000223,1,1,2\n"
    assert reference.parse_sale_ranges(text, 2026).problems == [
        "line 3: la must be a 9-character local authority code, got 'E0700'",
        "line 3: bedrooms must be 1 to 4, got 5",
        "line 3: soft_min must be an amount, got 'x'",
        "line 4: soft_min must be an amount of 0 or more, got '-1'",
        "line 5: soft_min must not be above soft_max",
        "line 6: repeats la E07000223, bedrooms 1 of line 2",
    ]


def test_rejects_a_file_without_the_columns_or_rows() -> None:
    assert reference.parse_sale_ranges("la,beds\n", 2026).problems == [
        "line 1: missing columns: bedrooms, soft_min, soft_max"
    ]
    assert reference.parse_sale_ranges(HEADER, 2026).problems == ["the file has no rows"]


@pytest.mark.parametrize("year", [2025, 2026])
def test_shipped_files_are_valid(year: int) -> None:
    text = (reference.SHIPPED / f"sale_ranges_{year}.csv").read_text(encoding="utf-8")
    parsed = reference.parse_sale_ranges(text, year)
    assert parsed.problems == []
    assert len(parsed.rows) == 1184


def test_import_replaces_only_that_year(sessions: SessionFactory) -> None:
    with session_scope(sessions) as session:
        reference.replace_sale_ranges(session, 2026, reference.parse_sale_ranges(HEADER + ADUR_1, 2026).rows)
        reference.replace_sale_ranges(session, 2025, reference.parse_sale_ranges(HEADER + ADUR_1, 2025).rows)
        second = reference.parse_sale_ranges(HEADER + "Adur,E07000223,2,204800,446464\n", 2026)
        assert reference.replace_sale_ranges(session, 2026, second.rows) == 1
        loaded = reference.load_reference(session)
        assert loaded.sale_range(2026, "E07000223", 1) is None
        found = loaded.sale_range(2026, "E07000223", 2)
        assert found is not None and (found.soft_min, found.soft_max) == (Decimal(204800), Decimal(446464))
        assert loaded.sale_range(2025, "E07000223", 1) is not None
        assert reference.count_sale_ranges(session, 2026) == 1
        session.rollback()


def test_shipped_sale_ranges_load_once(sessions: SessionFactory) -> None:
    with session_scope(sessions) as session:
        loaded = reference.load_shipped_reference(session)
        assert loaded["sale_ranges_2025.csv"] == 1184
        assert loaded["sale_ranges_2026.csv"] == 1184
        assert reference.load_shipped_reference(session) == {}
        adur = reference.load_reference(session).sale_range(2026, "E07000223", 4)
        assert adur is not None and adur.soft_max > adur.soft_min
        session.rollback()


def test_import_command_reports_bad_rows_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ranges.csv"
    path.write_text(HEADER + ADUR_1 + "Adur,E07000223,9,1,2\n", encoding="utf-8")

    def no_database(*_args: object) -> None:
        raise AssertionError("a file with bad rows must not reach the database")

    monkeypatch.setattr(manage, "load_platform_settings", no_database)
    assert manage.import_reference(["sale-ranges", "2026", str(path)]) == 1
    err = capsys.readouterr().err
    assert "1 problem(s), nothing imported" in err
    assert "line 3: bedrooms must be 1 to 4, got 9" in err


def test_import_command_needs_a_year(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        manage.import_reference(["sale-ranges", str(tmp_path / "x.csv")])
