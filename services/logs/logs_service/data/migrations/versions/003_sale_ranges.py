"""Sale ranges: purchase price soft ranges per collection year, local authority and bedrooms.

Revision ID: 003_sale_ranges
Revises: 002_reference_data
"""

import sqlalchemy as sa
from alembic import op

revision = "003_sale_ranges"
down_revision = "002_reference_data"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sale_ranges",
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("bedrooms", sa.Integer(), nullable=False),
        sa.Column("soft_min", sa.Numeric(12, 2), nullable=False),
        sa.Column("soft_max", sa.Numeric(12, 2), nullable=False),
        sa.PrimaryKeyConstraint("start_year", "la", "bedrooms", name=op.f("pk_sale_ranges")),
    )


def downgrade() -> None:
    op.drop_table("sale_ranges")
