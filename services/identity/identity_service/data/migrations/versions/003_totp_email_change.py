"""Authenticator-app secrets and pending email addresses on users; email-change links.

Revision ID: 003_totp_email_change
Revises: 002_second_factor_invitations
"""

import sqlalchemy as sa
from alembic import op

revision = "003_totp_email_change"
down_revision = "002_second_factor_invitations"
branch_labels = None
depends_on = None

_CHECK = "ck_password_reset_requests_purpose_known"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("totp_secret", sa.String(500), nullable=True))
        batch.add_column(sa.Column("totp_pending_secret", sa.String(500), nullable=True))
        batch.add_column(sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("pending_email", sa.String(254), nullable=True))
    with op.batch_alter_table("password_reset_requests") as batch:
        batch.drop_constraint(_CHECK, type_="check")
        batch.create_check_constraint(_CHECK, "purpose IN ('reset', 'invitation', 'unlock', 'email_change')")


def downgrade() -> None:
    op.execute("DELETE FROM password_reset_requests WHERE purpose = 'email_change'")
    with op.batch_alter_table("password_reset_requests") as batch:
        batch.drop_constraint(_CHECK, type_="check")
        batch.create_check_constraint(_CHECK, "purpose IN ('reset', 'invitation', 'unlock')")
    with op.batch_alter_table("users") as batch:
        for column in ("pending_email", "totp_last_step", "totp_pending_secret", "totp_secret"):
            batch.drop_column(column)
