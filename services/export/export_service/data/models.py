"""Export's tables: log changes learnt from logs events, export runs, and the inbox and outbox."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core_platform.db import TimestampedMixin, new_metadata
from core_platform.events.outbox import inbox_table, outbox_table


# The naming convention of core_platform.db, on this service's own declarative base.
class Base(DeclarativeBase):
    metadata = new_metadata()


outbox = outbox_table(Base.metadata)
inbox = inbox_table(Base.metadata)


class ExportRun(TimestampedMixin, Base):
    __tablename__ = "export_runs"
    __table_args__ = (
        # One run per collection per day: a redelivered nightly task finds it and does nothing.
        UniqueConstraint("collection", "run_date"),
        CheckConstraint("collection IN ('lettings', 'sales')", name="collection"),
    )

    collection: Mapped[str] = mapped_column(String(20))
    run_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LogChange(TimestampedMixin, Base):
    """A log was created, updated or deleted; pending until an export run takes it."""

    __tablename__ = "log_changes"
    __table_args__ = (
        CheckConstraint("log_type IN ('lettings', 'sales')", name="log_type"),
        Index("ix_log_changes_log_type_exported_run_id", "log_type", "exported_run_id"),
        Index("ix_log_changes_log_id", "log_id"),
    )

    # The inbox already makes each event count once; the unique event id also says where a row came from.
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    log_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    log_type: Mapped[str] = mapped_column(String(20))
    event_type: Mapped[str] = mapped_column(String(120))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    exported_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("export_runs.id"), nullable=True)
