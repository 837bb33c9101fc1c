"""Export runs, log changes, and the inbox and outbox.

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
        "export_runs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("collection", sa.String(20), nullable=False),
        sa.Column("run_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_export_runs"),
        sa.UniqueConstraint("collection", "run_date", name="uq_export_runs_collection_run_date"),
        sa.CheckConstraint("collection IN ('lettings', 'sales')", name="ck_export_runs_collection"),
    )
    op.create_table(
        "log_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("log_id", sa.Uuid(), nullable=False),
        sa.Column("log_type", sa.String(20), nullable=False),
        sa.Column("event_type", sa.String(120), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("exported_run_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_log_changes"),
        sa.UniqueConstraint("event_id", name="uq_log_changes_event_id"),
        sa.ForeignKeyConstraint(
            ["exported_run_id"], ["export_runs.id"], name="fk_log_changes_exported_run_id_export_runs"
        ),
        sa.CheckConstraint("log_type IN ('lettings', 'sales')", name="ck_log_changes_log_type"),
    )
    op.create_index("ix_log_changes_log_type_exported_run_id", "log_changes", ["log_type", "exported_run_id"])
    op.create_index("ix_log_changes_log_id", "log_changes", ["log_id"])
    create_event_tables(op.get_bind(), outbox=True, inbox=True)


def downgrade() -> None:
    op.drop_table("processed_events")
    op.drop_table("outbox_events")
    op.drop_index("ix_log_changes_log_id", table_name="log_changes")
    op.drop_index("ix_log_changes_log_type_exported_run_id", table_name="log_changes")
    op.drop_table("log_changes")
    op.drop_table("export_runs")
