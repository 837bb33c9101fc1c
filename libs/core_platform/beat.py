"""The platform's one Celery beat: `celery -A core_platform.beat beat`.

Beat only publishes messages by task name, so it needs no service's code: it sends the entries of
core_platform.schedules to their owning services' queues, and on start-up sends the entries marked
`run_at_start`. One scheduler for every service, so a deployment runs exactly one (deploy/beat.yaml).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from celery import Celery
from celery.signals import beat_init

from core_platform.celery_app import create_celery_app
from core_platform.schedules import SCHEDULE, ScheduledTask

logger = logging.getLogger(__name__)

BEAT = "beat"


def create_beat_app(schedule: Iterable[ScheduledTask] = SCHEDULE) -> Celery:
    entries = tuple(schedule)
    app = create_celery_app(BEAT, *sorted({entry.queue for entry in entries}))
    app.conf.beat_schedule = {
        entry.key: {"task": entry.task, "schedule": entry.schedule, "options": {"queue": entry.queue}}
        for entry in entries
    }
    app.conf.task_routes = {entry.task: {"queue": entry.queue, "routing_key": entry.queue} for entry in entries}
    return app


def send_start_up_tasks(app: Celery, schedule: Iterable[ScheduledTask] = SCHEDULE) -> list[str]:
    """Sends each `run_at_start` entry once; returns their task names."""
    sent = []
    for entry in schedule:
        if entry.run_at_start:
            app.send_task(entry.task, queue=entry.queue)
            logger.info("start-up task sent", extra={"task": entry.task, "queue": entry.queue})
            sent.append(entry.task)
    return sent


app = create_beat_app()


@beat_init.connect(weak=False)
def _on_beat_start(**_: Any) -> None:
    send_start_up_tasks(app)
