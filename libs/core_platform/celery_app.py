"""Celery app factory: one queue per owning service, acks late, JSON only, routed by task-name prefix.

Broker: RabbitMQ when AMQP_URL is set, otherwise kombu's on-disk transport under var/celery/.
"""

from __future__ import annotations

from typing import Any

from celery import Celery
from celery.signals import beat_init, worker_init, worker_process_init
from kombu import Queue

from core_platform import celery_broker
from core_platform.config import env, load_platform_settings, var_dir

QUEUE_IDENTITY = "identity"
QUEUE_BULK_UPLOAD = "bulk_upload"
QUEUE_EXPORT = "export"

TASK_SOFT_TIME_LIMIT = 15 * 60
TASK_TIME_LIMIT = 16 * 60


def _broker_settings() -> dict[str, Any]:
    amqp = env("AMQP_URL")
    if amqp:
        return {"broker_url": amqp}
    root = var_dir() / "celery"
    folders = {name: root / name for name in ("queue", "processed", "control")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    return {
        "broker_url": f"{celery_broker.SCHEME}://",
        "broker_transport_options": {
            "data_folder_in": str(folders["queue"]),
            "data_folder_out": str(folders["queue"]),
            "processed_folder": str(folders["processed"]),
            "store_processed": False,
            "control_folder": str(folders["control"]),
            # Workers look for new files this often (kombu's default is 1 s); a person waits on the page for
            # their sign-in code.
            "polling_interval": 0.1,
        },
    }


def create_celery_app(service: str, queue: str, *other_queues: str) -> Celery:
    """`queue` is the service's own; `other_queues` are for an app that sends to several (core_platform.beat)."""
    app = Celery(f"core-{service}")
    app.conf.update(
        **_broker_settings(),
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_create_missing_queues=False,
        task_queues=[Queue(name, routing_key=name) for name in (queue, *other_queues)],
        task_default_queue=queue,
        task_routes={f"{service}.*": {"queue": queue, "routing_key": queue}},
        task_soft_time_limit=TASK_SOFT_TIME_LIMIT,
        task_time_limit=TASK_TIME_LIMIT,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        beat_schedule_filename=str(var_dir() / f"celerybeat-{service}"),
        timezone="Europe/London",
        enable_utc=True,
    )
    _start_telemetry_in_workers(service)
    return app


def _start_telemetry_in_workers(service: str) -> None:
    def start(**_: Any) -> None:
        from core_platform.structured_logging import configure_logging
        from core_platform.telemetry import init_telemetry

        settings = load_platform_settings(service)
        configure_logging(f"{service}-worker", settings.log_level)
        init_telemetry(f"{service}-worker", settings.otel_endpoint)

    # Prefork children, the solo pool and beat each need their own start.
    worker_init.connect(start, weak=False)
    worker_process_init.connect(start, weak=False)
    beat_init.connect(start, weak=False)
