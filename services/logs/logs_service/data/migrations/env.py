"""Alembic environment of the logs service (see core_platform.migrations)."""

from core_platform.migrations import run_alembic_env
from logs_service.data.models import Base

run_alembic_env(Base.metadata)
