"""Organisations' tables. An organisation's `code` ("ORG<n>") is its stable public reference: APIs,
bulk upload and exports accept and show it wherever an organisation is referenced."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    exists,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship

from core_platform.db import TimestampedMixin, UtcDateTime, new_metadata
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
    housing_registration_no: Mapped[str] = mapped_column(String(20), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    general_needs_units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supported_housing_units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    merge_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    absorbing_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("organisations.id", name="fk_organisations_absorbing"), nullable=True
    )
    # A new absorbing organisation is active only from the date of the merge that created it.
    available_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    if TYPE_CHECKING:  # mapped below: a query on the organisation's own table
        has_absorbed_organisations: bool

    rent_periods: Mapped[list[OrganisationRentPeriod]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationRentPeriod.rent_period", lazy="selectin"
    )
    name_changes: Mapped[list[OrganisationNameChange]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationNameChange.startdate", lazy="selectin"
    )


_absorbed = Organisation.__table__.alias("absorbed")
# Whether other organisations have merged, or are set to merge, into it (the live `absorbed_organisations`).
Organisation.has_absorbed_organisations = column_property(  # type: ignore[assignment]
    exists().where(_absorbed.c.absorbing_organisation_id == Organisation.__table__.c.id)
)


class OrganisationRentPeriod(TimestampedMixin, Base):
    """A rent period (code of the lettings form's `period`) the organisation uses; none means all."""

    __tablename__ = "organisation_rent_periods"
    __table_args__ = (UniqueConstraint("organisation_id", "rent_period", name="uq_organisation_rent_periods_pair"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisations.id", ondelete="CASCADE", name="fk_organisation_rent_periods_organisation")
    )
    rent_period: Mapped[int] = mapped_column(Integer)


class OrganisationNameChange(TimestampedMixin, Base):
    """A name in force from `startdate`; before the first change the organisation had its original name."""

    __tablename__ = "organisation_name_changes"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid,
        ForeignKey("organisations.id", ondelete="CASCADE", name="fk_organisation_name_changes_organisation"),
        index=True,
    )
    name: Mapped[str] = mapped_column(String(200))
    previous_name: Mapped[str] = mapped_column(String(200))
    startdate: Mapped[date] = mapped_column(Date)


class DataProtectionConfirmation(TimestampedMixin, Base):
    """The data sharing agreement accepted for the organisation by its data protection officer."""

    __tablename__ = "data_protection_confirmations"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid,
        ForeignKey("organisations.id", ondelete="CASCADE", name="fk_data_protection_confirmations_organisation"),
        index=True,
    )
    confirmed: Mapped[bool] = mapped_column(default=True)
    data_protection_officer_id: Mapped[str] = mapped_column(String(64))
    data_protection_officer_name: Mapped[str] = mapped_column(String(200))
    data_protection_officer_email: Mapped[str] = mapped_column(String(254))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)


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


class Scheme(TimestampedMixin, Base):
    """A supported housing scheme. Answers are the live service's codes (domain/codes.py); None while
    unanswered. `number` gives the public code "S<number>"."""

    __tablename__ = "schemes"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    owning_organisation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisations.id", name="fk_schemes_owning_organisation"), index=True
    )
    managing_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("organisations.id", name="fk_schemes_managing_organisation"), nullable=True
    )
    service_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    sensitive: Mapped[int | None] = mapped_column(Integer, nullable=True)
    scheme_type: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registered_under_care_act: Mapped[int | None] = mapped_column(Integer, nullable=True)
    arrangement_type: Mapped[str | None] = mapped_column(String(1), nullable=True)
    primary_client_group: Mapped[str | None] = mapped_column(String(1), nullable=True)
    has_other_client_group: Mapped[int | None] = mapped_column(Integer, nullable=True)
    secondary_client_group: Mapped[str | None] = mapped_column(String(1), nullable=True)
    support_type: Mapped[int | None] = mapped_column(Integer, nullable=True)
    intended_stay: Mapped[str | None] = mapped_column(String(1), nullable=True)
    confirmed: Mapped[bool] = mapped_column(default=False)

    owning_organisation: Mapped[Organisation] = relationship(foreign_keys=[owning_organisation_id], lazy="joined")
    managing_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[managing_organisation_id], lazy="joined"
    )
    deactivation_periods: Mapped[list[SchemeDeactivationPeriod]] = relationship(
        cascade="all, delete-orphan", order_by="SchemeDeactivationPeriod.deactivation_date", lazy="selectin"
    )


class Location(TimestampedMixin, Base):
    """A place where a scheme provides housing. `location_code` is the local authority's ONS code."""

    __tablename__ = "locations"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    scheme_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("schemes.id", ondelete="CASCADE", name="fk_locations_scheme"), index=True
    )
    postcode: Mapped[str] = mapped_column(String(10), default="", index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    location_code: Mapped[str] = mapped_column(String(10), default="")
    location_admin_district: Mapped[str] = mapped_column(String(100), default="")
    is_la_inferred: Mapped[bool] = mapped_column(default=False)
    units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    type_of_unit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mobility_type: Mapped[str | None] = mapped_column(String(1), nullable=True)
    startdate: Mapped[date | None] = mapped_column(Date, nullable=True)
    confirmed: Mapped[bool] = mapped_column(default=False)

    scheme: Mapped[Scheme] = relationship(lazy="joined")
    deactivation_periods: Mapped[list[LocationDeactivationPeriod]] = relationship(
        cascade="all, delete-orphan", order_by="LocationDeactivationPeriod.deactivation_date", lazy="selectin"
    )


class SchemeDeactivationPeriod(TimestampedMixin, Base):
    __tablename__ = "scheme_deactivation_periods"

    scheme_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("schemes.id", ondelete="CASCADE", name="fk_scheme_deactivation_periods_scheme"), index=True
    )
    deactivation_date: Mapped[date] = mapped_column(Date)
    reactivation_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class LocationDeactivationPeriod(TimestampedMixin, Base):
    __tablename__ = "location_deactivation_periods"

    location_id: Mapped[uuid.UUID] = mapped_column(
        Uuid,
        ForeignKey("locations.id", ondelete="CASCADE", name="fk_location_deactivation_periods_location"),
        index=True,
    )
    deactivation_date: Mapped[date] = mapped_column(Date)
    reactivation_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ServiceAlert(TimestampedMixin, Base):
    """A notification banner support shows from `starts_at` until `ends_at` (open-ended when None)."""

    __tablename__ = "service_alerts"

    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    link_text: Mapped[str] = mapped_column(String(200), default="")
    link_url: Mapped[str] = mapped_column(String(500), default="")
    page_path: Mapped[str] = mapped_column(String(200), default="")
    show_on_public_pages: Mapped[bool] = mapped_column(default=False)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class CollectionResource(TimestampedMixin, Base):
    """The file of one type for one collection year, its bytes in object storage under `storage_key`."""

    __tablename__ = "collection_resources"
    __table_args__ = (UniqueConstraint("year", "resource_type", name="uq_collection_resources_year_type"),)

    year: Mapped[int] = mapped_column(Integer)
    resource_type: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    storage_key: Mapped[str] = mapped_column(String(300))
    uploaded_by: Mapped[str] = mapped_column(String(64), default="")
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime)


outbox = outbox_table(Base.metadata)
