"""The home page's figures: CountLogs (the caller's organisation's logs, or every log for support, by
type, year and status, deleted ones left out) and GetCollectionWindows (the years open today)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from core.logs.v1 import logs_pb2 as pb
from core_platform.db import session_scope
from core_platform.errors import Unauthenticated
from core_platform.grpc_client import call
from logs_service.data.models import Log
from logs_service.operations.counts import open_collection_windows


@pytest.fixture
def logs(sessions, orgs) -> None:
    """Alpha owns or manages 2 lettings in progress and 1 completed in 2025, 1 sale in 2026 and a deleted
    letting; Other owns 1 letting in progress in 2025."""
    rows = [
        ("lettings", 2025, "in_progress", orgs.ALPHA, orgs.ALPHA),
        ("lettings", 2025, "in_progress", orgs.BETA, orgs.ALPHA),
        ("lettings", 2025, "completed", orgs.ALPHA, orgs.DELTA),
        ("sales", 2026, "in_progress", orgs.ALPHA, orgs.ALPHA),
        ("lettings", 2025, "deleted", orgs.ALPHA, orgs.ALPHA),
        ("lettings", 2025, "in_progress", orgs.OTHER, orgs.OTHER),
    ]
    with session_scope(sessions) as session:
        for log_type, year, status, owner, manager in rows:
            session.add(
                Log(
                    id=uuid.uuid4(),
                    log_type=log_type,
                    collection_year=year,
                    status=status,
                    owning_organisation_id=uuid.UUID(owner.id),
                    managing_organisation_id=uuid.UUID(manager.id),
                    answers={},
                )
            )


def counts(stub, token: str, years: tuple[int, ...] = ()) -> dict[tuple[int, int, int], int]:
    response = call(stub.CountLogs, pb.CountLogsRequest(collection_years=years), token=token)
    return {(c.log_type, c.collection_year, c.status): c.count for c in response.counts}


def test_counts_are_the_organisations_logs_by_type_year_and_status(stub, callers, logs):
    assert counts(stub, callers.provider()) == {
        (pb.LOG_TYPE_LETTINGS, 2025, pb.LOG_STATUS_IN_PROGRESS): 2,
        (pb.LOG_TYPE_LETTINGS, 2025, pb.LOG_STATUS_COMPLETED): 1,
        (pb.LOG_TYPE_SALES, 2026, pb.LOG_STATUS_IN_PROGRESS): 1,
    }


def test_support_counts_every_organisations_logs_for_the_years_asked(stub, callers, logs):
    assert counts(stub, callers.support(), (2025,)) == {
        (pb.LOG_TYPE_LETTINGS, 2025, pb.LOG_STATUS_IN_PROGRESS): 3,
        (pb.LOG_TYPE_LETTINGS, 2025, pb.LOG_STATUS_COMPLETED): 1,
    }


def test_counting_needs_a_token(stub):
    with pytest.raises(Unauthenticated):
        call(stub.CountLogs, pb.CountLogsRequest())


def test_the_open_collection_windows_have_their_deadlines(stub, callers):
    # conftest's today, 24 November 2025: only 2025/26 is open (2024/25's edits ended before).
    windows = call(stub.GetCollectionWindows, pb.GetCollectionWindowsRequest(), token=callers.provider()).windows

    assert [(w.start_year, w.start_date, w.end_date) for w in windows] == [(2025, "2025-04-01", "2026-03-31")]
    assert (windows[0].submission_deadline, windows[0].edit_end_date) == ("2026-06-05", "2026-09-01")


def test_in_the_crossover_both_years_are_open():
    assert [w.start_year for w in open_collection_windows(date(2026, 5, 1))] == [2025, 2026]
