"""Fixtures for bulk upload's service tests: one migrated database per xdist worker, each test in a
rolled-back transaction, local object storage in a temporary folder and a recorder of enqueued tasks."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bulk_upload_service.manage import MIGRATIONS_DIR
from core_platform.db import SessionFactory
from core_platform.storage import LocalStorage
from core_platform.testing import (
    TestKeys,
    database_fixtures,
    make_test_keys,
)


@dataclass
class SentTask:
    name: str
    args: list[Any]
    queue: str


@dataclass
class TaskRecorder:
    """Stands in for Celery: records each task the code under test sends."""

    sent: list[SentTask] = field(default_factory=list)

    def __call__(self, task_name: str, args: list[Any], queue: str) -> None:
        json.dumps(args)  # what Celery's JSON serializer would refuse must fail here too
        self.sent.append(SentTask(task_name, args, queue))


engine, sessions = database_fixtures("bulk_upload", MIGRATIONS_DIR)


@pytest.fixture(scope="session")
def keys() -> TestKeys:
    return make_test_keys()


@pytest.fixture
def storage(tmp_path: Path) -> LocalStorage:
    return LocalStorage(tmp_path / "storage")


@pytest.fixture
def enqueued() -> TaskRecorder:
    return TaskRecorder()


@pytest.fixture
def organisation_id() -> str:
    return str(uuid.uuid4())


CSV_WITH_TWO_LOGS = (
    b"Question,What is the tenant code?,What is the start date?\nField number,1,2\n,T1,01/05/2025\n,,\n,T2,02/05/2025\n"
)


@pytest.fixture
def make_upload(sessions: SessionFactory, storage: LocalStorage, organisation_id: str) -> Any:
    """Store a file and its upload record, as CreateUpload would; returns the upload id."""
    from bulk_upload_service.data.uploads import create_upload
    from bulk_upload_service.domain.uploads import storage_key_for
    from core_platform.db import session_scope

    def make(content: bytes = CSV_WITH_TWO_LOGS, **overrides: Any) -> str:
        upload_id = uuid.uuid4()
        values: dict[str, Any] = {
            "upload_id": upload_id,
            "log_type": "lettings",
            "collection_year": 2025,
            "filename": "lettings.csv",
            "storage_key": storage_key_for(str(upload_id)),
            "organisation_id": uuid.UUID(organisation_id),
            "uploaded_by_id": str(uuid.uuid4()),
        }
        values.update(overrides)
        storage.put(values["storage_key"], content)
        with session_scope(sessions) as session:
            create_upload(session, **values)
        return str(upload_id)

    return make
