"""Organisations, their stock-owner/managing-agent relationships and the event outbox.

Revision ID: 001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

from core_platform.events.outbox import create_event_tables

revision = "001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_organisations()
    _create_relationships()
    create_event_tables(op.get_bind(), outbox=True)


def _create_organisations() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("provider_type", sa.String(3), nullable=False),
        sa.Column("holds_own_stock", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("data_sharing_agreement_signed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("code", name=op.f("uq_organisations_code")),
        sa.CheckConstraint("provider_type IN ('LA', 'PRP')", name=op.f("ck_organisations_provider_type_known")),
    )
    op.create_index(op.f("ix_organisations_name"), "organisations", ["name"])


def _create_relationships() -> None:
    op.create_table(
        "organisation_relationships",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("parent_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("child_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_relationships")),
        sa.UniqueConstraint(
            "parent_organisation_id", "child_organisation_id", name=op.f("uq_organisation_relationships_pair")
        ),
        sa.CheckConstraint(
            "parent_organisation_id <> child_organisation_id", name=op.f("ck_organisation_relationships_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["parent_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_relationships_parent"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["child_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_relationships_child"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        op.f("ix_organisation_relationships_child_organisation_id"),
        "organisation_relationships",
        ["child_organisation_id"],
    )
    create_event_tables(op.get_bind(), outbox=True)


def downgrade() -> None:
    op.drop_table("outbox_events")
    op.drop_table("organisation_relationships")
    op.drop_table("organisations")
