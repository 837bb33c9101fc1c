"""Service alerts (notification banners) and collection resources (files per collection year).

Revision ID: 003_alerts_and_resources
Revises: 002_details_and_schemes
"""

import sqlalchemy as sa
from alembic import op

revision = "003_alerts_and_resources"
down_revision = "002_details_and_schemes"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "service_alerts",
        *_timestamps(),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("link_text", sa.String(200), nullable=False),
        sa.Column("link_url", sa.String(500), nullable=False),
        sa.Column("page_path", sa.String(200), nullable=False),
        sa.Column("show_on_public_pages", sa.Boolean(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_service_alerts"),
    )
    op.create_index("ix_service_alerts_starts_at", "service_alerts", ["starts_at"])
    op.create_table(
        "collection_resources",
        *_timestamps(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("resource_type", sa.String(40), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("storage_key", sa.String(300), nullable=False),
        sa.Column("uploaded_by", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_collection_resources"),
        sa.UniqueConstraint("year", "resource_type", name="uq_collection_resources_year_type"),
    )


def downgrade() -> None:
    op.drop_table("collection_resources")
    op.drop_index("ix_service_alerts_starts_at", table_name="service_alerts")
    op.drop_table("service_alerts")
