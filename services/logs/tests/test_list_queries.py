"""The list query: an organisation's page merges the logs it owns with those it only manages, in
order, with the right total, by page number or cursor, and searches codes and postcodes by any part."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from core_platform.db import session_scope
from logs_service.data import logs as queries
from logs_service.data.models import Log

OURS, THEIRS, ELSEWHERE = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
START = datetime(2026, 5, 1, 9, tzinfo=UTC)


def _log(n: int, owner: uuid.UUID, manager: uuid.UUID, **columns: object) -> Log:
    values: dict[str, object] = {
        "log_type": "lettings",
        "status": "in_progress",
        "collection_year": 2026,
        "created_at": START + timedelta(minutes=n),
        "updated_at": START + timedelta(minutes=n),
        "tenancycode": f"TC{n:03d}",
        "answers": {},
    }
    values.update(columns)
    return Log(owning_organisation_id=owner, managing_organisation_id=manager, **values)


def _seed(sessions) -> dict[int, Log]:
    """Minutes 0-9: even ones owned by us, odd ones owned by them and managed by us; also logs
    wholly elsewhere, one deleted and one of another year."""
    logs = {n: _log(n, OURS if n % 2 == 0 else THEIRS, OURS) for n in range(10)}
    logs[10] = _log(10, THEIRS, THEIRS)
    logs[11] = _log(11, ELSEWHERE, ELSEWHERE, tenancycode="TC002")
    logs[12] = _log(12, OURS, OURS, status="deleted")
    logs[13] = _log(13, OURS, ELSEWHERE, collection_year=2025, postcode_full="LS1 4AP")
    with session_scope(sessions) as session:
        session.add_all(logs.values())
    return logs


def _page(sessions, log_filter: queries.LogFilter, **kwargs) -> tuple[list[int], int]:
    with session_scope(sessions) as session:
        found, total = queries.list_logs(session, log_filter, **kwargs)
        return [round((log.created_at - START).total_seconds() / 60) for log in found], total


def test_an_organisations_page_merges_owned_and_managed_logs_newest_first(sessions):
    _seed(sessions)
    ours = queries.LogFilter(organisation_id=OURS)
    assert _page(sessions, ours, offset=0, limit=4) == ([13, 9, 8, 7], 11)
    assert _page(sessions, ours, offset=4, limit=4) == ([6, 5, 4, 3], 11)
    assert _page(sessions, ours, offset=8, limit=4) == ([2, 1, 0], 11)


def test_filters_apply_to_both_sides_and_support_sees_every_organisation(sessions):
    _seed(sessions)
    this_year = queries.LogFilter(organisation_id=OURS, collection_year=2026, statuses=("in_progress",))
    assert _page(sessions, this_year, offset=0, limit=20) == ([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 10)
    support = queries.LogFilter(organisation_id=None, collection_year=2026)
    assert _page(sessions, support, offset=0, limit=3) == ([11, 10, 9], 12)


def test_a_cursor_continues_after_the_last_log_and_keeps_the_total(sessions):
    logs = _seed(sessions)
    after = (logs[6].created_at, logs[6].id)
    ordering = queries.Ordering("created_at", descending=True, after=after)
    ours = queries.LogFilter(organisation_id=OURS)
    assert _page(sessions, ours, offset=0, limit=3, ordering=ordering) == ([5, 4, 3], 11)
    oldest_first = queries.Ordering("created_at", descending=False)
    assert _page(sessions, ours, offset=2, limit=3, ordering=oldest_first) == ([2, 3, 4], 11)


def test_search_finds_any_part_of_a_tenant_code_or_postcode_of_the_organisations_logs(sessions):
    _seed(sessions)
    assert _page(sessions, queries.LogFilter(organisation_id=OURS, search="c00"), offset=0, limit=20) == (
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
        10,
    )
    assert _page(sessions, queries.LogFilter(organisation_id=OURS, search="002"), offset=0, limit=20) == ([2], 1)
    assert _page(sessions, queries.LogFilter(organisation_id=OURS, search="1 4a"), offset=0, limit=20) == ([13], 1)


def test_logs_without_a_start_date_sort_consistently_across_both_sides(sessions):
    _seed(sessions)
    with session_scope(sessions) as session:
        for log in session.scalars(select(Log).where(Log.status != "deleted")):
            minute = round((log.created_at - START).total_seconds() / 60)
            log.startdate = None if minute % 3 == 0 else date(2026, 5, 1) + timedelta(days=20 - minute)
    by_date = queries.Ordering("startdate", descending=False)
    ids, total = _page(sessions, queries.LogFilter(organisation_id=OURS), offset=0, limit=20, ordering=by_date)
    dated = [n for n in ids if n % 3]
    assert total == 11 and dated == sorted(dated, reverse=True) and sorted(ids) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13]


def test_lists_of_one_shape_take_each_their_own_values(sessions):
    """A list statement is built once per shape and reused: only the values differ between these."""
    _seed(sessions)
    for organisation, year, expected in ((OURS, 2026, 10), (THEIRS, 2026, 6), (OURS, 2025, 1), (ELSEWHERE, 2025, 1)):
        log_filter = queries.LogFilter(organisation_id=organisation, collection_year=year)
        assert _page(sessions, log_filter, offset=0, limit=20)[1] == expected
    merged = queries.LogFilter(organisation_id=THEIRS, merged_in=frozenset({ELSEWHERE}), collection_year=2026)
    assert _page(sessions, merged, offset=0, limit=2) == ([11, 10], 7)


def test_a_list_read_in_one_piece_counts_its_matches_on_every_page_and_past_the_last(sessions):
    _seed(sessions)
    search = queries.LogFilter(organisation_id=OURS, search="TC0")
    assert _page(sessions, search, offset=0, limit=4) == ([13, 9, 8, 7], 11)
    assert _page(sessions, search, offset=8, limit=4) == ([2, 1, 0], 11)
    assert _page(sessions, search, offset=20, limit=4) == ([], 11)
    assert _page(sessions, queries.LogFilter(organisation_id=OURS, search="nothing"), offset=0, limit=4) == ([], 0)
    support = queries.LogFilter(organisation_id=None)
    assert _page(sessions, support, offset=12, limit=4) == ([0], 13)  # every log but the deleted one
    assert _page(sessions, support, offset=16, limit=4) == ([], 13)
