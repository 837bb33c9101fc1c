"""Queries on uploads. They flush, never commit: the caller owns the transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bulk_upload_service.data.models import Upload, outbox
from bulk_upload_service.domain.uploads import STATUS_FAILED, STATUS_PROCESSED, STATUS_PROCESSING
from core_platform.events.outbox import record_event


def create_upload(
    session: Session,
    *,
    upload_id: uuid.UUID,
    log_type: str,
    collection_year: int,
    filename: str,
    storage_key: str,
    organisation_id: uuid.UUID,
    uploaded_by_id: str,
) -> Upload:
    upload = Upload(
        id=upload_id,
        log_type=log_type,
        collection_year=collection_year,
        filename=filename,
        storage_key=storage_key,
        organisation_id=organisation_id,
        uploaded_by_id=uploaded_by_id,
    )
    session.add(upload)
    session.flush()
    record_event(session, outbox, "bulk_upload.upload_received", _event_payload(upload))
    return upload


def get_upload(session: Session, upload_id: uuid.UUID, *, for_update: bool = False) -> Upload | None:
    query = select(Upload).where(Upload.id == upload_id)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).first()


def list_uploads(
    session: Session, organisation_id: uuid.UUID | None, *, offset: int, limit: int
) -> tuple[list[Upload], int]:
    """Newest first; all organisations' uploads when organisation_id is None."""
    query = select(Upload)
    if organisation_id is not None:
        query = query.where(Upload.organisation_id == organisation_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = session.scalars(query.order_by(Upload.created_at.desc(), Upload.id).offset(offset).limit(limit))
    return list(page), total


def mark_processing(session: Session, upload: Upload) -> None:
    upload.status = STATUS_PROCESSING
    session.flush()


def mark_processed(session: Session, upload: Upload, row_count: int) -> None:
    upload.status = STATUS_PROCESSED
    upload.row_count = row_count
    upload.failure_reason = None
    session.flush()
    record_event(session, outbox, "bulk_upload.upload_processed", _event_payload(upload))


def mark_failed(session: Session, upload: Upload, reason: str) -> None:
    upload.status = STATUS_FAILED
    upload.failure_reason = reason
    session.flush()
    record_event(session, outbox, "bulk_upload.upload_failed", _event_payload(upload))


def _event_payload(upload: Upload) -> dict[str, Any]:
    # Ids and codes only: events leave this service and must carry no personal data.
    return {
        "upload_id": str(upload.id),
        "organisation_id": str(upload.organisation_id),
        "log_type": upload.log_type,
        "collection_year": upload.collection_year,
        "status": upload.status,
        "row_count": upload.row_count,
    }
