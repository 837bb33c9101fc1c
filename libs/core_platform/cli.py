"""`python -m <service>_service.manage migrate|seed-demo`: the set-up commands every service offers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from core_platform.config import load_platform_settings
from core_platform.db import make_engine, make_session_factory, session_scope
from core_platform.migrations import upgrade_service

SeedFunction = Callable[[Session], None]


def manage(service: str, migrations_dir: Path, seed_demo: SeedFunction, argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"{service}_service.manage")
    parser.add_argument("command", choices=["migrate", "seed-demo"])
    args = parser.parse_args(argv)
    settings = load_platform_settings(service)
    if args.command == "migrate":
        upgrade_service(migrations_dir, settings)
        return
    engine = make_engine(settings.database_url, settings.database_schema)
    with session_scope(make_session_factory(engine)) as session:
        seed_demo(session)
    engine.dispose()
