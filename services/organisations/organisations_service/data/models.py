"""Organisations' tables. An organisation's `code` ("ORG<n>") is its stable public reference: APIs,
bulk upload and exports accept and show it wherever an organisation is referenced."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core_platform.db import TimestampedMixin, new_metadata
from core_platform.events.outbox import outbox_table


class Base(DeclarativeBase):
    metadata = new_metadata()


PROVIDER_TYPES = ("LA", "PRP")


class Organisation(TimestampedMixin, Base):
    __tablename__ = "organisations"
    __table_args__ = (CheckConstraint("provider_type IN ('LA', 'PRP')", name="provider_type_known"),)

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    provider_type: Mapped[str] = mapped_column(String(3))
    holds_own_stock: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    data_sharing_agreement_signed: Mapped[bool] = mapped_column(default=False)


class OrganisationRelationship(TimestampedMixin, Base):
    """The parent owns stock that the child manages: the parent is a stock owner of the child, the
    child a managing agent of the parent."""

    __tablename__ = "organisation_relationships"
    __table_args__ = (
        # Explicit short names: the conventional ones exceed PostgreSQL's 63-character limit.
        UniqueConstraint("parent_organisation_id", "child_organisation_id", name="uq_organisation_relationships_pair"),
        CheckConstraint("parent_organisation_id <> child_organisation_id", name="not_self"),
    )

    parent_organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisations.id", ondelete="CASCADE", name="fk_organisation_relationships_parent")
    )
    child_organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisations.id", ondelete="CASCADE", name="fk_organisation_relationships_child"), index=True
    )


outbox = outbox_table(Base.metadata)
