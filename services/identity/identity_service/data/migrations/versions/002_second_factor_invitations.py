"""Second-factor codes on sessions; invitation and unlock links beside password resets; API client names.

Revision ID: 002_second_factor_invitations
Revises: 001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "002_second_factor_invitations"
down_revision = "001_initial"
branch_labels = None
depends_on = None

_SESSION_COLUMNS = ("code_hash", "code_requested_at", "code_sent_at", "code_expires_at")


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("second_factor_pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("code_hash", sa.String(255), nullable=True))
        batch.add_column(sa.Column("code_requested_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("code_sent_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("code_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("code_attempts", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("password_reset_requests") as batch:
        batch.add_column(sa.Column("purpose", sa.String(20), nullable=False, server_default="reset"))
        batch.create_check_constraint(
            "ck_password_reset_requests_purpose_known", "purpose IN ('reset', 'invitation', 'unlock')"
        )
    op.create_index("ix_users_name", "users", ["name"])
    with op.batch_alter_table("api_clients") as batch:
        batch.add_column(sa.Column("name", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("api_clients") as batch:
        batch.drop_column("name")
    op.drop_index("ix_users_name", "users")
    with op.batch_alter_table("password_reset_requests") as batch:
        batch.drop_constraint("ck_password_reset_requests_purpose_known", type_="check")
        batch.drop_column("purpose")
    with op.batch_alter_table("sessions") as batch:
        for column in ("second_factor_pending", *_SESSION_COLUMNS, "code_attempts"):
            batch.drop_column(column)
