"""Fixtures for export's service tests: one migrated database per xdist worker, each test in a
rolled-back transaction, and a factory of logs.* events."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from core_platform.db import SessionFactory
from core_platform.events.envelope import Event
from core_platform.testing import (
    TestKeys,
    database_fixtures,
    make_test_keys,
)
from export_service.consumers import build_consumer
from export_service.manage import MIGRATIONS_DIR

engine, sessions = database_fixtures("export", MIGRATIONS_DIR)


@pytest.fixture(scope="session")
def keys() -> TestKeys:
    return make_test_keys()


def make_log_event(event_type: str = "logs.log_created", **payload: Any) -> Event:
    """A logs.* event as the logs service publishes it; payload values override the defaults."""
    body: dict[str, Any] = {"log_id": str(uuid.uuid4()), "log_type": "lettings"}
    body.update(payload)
    return Event(id=uuid.uuid4(), type=event_type, source="logs", occurred_at=datetime.now(UTC), payload=body)


@pytest.fixture
def log_event() -> Callable[..., Event]:
    return make_log_event


@pytest.fixture
def deliver(sessions: SessionFactory) -> Callable[[Event], None]:
    """Hand an event to export's consumer as the transport would."""
    return build_consumer(sessions).handle
