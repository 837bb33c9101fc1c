"""Handing work to Celery. The servicer gets an `Enqueue` callable rather than the Celery app, so
tests record what would be sent (task name, JSON arguments, queue) without a broker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from celery import Celery

PROCESS_UPLOAD_TASK = "bulk_upload.process_upload"

# (task name, positional JSON arguments, queue)
Enqueue = Callable[[str, list[Any], str], None]


def celery_enqueue(app: Celery) -> Enqueue:
    def enqueue(task_name: str, args: list[Any], queue: str) -> None:
        # By name, so the server needs no task code; the queue is named even though routes would find it.
        app.send_task(task_name, args=args, queue=queue)

    return enqueue
