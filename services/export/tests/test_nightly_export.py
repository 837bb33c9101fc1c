"""The nightly export task, called directly: one run per collection and day, taking pending changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from celery.schedules import crontab
from sqlalchemy import select

from core_platform.beat import create_beat_app
from core_platform.db import SessionFactory, session_scope
from core_platform.events.envelope import Event
from export_service import tasks
from export_service.data.export_runs import create_run
from export_service.data.models import ExportRun, LogChange, outbox
from export_service.domain.exports import run_date_for
from export_service.tasks import record_nightly_export

RUN_DATE = date(2025, 6, 2)


def runs(sessions: SessionFactory) -> dict[str, ExportRun]:
    with sessions() as session:
        return {run.collection: run for run in session.scalars(select(ExportRun))}


def test_records_a_run_per_collection_counting_distinct_logs(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event]
) -> None:
    created = log_event("logs.log_created")
    deliver(created)
    deliver(log_event("logs.log_updated", log_id=created.payload["log_id"]))
    deliver(log_event("logs.log_created", log_type="sales"))

    record_nightly_export(sessions, RUN_DATE)

    recorded = runs(sessions)
    assert {c: (r.status, r.record_count, r.run_date) for c, r in recorded.items()} == {
        "lettings": ("recorded", 1, RUN_DATE),
        "sales": ("recorded", 1, RUN_DATE),
    }
    with sessions() as session:
        taken = {(c.log_type, c.exported_run_id) for c in session.scalars(select(LogChange))}
        events = list(session.scalars(select(outbox.c.event_type)))
    assert taken == {("lettings", recorded["lettings"].id), ("sales", recorded["sales"].id)}
    assert events == ["export.run_recorded", "export.run_recorded"]


def test_a_second_delivery_the_same_day_changes_nothing(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event]
) -> None:
    record_nightly_export(sessions, RUN_DATE)
    late_change = log_event()
    deliver(late_change)

    record_nightly_export(sessions, RUN_DATE)

    recorded = runs(sessions)
    assert len(recorded) == 2 and recorded["lettings"].record_count == 0
    with sessions() as session:
        change = session.scalars(select(LogChange)).one()
    assert change.exported_run_id is None  # left for the next day's run


def test_the_next_day_takes_only_changes_made_since(
    sessions: SessionFactory, deliver: Callable[[Event], None], log_event: Callable[..., Event]
) -> None:
    deliver(log_event())
    record_nightly_export(sessions, RUN_DATE)
    deliver(log_event())
    deliver(log_event())

    record_nightly_export(sessions, date(2025, 6, 3))

    with sessions() as session:
        counts = {(r.run_date, r.collection): r.record_count for r in session.scalars(select(ExportRun))}
    assert counts[(RUN_DATE, "lettings")] == 1
    assert counts[(date(2025, 6, 3), "lettings")] == 2


def test_a_run_lost_to_a_concurrent_delivery_is_not_recorded_twice(sessions: SessionFactory) -> None:
    record_nightly_export(sessions, RUN_DATE)

    # As if this delivery had checked for today's run just before the other one committed it.
    with session_scope(sessions) as session:
        assert create_run(session, "lettings", RUN_DATE, started_at=datetime.now(UTC)) is None

    assert len(runs(sessions)) == 2


def test_the_task_defaults_to_todays_london_date(sessions: SessionFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "worker_sessions", lambda: sessions)

    tasks.run_nightly_export.run()
    tasks.run_nightly_export.run("2025-06-01")

    dates = {run.run_date for run in runs_all(sessions)}
    assert dates == {run_date_for(datetime.now(UTC)), date(2025, 6, 1)}


def runs_all(sessions: SessionFactory) -> list[ExportRun]:
    with sessions() as session:
        return list(session.scalars(select(ExportRun)))


def test_run_date_is_the_london_calendar_day() -> None:
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    assert run_date_for(datetime(2025, 6, 30, 23, 30, tzinfo=UTC)) == date(2025, 7, 1)
    assert run_date_for(datetime(2025, 12, 31, 23, 30, tzinfo=UTC)) == date(2025, 12, 31)


def test_beat_runs_the_export_at_three_in_the_morning_london_time_on_the_export_queue() -> None:
    beat = create_beat_app()
    entry = beat.conf.beat_schedule["nightly-cds-export"]

    assert entry["task"] == "export.run_nightly_export" and entry["task"] in tasks.app.tasks
    assert entry["options"] == {"queue": "export"}
    assert entry["schedule"] == crontab(hour=3, minute=0)
    assert beat.conf.timezone == "Europe/London"
    assert tasks.app.amqp.router.route({}, entry["task"])["queue"].name == "export"
    assert beat.amqp.router.route({}, entry["task"])["queue"].name == "export"
