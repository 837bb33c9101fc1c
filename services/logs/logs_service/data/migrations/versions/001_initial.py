"""Logs (metadata columns plus answers) and the event outbox.

Revision ID: 001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from core_platform.events.outbox import create_event_tables

revision = "001_initial"
down_revision = None
branch_labels = None
depends_on = None

INDEXED_COLUMNS = (
    "log_type",
    "status",
    "collection_year",
    "assigned_to_id",
    "startdate",
    "tenancycode",
    "propcode",
    "created_at",
    "updated_at",
)


def upgrade() -> None:
    op.create_table(
        "logs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("log_type", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("collection_year", sa.Integer(), nullable=True),
        sa.Column("owning_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("owning_organisation_code", sa.String(20), nullable=True),
        sa.Column("managing_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("managing_organisation_code", sa.String(20), nullable=True),
        sa.Column("assigned_to_id", sa.String(100), nullable=True),
        sa.Column("created_by_id", sa.String(100), nullable=True),
        sa.Column("startdate", sa.Date(), nullable=True),
        sa.Column("tenancycode", sa.String(255), nullable=True),
        sa.Column("propcode", sa.String(255), nullable=True),
        sa.Column("needstype", sa.Integer(), nullable=True),
        sa.Column("answers", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logs")),
        sa.CheckConstraint("log_type IN ('lettings', 'sales')", name=op.f("ck_logs_log_type_known")),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'completed', 'pending', 'deleted')",
            name=op.f("ck_logs_status_known"),
        ),
    )
    for column in INDEXED_COLUMNS:
        op.create_index(op.f(f"ix_logs_{column}"), "logs", [column])
    for column in ("owning_organisation_id", "managing_organisation_id"):
        op.create_index(op.f(f"ix_logs_{column}_created_at"), "logs", [column, "created_at"])
    create_event_tables(op.get_bind(), outbox=True)


def downgrade() -> None:
    op.drop_table("outbox_events")
    op.drop_table("logs")
