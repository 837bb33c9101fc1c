"""What the platform's one Celery beat sends, and when: each service's periodic tasks, declared here by task
name so that the beat process (core_platform.beat) imports no service. A service that wants a periodic task
adds an entry here and registers a task of that name on its own queue (docs/adr/0011-one-beat-for-the-platform.md).
Times are London time (the Celery apps' timezone)."""

from __future__ import annotations

from dataclasses import dataclass

from celery.schedules import crontab

from core_platform.celery_app import QUEUE_EXPORT, QUEUE_IDENTITY


@dataclass(frozen=True)
class ScheduledTask:
    key: str  # the beat entry's name
    task: str  # "<service>.<verb_noun>", registered by the owning service's worker
    queue: str  # the owning service's queue
    schedule: crontab
    # Also sent once whenever beat starts, for catch-up work that is harmless to repeat: a deployment or
    # restart at the scheduled time would otherwise skip a day.
    run_at_start: bool = False


SCHEDULE: tuple[ScheduledTask, ...] = (
    # After the day's editing has stopped.
    ScheduledTask("nightly-cds-export", "export.run_nightly_export", QUEUE_EXPORT, crontab(hour=3, minute=0)),
    # Organisation merges dated today move their users early in the day (identity/domain/organisation_changes.py).
    ScheduledTask(
        "organisation-merges-due",
        "identity.apply_due_organisation_merges",
        QUEUE_IDENTITY,
        crontab(hour=0, minute=5),
        run_at_start=True,
    ),
)
