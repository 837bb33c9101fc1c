"""What the life of a log needs beyond its answers: a version for concurrent edits and its history,
duplicate sets, the flag for a scheme or location deactivated under it, the columns searched and
filtered on (postcode, scheme, location, bulk upload), organisation merges, and the inbox of events.

Revision ID: 004_log_lifecycle
Revises: 003_sale_ranges
"""

import sqlalchemy as sa
from alembic import op

from core_platform.events.outbox import INBOX_TABLE, create_event_tables

revision = "004_log_lifecycle"
down_revision = "003_sale_ranges"
branch_labels = None
depends_on = None

NEW_INDEXED_COLUMNS = ("duplicate_set_id", "postcode_full", "scheme_id", "location_id", "bulk_upload_id")


def upgrade() -> None:
    with op.batch_alter_table("logs") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("duplicate_set_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("unresolved", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("postcode_full", sa.String(20), nullable=True))
        batch.add_column(sa.Column("scheme_id", sa.String(100), nullable=True))
        batch.add_column(sa.Column("location_id", sa.String(100), nullable=True))
        batch.add_column(sa.Column("bulk_upload_id", sa.String(100), nullable=True))
    for column in NEW_INDEXED_COLUMNS:
        op.create_index(op.f(f"ix_logs_{column}"), "logs", [column])
    op.create_table(
        "log_versions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("log_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_by_id", sa.String(100), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_versions")),
        sa.ForeignKeyConstraint(["log_id"], ["logs.id"], name=op.f("fk_log_versions_log_id_logs"), ondelete="CASCADE"),
        sa.UniqueConstraint("log_id", "version", name=op.f("uq_log_versions_log_id_version")),
    )
    op.create_table(
        "organisation_merges",
        sa.Column("merged_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("absorbing_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("merge_date", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("merged_organisation_id", name=op.f("pk_organisation_merges")),
    )
    op.create_index(
        op.f("ix_organisation_merges_absorbing_organisation_id"), "organisation_merges", ["absorbing_organisation_id"]
    )
    create_event_tables(op.get_bind(), outbox=False, inbox=True)


def downgrade() -> None:
    op.drop_table(INBOX_TABLE)
    op.drop_table("organisation_merges")
    op.drop_table("log_versions")
    for column in NEW_INDEXED_COLUMNS:
        op.drop_index(op.f(f"ix_logs_{column}"), "logs")
    with op.batch_alter_table("logs") as batch:
        for column in ("bulk_upload_id", "location_id", "scheme_id", "postcode_full", "unresolved"):
            batch.drop_column(column)
        batch.drop_column("duplicate_set_id")
        batch.drop_column("version")
