"""Indexes for the logs list of a national service (a million logs and more): an organisation's logs
by type, collection year and status in creation order, for the page and its count, without deleted
logs; and trigram indexes for searching tenant codes, property references and postcodes by any part.

Trigrams need PostgreSQL's pg_trgm extension (installed in `public` when missing, so every service
schema can use it). Where it cannot be installed, and on SQLite, plain indexes of the same names keep
the schema equal to the models; searches then scan the organisation's logs.

Revision ID: 005_list_indexes
Revises: 004_log_lifecycle
"""

import sqlalchemy as sa
from alembic import op

revision = "005_list_indexes"
down_revision = "004_log_lifecycle"
branch_labels = None
depends_on = None

NOT_DELETED = sa.text("status <> 'deleted'")
LIST_COLUMNS = ["log_type", "collection_year", "status", "created_at", "id"]
SEARCHED_COLUMNS = ("tenancycode", "propcode", "postcode_full")


def trigram_operator_class(bind: sa.Connection) -> str | None:
    """gin_trgm_ops qualified by the schema pg_trgm lives in, or None where trigrams are unavailable."""
    if bind.dialect.name != "postgresql":
        return None
    installed = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
    )
    schema = bind.scalar(installed)
    if schema is None:
        try:
            with bind.begin_nested():
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"))
        except sa.exc.DBAPIError:
            return None
        schema = bind.scalar(installed)
    return f'"{schema}".gin_trgm_ops'


def upgrade() -> None:
    op.create_index(
        "ix_logs_owning_list", "logs", ["owning_organisation_id", *LIST_COLUMNS],
        postgresql_where=NOT_DELETED, sqlite_where=NOT_DELETED,
    )  # fmt: skip
    op.create_index(
        "ix_logs_managing_list", "logs", ["managing_organisation_id", *LIST_COLUMNS],
        postgresql_where=NOT_DELETED, sqlite_where=NOT_DELETED, postgresql_include=["owning_organisation_id"],
    )  # fmt: skip
    operator_class = trigram_operator_class(op.get_bind())
    for column in SEARCHED_COLUMNS:
        if operator_class:
            op.create_index(
                f"ix_logs_{column}_trgm", "logs", [column],
                postgresql_using="gin", postgresql_ops={column: operator_class},
            )  # fmt: skip
        else:
            op.create_index(f"ix_logs_{column}_trgm", "logs", [column])


def downgrade() -> None:
    for column in SEARCHED_COLUMNS:
        op.drop_index(f"ix_logs_{column}_trgm", "logs")
    op.drop_index("ix_logs_managing_list", "logs")
    op.drop_index("ix_logs_owning_list", "logs")
