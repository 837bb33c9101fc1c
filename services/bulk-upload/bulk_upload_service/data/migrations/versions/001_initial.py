"""Uploads and the outbox.

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
    op.create_table(
        "uploads",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("log_type", sa.String(10), nullable=False),
        sa.Column("collection_year", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("storage_key", sa.String(255), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("uploaded_by_id", sa.String(64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_uploads"),
        sa.CheckConstraint("log_type IN ('lettings', 'sales')", name="ck_uploads_log_type"),
        sa.CheckConstraint("status IN ('received', 'processing', 'processed', 'failed')", name="ck_uploads_status"),
    )
    op.create_index("ix_uploads_organisation_id_created_at", "uploads", ["organisation_id", "created_at"])
    create_event_tables(op.get_bind(), outbox=True, inbox=False)


def downgrade() -> None:
    op.drop_table("outbox_events")
    op.drop_index("ix_uploads_organisation_id_created_at", table_name="uploads")
    op.drop_table("uploads")
