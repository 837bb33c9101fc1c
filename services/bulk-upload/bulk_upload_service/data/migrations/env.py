from bulk_upload_service.data.models import Base
from core_platform.migrations import run_alembic_env

run_alembic_env(Base.metadata)
