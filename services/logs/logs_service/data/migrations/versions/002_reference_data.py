"""Reference data: local authorities with their links, and rent ranges per collection year.

Revision ID: 002_reference_data
Revises: 001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "002_reference_data"
down_revision = "001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_authorities",
        sa.Column("code", sa.String(9), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_local_authorities")),
    )
    op.create_table(
        "local_authority_links",
        sa.Column("local_authority_code", sa.String(9), nullable=False),
        sa.Column("linked_local_authority_code", sa.String(9), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_authority_code"],
            ["local_authorities.code"],
            name=op.f("fk_local_authority_links_local_authority_code_local_authorities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_local_authority_code"],
            ["local_authorities.code"],
            name=op.f("fk_local_authority_links_linked_local_authority_code_local_authorities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "local_authority_code", "linked_local_authority_code", name=op.f("pk_local_authority_links")
        ),
    )
    op.create_table(
        "rent_ranges",
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("lettype", sa.Integer(), nullable=False),
        sa.Column("soft_min", sa.Numeric(10, 2), nullable=False),
        sa.Column("soft_max", sa.Numeric(10, 2), nullable=False),
        sa.Column("hard_min", sa.Numeric(10, 2), nullable=False),
        sa.Column("hard_max", sa.Numeric(10, 2), nullable=False),
        sa.PrimaryKeyConstraint("start_year", "la", "beds", "lettype", name=op.f("pk_rent_ranges")),
    )


def downgrade() -> None:
    op.drop_table("rent_ranges")
    op.drop_table("local_authority_links")
    op.drop_table("local_authorities")
