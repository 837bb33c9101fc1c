from core_platform.migrations import run_alembic_env
from export_service.data.models import Base

run_alembic_env(Base.metadata)
