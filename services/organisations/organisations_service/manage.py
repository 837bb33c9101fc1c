"""`python -m organisations_service.manage migrate|seed-demo`."""

from __future__ import annotations

from pathlib import Path

from core_platform.cli import manage
from organisations_service.config import SERVICE
from organisations_service.demo import seed_demo

MIGRATIONS_DIR = Path(__file__).resolve().parent / "data" / "migrations"


def main() -> None:
    manage(SERVICE, MIGRATIONS_DIR, seed_demo)


if __name__ == "__main__":
    main()
