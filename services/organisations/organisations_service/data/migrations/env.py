"""Alembic environment of the organisations service (see core_platform.migrations)."""

from core_platform.migrations import run_alembic_env
from organisations_service.data.models import Base

run_alembic_env(Base.metadata)
