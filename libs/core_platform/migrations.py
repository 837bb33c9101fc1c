"""Alembic, driven from code: one migration history per service, in `<pkg>/data/migrations/`.

Each service's `env.py` calls `run_alembic_env(metadata)`; `upgrade_service()` migrates to head.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData

from core_platform.config import PlatformSettings
from core_platform.db import ensure_schema, make_engine


def alembic_config(migrations_dir: Path, settings: PlatformSettings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.attributes["platform_settings"] = settings
    return config


def upgrade_service(migrations_dir: Path, settings: PlatformSettings, revision: str = "head") -> None:
    command.upgrade(alembic_config(migrations_dir, settings), revision)


def run_alembic_env(metadata: MetaData) -> None:
    """Body of every service's env.py: run migrations online against the service's database."""
    settings: PlatformSettings = context.config.attributes["platform_settings"]
    engine = make_engine(settings.database_url, settings.database_schema)
    ensure_schema(engine, settings.database_schema)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table_schema=settings.database_schema,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
