"""Celery tasks on the bulk_upload queue: `celery -A bulk_upload_service.tasks worker -Q bulk_upload`.

`process_upload` is safe to deliver twice: it reloads the upload, returns at once when it is already
processed or failed, and records its outcome in one transaction. Object storage outages are retried
with backoff; after the last retry the upload is marked failed so the user sees it.
"""

from __future__ import annotations

import functools
import logging
import uuid
from typing import Any

from bulk_upload_service.config import SERVICE
from bulk_upload_service.data import uploads as upload_queries
from bulk_upload_service.domain.files import UnreadableFile, count_data_rows, read_rows
from bulk_upload_service.domain.uploads import (
    FAILURE_FILE_MISSING,
    FAILURE_PROCESSING_ERROR,
    FAILURE_STORAGE_UNAVAILABLE,
    FAILURE_UNREADABLE,
    FINISHED_STATUSES,
)
from bulk_upload_service.queueing import PROCESS_UPLOAD_TASK
from core_platform.celery_app import QUEUE_BULK_UPLOAD, create_celery_app
from core_platform.config import load_platform_settings
from core_platform.db import SessionFactory, make_engine, make_session_factory, session_scope
from core_platform.errors import NotFound
from core_platform.storage import ObjectStorage, TransientStorageError, storage_from_env

logger = logging.getLogger(__name__)

app = create_celery_app(SERVICE, QUEUE_BULK_UPLOAD)

MAX_STORAGE_RETRIES = 5


@functools.cache
def worker_resources() -> tuple[SessionFactory, ObjectStorage]:
    """The database and object store of a worker process, made on first use (after the fork)."""
    settings = load_platform_settings(SERVICE)
    engine = make_engine(settings.database_url, settings.database_schema)
    return make_session_factory(engine), storage_from_env(SERVICE)


@app.task(
    name=PROCESS_UPLOAD_TASK,
    bind=True,
    autoretry_for=(TransientStorageError,),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=MAX_STORAGE_RETRIES,
)
def process_upload(self: Any, upload_id: str) -> None:
    session_factory, storage = worker_resources()
    final_attempt = self.request.retries >= MAX_STORAGE_RETRIES
    process_upload_file(session_factory, storage, upload_id, final_attempt=final_attempt)


def process_upload_file(
    session_factory: SessionFactory, storage: ObjectStorage, upload_id: str, *, final_attempt: bool = True
) -> None:
    """The body of `process_upload`; `final_attempt` says whether a storage outage still gets a retry."""
    upload_uuid = uuid.UUID(upload_id)
    storage_key = _start_processing(session_factory, upload_uuid)
    if storage_key is None:
        return
    try:
        row_count = count_data_rows(read_rows(storage.get(storage_key)))
    except TransientStorageError:
        logger.warning("object storage unavailable", extra={"upload_id": upload_id, "final_attempt": final_attempt})
        if final_attempt:
            _finish(session_factory, upload_uuid, failure=FAILURE_STORAGE_UNAVAILABLE)
        raise
    except NotFound:
        logger.error("uploaded file missing from storage", extra={"upload_id": upload_id})
        _finish(session_factory, upload_uuid, failure=FAILURE_FILE_MISSING)
        return
    except UnreadableFile as exc:
        logger.info("uploaded file unreadable", extra={"upload_id": upload_id, "reason": type(exc.__cause__).__name__})
        _finish(session_factory, upload_uuid, failure=FAILURE_UNREADABLE)
        return
    except Exception:
        # A bug: the user must not see "processing" forever, and the worker log must show the error.
        _finish(session_factory, upload_uuid, failure=FAILURE_PROCESSING_ERROR)
        raise
    _finish(session_factory, upload_uuid, row_count=row_count)


def _start_processing(session_factory: SessionFactory, upload_id: uuid.UUID) -> str | None:
    """Mark the upload processing and return its file's key; None when there is nothing to do."""
    with session_scope(session_factory) as session:
        upload = upload_queries.get_upload(session, upload_id, for_update=True)
        if upload is None:
            logger.error("upload to process does not exist", extra={"upload_id": str(upload_id)})
            return None
        if upload.status in FINISHED_STATUSES:
            logger.info("upload already finished", extra={"upload_id": str(upload_id), "status": upload.status})
            return None
        upload_queries.mark_processing(session, upload)
        return upload.storage_key


def _finish(
    session_factory: SessionFactory, upload_id: uuid.UUID, *, row_count: int = 0, failure: str | None = None
) -> None:
    with session_scope(session_factory) as session:
        upload = upload_queries.get_upload(session, upload_id, for_update=True)
        if upload is None or upload.status in FINISHED_STATUSES:
            return  # a concurrent delivery finished first
        if failure is None:
            upload_queries.mark_processed(session, upload, row_count)
        else:
            upload_queries.mark_failed(session, upload, failure)
        status = upload.status
    logger.info("upload %s", status, extra={"upload_id": str(upload_id), "row_count": row_count})
