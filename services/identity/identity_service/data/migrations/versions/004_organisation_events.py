"""The inbox of consumed events and the organisation merges they announce.

Revision ID: 004_organisation_events
Revises: 003_totp_email_change
"""

import sqlalchemy as sa
from alembic import op

from core_platform.events.outbox import INBOX_TABLE, create_event_tables

revision = "004_organisation_events"
down_revision = "003_totp_email_change"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_event_tables(op.get_bind(), outbox=False, inbox=True)
    op.create_table(
        "organisation_merges",
        sa.Column("merged_organisation_id", sa.String(36), nullable=False),
        sa.Column("absorbing_organisation_id", sa.String(36), nullable=False),
        sa.Column("merge_date", sa.Date(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("merged_organisation_id", name="pk_organisation_merges"),
    )


def downgrade() -> None:
    op.drop_table("organisation_merges")
    op.drop_table(INBOX_TABLE)
