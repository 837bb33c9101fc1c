"""An organisation's `available_from`: the date a new absorbing organisation becomes active (its merge date).

Revision ID: 004_available_from
Revises: 003_alerts_and_resources
"""

import sqlalchemy as sa
from alembic import op

revision = "004_available_from"
down_revision = "003_alerts_and_resources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("available_from", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("available_from")
