"""Reference data: parsing the published files, importing a year in one go, loading the shipped tables."""

from __future__ import annotations

from decimal import Decimal

from core_platform.db import SessionFactory, session_scope
from logs_service.data import reference

HEADER = "ranges_rent_id,lettype,la,beds,soft_min,soft_max,hard_min,hard_max\n"


def test_rejects_bad_rent_range_rows_with_their_line_numbers() -> None:
    text = HEADER + "1,1,E07000223,1,60.13,139.33,25.84,1000\n2,17,E07000223,1,1,2,1,2\n3,1,E0700,9,x,2,1,2\n"
    parsed = reference.parse_rent_ranges(text, 2026)
    assert parsed.problems == [
        "line 3: lettype must be 1 to 16, got 17",
        "line 4: la must be a 9-character local authority code, got 'E0700'",
        "line 4: beds must be 0 to 4, got 9",
        "line 4: soft_min must be an amount, got 'x'",
    ]


def test_rejects_a_file_without_the_columns() -> None:
    assert reference.parse_rent_ranges("la,beds\n", 2026).problems == [
        "line 1: missing columns: lettype, soft_min, soft_max, hard_min, hard_max"
    ]


def test_rejects_repeated_rows() -> None:
    row = "1,1,E07000223,1,60.13,139.33,25.84,1000\n"
    assert reference.parse_rent_ranges(HEADER + row + row, 2026).problems == [
        "line 3: repeats la E07000223, beds 1, lettype 1 of line 2"
    ]


def test_import_replaces_only_that_year(sessions: SessionFactory) -> None:
    with session_scope(sessions) as session:
        first = reference.parse_rent_ranges(HEADER + "1,1,E07000223,1,60,139,25,1000\n", 2026)
        reference.replace_rent_ranges(session, 2026, first.rows)
        reference.replace_rent_ranges(
            session, 2025, reference.parse_rent_ranges(HEADER + "1,1,E07000223,1,1,2,1,2\n", 2025).rows
        )
        second = reference.parse_rent_ranges(HEADER + "1,2,E07000223,2,70,150,30,900\n", 2026)
        reference.replace_rent_ranges(session, 2026, second.rows)
        loaded = reference.load_reference(session)
        assert loaded.rent_range(2026, "E07000223", 1, 1) is None
        found = loaded.rent_range(2026, "E07000223", 2, 2)
        assert found is not None and found.hard_max == Decimal("900")
        assert loaded.rent_range(2025, "E07000223", 1, 1) is not None
        session.rollback()


def test_shipped_tables_load_once(sessions: SessionFactory) -> None:
    with session_scope(sessions) as session:
        loaded = reference.load_shipped_reference(session)
        assert loaded["rent_ranges_2026.csv"] == 8880
        assert reference.load_shipped_reference(session) == {}
        barnsley = reference.load_reference(session).local_authority("E08000016")
        assert barnsley is not None and barnsley.end_year == 2025
        session.rollback()
