"""Migrations agree with the models and with the recorded head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from logs_service.data.models import Base
from logs_service.manage import MIGRATIONS_DIR

SERVICE_ROOT = Path(__file__).resolve().parents[1]


def test_current_alembic_head_names_the_newest_migration():
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert (SERVICE_ROOT / ".current-alembic-head").read_text().strip() == head


def test_migrations_create_exactly_the_modelled_schema(engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
