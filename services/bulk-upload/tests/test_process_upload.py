"""The process_upload task, called directly with a rolled-back database and local storage."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from bulk_upload_service import tasks
from bulk_upload_service.data.models import Upload, outbox
from bulk_upload_service.domain.uploads import (
    FAILURE_FILE_MISSING,
    FAILURE_STORAGE_UNAVAILABLE,
    FAILURE_UNREADABLE,
)
from bulk_upload_service.tasks import process_upload_file
from core_platform.db import SessionFactory
from core_platform.storage import LocalStorage, TransientStorageError


class UnreachableStorage:
    """An object store that is down, and counts how often it was asked."""

    def __init__(self) -> None:
        self.reads = 0

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        raise TransientStorageError("connection refused")

    def get(self, key: str) -> bytes:
        self.reads += 1
        raise TransientStorageError("connection refused")

    def delete(self, key: str) -> None:
        raise TransientStorageError("connection refused")


def load(sessions: SessionFactory, upload_id: str) -> Upload:
    with sessions() as session:
        upload = session.get(Upload, uuid.UUID(upload_id))
        assert upload is not None
        return upload


def event_types(sessions: SessionFactory) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(outbox.c.event_type).order_by(outbox.c.created_at)))


def test_counts_data_rows_and_marks_the_upload_processed(
    sessions: SessionFactory, storage: LocalStorage, make_upload: Any
) -> None:
    upload_id = make_upload()

    process_upload_file(sessions, storage, upload_id)

    upload = load(sessions, upload_id)
    assert (upload.status, upload.row_count, upload.failure_reason) == ("processed", 2, None)
    assert event_types(sessions) == ["bulk_upload.upload_received", "bulk_upload.upload_processed"]


def test_a_second_delivery_does_nothing(sessions: SessionFactory, storage: LocalStorage, make_upload: Any) -> None:
    upload_id = make_upload()
    process_upload_file(sessions, storage, upload_id)
    unreachable = UnreachableStorage()

    process_upload_file(sessions, unreachable, upload_id)

    assert unreachable.reads == 0
    assert load(sessions, upload_id).status == "processed"
    assert event_types(sessions).count("bulk_upload.upload_processed") == 1


def test_a_file_that_is_not_utf8_fails_with_a_reason_the_user_can_act_on(
    sessions: SessionFactory, storage: LocalStorage, make_upload: Any
) -> None:
    upload_id = make_upload("Field number,1\n,£100\n".encode("cp1252"))

    process_upload_file(sessions, storage, upload_id)

    upload = load(sessions, upload_id)
    assert (upload.status, upload.failure_reason) == ("failed", FAILURE_UNREADABLE)
    assert event_types(sessions)[-1] == "bulk_upload.upload_failed"


def test_a_missing_file_fails_the_upload(sessions: SessionFactory, storage: LocalStorage, make_upload: Any) -> None:
    upload_id = make_upload()
    storage.delete(f"uploads/{upload_id}.csv")

    process_upload_file(sessions, storage, upload_id)

    assert (load(sessions, upload_id).status, load(sessions, upload_id).failure_reason) == (
        "failed",
        FAILURE_FILE_MISSING,
    )


def test_a_storage_outage_is_retried_and_fails_the_upload_only_after_the_last_attempt(
    sessions: SessionFactory, make_upload: Any
) -> None:
    upload_id = make_upload()

    with pytest.raises(TransientStorageError):
        process_upload_file(sessions, UnreachableStorage(), upload_id, final_attempt=False)
    assert load(sessions, upload_id).status == "processing"

    with pytest.raises(TransientStorageError):
        process_upload_file(sessions, UnreachableStorage(), upload_id, final_attempt=True)
    upload = load(sessions, upload_id)
    assert (upload.status, upload.failure_reason) == ("failed", FAILURE_STORAGE_UNAVAILABLE)


def test_the_celery_task_retries_storage_outages_with_backoff_on_its_own_queue() -> None:
    task = tasks.app.tasks["bulk_upload.process_upload"]

    assert task.autoretry_for == (TransientStorageError,)
    assert (task.max_retries, task.retry_backoff, task.retry_jitter) == (5, True, True)
    assert tasks.app.amqp.router.route({}, task.name)["queue"].name == "bulk_upload"


def test_the_celery_task_runs_the_processing_with_the_workers_resources(
    sessions: SessionFactory, storage: LocalStorage, make_upload: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload_id = make_upload()
    monkeypatch.setattr(tasks, "worker_resources", lambda: (sessions, storage))

    tasks.process_upload.run(upload_id)

    assert load(sessions, upload_id).row_count == 2
