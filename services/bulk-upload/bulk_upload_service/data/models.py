"""Bulk upload's tables: uploads, and the outbox its events leave through."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bulk_upload_service.domain.uploads import STATUS_RECEIVED
from core_platform.db import TimestampedMixin, new_metadata
from core_platform.events.outbox import outbox_table


# The naming convention of core_platform.db, on this service's own declarative base.
class Base(DeclarativeBase):
    metadata = new_metadata()


outbox = outbox_table(Base.metadata)


class Upload(TimestampedMixin, Base):
    __tablename__ = "uploads"
    __table_args__ = (
        CheckConstraint("log_type IN ('lettings', 'sales')", name="log_type"),
        CheckConstraint("status IN ('received', 'processing', 'processed', 'failed')", name="status"),
        Index("ix_uploads_organisation_id_created_at", "organisation_id", "created_at"),
    )

    log_type: Mapped[str] = mapped_column(String(10))
    collection_year: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    storage_key: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(20), default=STATUS_RECEIVED)
    organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # A user id, or an API client id, as named by the access token.
    uploaded_by_id: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    failure_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
