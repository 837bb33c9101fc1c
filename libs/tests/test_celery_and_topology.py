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
    assert conf.broker_url == "filesystem://"


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
