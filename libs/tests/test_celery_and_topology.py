import pytest

from core_platform.celery_app import QUEUE_EXPORT, create_celery_app
from core_platform.events.topology import topic_matches


def test_celery_app_acks_late_and_routes_by_service_prefix(monkeypatch, tmp_path):
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("AMQP_URL", raising=False)
    conf = create_celery_app("export", QUEUE_EXPORT).conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_create_missing_queues is False
    assert conf.accept_content == ["json"]
    assert conf.task_routes == {"export.*": {"queue": "export", "routing_key": "export"}}
    assert conf.broker_url == "corefs://"  # kombu's filesystem transport, publishing atomically


def test_celery_app_uses_rabbitmq_when_configured(monkeypatch, tmp_path):
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("AMQP_URL", "amqp://guest:guest@rabbit:5672//")
    assert create_celery_app("export", QUEUE_EXPORT).conf.broker_url == "amqp://guest:guest@rabbit:5672//"


@pytest.mark.parametrize(
    ("pattern", "key", "expected"),
    [
        ("logs.*", "logs.log_created", True),
        ("logs.*", "logs.log.created", False),
        ("logs.#", "logs.log.created", True),
        ("#", "anything.at.all", True),
        ("identity.*", "logs.log_created", False),
    ],
)
def test_topic_patterns_match_like_amqp(pattern, key, expected):
    assert topic_matches(pattern, key) is expected


def test_beat_sends_its_start_up_tasks_to_the_owning_services_queue(monkeypatch, tmp_path):
    from celery.schedules import crontab

    from core_platform.beat import create_beat_app, send_start_up_tasks
    from core_platform.celery_app import QUEUE_IDENTITY
    from core_platform.schedules import ScheduledTask

    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("AMQP_URL", raising=False)
    schedule = (
        ScheduledTask("catch-up", "identity.catch_up", QUEUE_IDENTITY, crontab(minute=5), run_at_start=True),
        ScheduledTask("nightly", "export.nightly", QUEUE_EXPORT, crontab(hour=3, minute=0)),
    )
    beat = create_beat_app(schedule)
    assert beat.conf.beat_schedule["nightly"]["options"] == {"queue": "export"}

    assert send_start_up_tasks(beat, schedule) == ["identity.catch_up"]

    worker = create_celery_app("identity", QUEUE_IDENTITY)
    with worker.connection_for_read() as connection:
        queue = connection.SimpleQueue(QUEUE_IDENTITY)
        message = queue.get(timeout=1)
        assert message.headers["task"] == "identity.catch_up"
        message.ack()
        queue.close()


def test_the_embedded_broker_only_ever_shows_a_worker_whole_messages(monkeypatch, tmp_path):
    """A message is written outside the queue folder and renamed into it: a worker polling the folder can
    never read it half written (kombu's own transport writes in place, and a worker then died on it)."""
    import json
    import os

    from core_platform import celery_broker
    from core_platform.celery_app import QUEUE_IDENTITY

    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("AMQP_URL", raising=False)
    queue_folder = tmp_path / "celery" / "queue"
    renames = []
    rename = os.replace

    def watched_rename(source, target):
        whole = json.loads((tmp_path / "celery" / "staging" / os.path.basename(source)).read_bytes())
        renames.append((os.path.dirname(target) == str(queue_folder), whole["body"], sorted(queue_folder.iterdir())))
        rename(source, target)

    monkeypatch.setattr(celery_broker.os, "replace", watched_rename)
    app = create_celery_app("identity", QUEUE_IDENTITY)
    assert app.conf.broker_url == "corefs://"
    with app.connection_for_write() as connection:
        connection.default_channel._put(QUEUE_IDENTITY, {"body": "a task"})

    # Renamed in whole into an empty queue; the round trip through a worker's queue is the beat test's.
    assert [(into_queue, bool(body), before) for into_queue, body, before in renames] == [(True, True, [])]
    [message] = queue_folder.iterdir()
    assert message.name.endswith(f".{QUEUE_IDENTITY}.msg")
