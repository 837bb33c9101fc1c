"""Logs' tables. A log keeps all its answers in `answers` (live field names and codes); the columns
beside it copy the few answers that lists filter, sort or join on, and are rewritten from the answers
on every change (`operations.answers.store_answers`), so the two never disagree."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, Index, Integer, String, Uuid
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core_platform.db import TimestampedMixin, new_metadata
from core_platform.events.outbox import outbox_table


class Base(DeclarativeBase):
    metadata = new_metadata()


# JSONB on PostgreSQL so later work can index and query answers; plain JSON on SQLite.
ANSWERS_TYPE = JSON().with_variant(JSONB(), "postgresql")


class Log(TimestampedMixin, Base):
    __tablename__ = "logs"
    __table_args__ = (
        CheckConstraint("log_type IN ('lettings', 'sales')", name="log_type_known"),
        CheckConstraint(
            "status IN ('not_started', 'in_progress', 'completed', 'pending', 'deleted')", name="status_known"
        ),
        # The usual list: an organisation's logs, newest first.
        Index("ix_logs_owning_organisation_id_created_at", "owning_organisation_id", "created_at"),
        Index("ix_logs_managing_organisation_id_created_at", "managing_organisation_id", "created_at"),
    )

    log_type: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    collection_year: Mapped[int | None] = mapped_column(Integer, index=True)
    owning_organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    owning_organisation_code: Mapped[str | None] = mapped_column(String(20))
    managing_organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    managing_organisation_code: Mapped[str | None] = mapped_column(String(20))
    assigned_to_id: Mapped[str | None] = mapped_column(String(100), index=True)
    created_by_id: Mapped[str | None] = mapped_column(String(100))
    startdate: Mapped[date | None] = mapped_column(Date, index=True)
    tenancycode: Mapped[str | None] = mapped_column(String(255), index=True)
    propcode: Mapped[str | None] = mapped_column(String(255), index=True)
    needstype: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[dict[str, Any]] = mapped_column(ANSWERS_TYPE, default=dict)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# Support's list is newest first over every organisation; streams and incremental exports read by update time.
Index("ix_logs_created_at", Log.created_at)
Index("ix_logs_updated_at", Log.updated_at)

outbox = outbox_table(Base.metadata)
