"""Celery tasks on the export queue: `celery -A export_service.tasks worker -Q export`; the platform's beat
sends `run_nightly_export` at 03:00 London time (core_platform.schedules).

`run_nightly_export` records, per collection, one export run a day that takes every pending log
change. Redelivery is harmless: a collection that already has today's run is left alone. The XML
writer (archives, manifests, object storage) replaces the "recorded" step later.
"""

from __future__ import annotations

import functools
import logging
from datetime import date

from core_platform.celery_app import QUEUE_EXPORT, create_celery_app
from core_platform.config import load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory, session_scope, utcnow
from core_platform.events.outbox import record_event
from export_service.config import SERVICE
from export_service.data import export_runs, log_changes
from export_service.data.models import outbox
from export_service.domain.exports import COLLECTIONS, run_date_for

logger = logging.getLogger(__name__)

RUN_NIGHTLY_EXPORT_TASK = "export.run_nightly_export"

app = create_celery_app(SERVICE, QUEUE_EXPORT)


@functools.cache
def worker_sessions() -> SessionFactory:
    """The worker process's database, connected on first use (after the fork)."""
    settings = load_platform_settings(SERVICE)
    return make_session_factory(make_engine(settings.database_url, settings.database_schema))


@app.task(name=RUN_NIGHTLY_EXPORT_TASK)
def run_nightly_export(run_date: str | None = None) -> None:
    """`run_date` (ISO date) lets support re-run a given day; beat sends none, meaning today in London."""
    day = date.fromisoformat(run_date) if run_date else run_date_for(utcnow())
    record_nightly_export(worker_sessions(), day)


def record_nightly_export(session_factory: SessionFactory, run_date: date) -> None:
    # One transaction per collection: a failure in sales leaves lettings' run recorded, and the retry
    # of the whole task then only does what is missing.
    for collection in COLLECTIONS:
        record_export_run(session_factory, collection, run_date)


def record_export_run(session_factory: SessionFactory, collection: str, run_date: date) -> None:
    with session_scope(session_factory) as session:
        if export_runs.get_run(session, collection, run_date) is not None:
            logger.info("export run already recorded", extra={"collection": collection, "run_date": str(run_date)})
            return
        run = export_runs.create_run(session, collection, run_date, started_at=utcnow())
        if run is None:
            logger.info("export run recorded concurrently", extra={"collection": collection, "run_date": str(run_date)})
            return
        export_runs.finish_run(session, run, log_changes.assign_pending_to_run(session, collection, run.id))
        details = {"run_id": str(run.id), "collection": collection, "run_date": str(run_date)}
        record_event(session, outbox, "export.run_recorded", {**details, "record_count": run.record_count})
    logger.info("export run recorded", extra={**details, "record_count": run.record_count})
