"""Logs' tables. A log keeps all its answers in `answers` (live field names and codes); the columns
beside it copy the few answers that lists filter, sort or join on, and are rewritten from the answers
on every change (`operations.answers.store_answers`), so the two never disagree."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core_platform.db import TimestampedMixin, new_metadata
from core_platform.events.outbox import inbox_table, outbox_table


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
    # Bumped on every change: a save based on an older version is a concurrent edit (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    duplicate_set_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Set when the scheme or location was deactivated over the tenancy start date: the log needs a look.
    unresolved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    postcode_full: Mapped[str | None] = mapped_column(String(20), index=True)
    scheme_id: Mapped[str | None] = mapped_column(String(100), index=True)
    location_id: Mapped[str | None] = mapped_column(String(100), index=True)
    bulk_upload_id: Mapped[str | None] = mapped_column(String(100), index=True)


# Support's list is newest first over every organisation; streams and incremental exports read by update time.
Index("ix_logs_created_at", Log.created_at)
Index("ix_logs_updated_at", Log.updated_at)

# An organisation's list (migration 005): each side of "owns or manages" read in creation order for a
# type, year and status, and counted from the index alone; deleted logs are never listed.
_NOT_DELETED = text("status <> 'deleted'")
_LIST_ORDER = (Log.log_type, Log.collection_year, Log.status, Log.created_at, Log.id)
Index(
    "ix_logs_owning_list",
    Log.owning_organisation_id,
    *_LIST_ORDER,
    postgresql_where=_NOT_DELETED,
    sqlite_where=_NOT_DELETED,
)
Index(
    "ix_logs_managing_list",
    Log.managing_organisation_id,
    *_LIST_ORDER,
    postgresql_where=_NOT_DELETED,
    sqlite_where=_NOT_DELETED,
    postgresql_include=["owning_organisation_id"],
)
# Searching codes by any part: trigram GIN indexes on PostgreSQL (the migration qualifies the operator
# class with pg_trgm's schema); plain indexes where trigrams are unavailable.
for _searched in (Log.tenancycode, Log.propcode, Log.postcode_full):
    Index(
        f"ix_logs_{_searched.key}_trgm",
        _searched,
        postgresql_using="gin",
        postgresql_ops={_searched.key: "gin_trgm_ops"},
    )


class LogVersion(TimestampedMixin, Base):
    """One change to a log: who made it, from where, and each field's old and new value."""

    __tablename__ = "log_versions"
    __table_args__ = (UniqueConstraint("log_id", "version"),)

    log_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("logs.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    changed_by_id: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))  # form, api, bulk_upload, system
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> [old, new]


class OrganisationMerge(Base):
    """An organisation merged into another (organisations.merged): its logs from the date move, and the
    absorbing organisation sees its older logs."""

    __tablename__ = "organisation_merges"

    merged_organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    absorbing_organisation_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    merge_date: Mapped[date] = mapped_column(Date)


outbox = outbox_table(Base.metadata)
inbox = inbox_table(Base.metadata)


# Reference data (published tables, loaded by `manage import ...`): read by validation, never by users.


class LocalAuthority(Base):
    __tablename__ = "local_authorities"

    code: Mapped[str] = mapped_column(String(9), primary_key=True)  # ONS code, e.g. E07000223
    name: Mapped[str] = mapped_column(String(255))
    start_year: Mapped[int] = mapped_column(Integer)  # exists from 1 April of this year
    end_year: Mapped[int | None] = mapped_column(Integer)  # until 31 March of this year


class LocalAuthorityLink(Base):
    """A new authority code and an old one it replaced (or the other way round)."""

    __tablename__ = "local_authority_links"

    local_authority_code: Mapped[str] = mapped_column(
        String(9), ForeignKey("local_authorities.code", ondelete="CASCADE"), primary_key=True
    )
    linked_local_authority_code: Mapped[str] = mapped_column(
        String(9), ForeignKey("local_authorities.code", ondelete="CASCADE"), primary_key=True
    )


class RentRange(Base):
    """Weekly rent ranges for a collection year by local authority, bedrooms and letting type."""

    __tablename__ = "rent_ranges"

    start_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    la: Mapped[str] = mapped_column(String(9), primary_key=True)
    beds: Mapped[int] = mapped_column(Integer, primary_key=True)
    lettype: Mapped[int] = mapped_column(Integer, primary_key=True)
    soft_min: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    soft_max: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    hard_min: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    hard_max: Mapped[Decimal] = mapped_column(Numeric(10, 2))


class SaleRange(Base):
    """Purchase price soft ranges for a collection year by local authority and bedrooms (1 to 4)."""

    __tablename__ = "sale_ranges"

    start_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    la: Mapped[str] = mapped_column(String(9), primary_key=True)
    bedrooms: Mapped[int] = mapped_column(Integer, primary_key=True)
    soft_min: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    soft_max: Mapped[Decimal] = mapped_column(Numeric(12, 2))
