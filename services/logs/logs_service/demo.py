"""Demo data of the logs service: none. Demo users create their own logs, so the lists start empty
and nothing here can fall outside the open collection years as time passes."""

from __future__ import annotations

from sqlalchemy.orm import Session


def seed_demo(session: Session) -> None:
    """Nothing to seed; kept so every service offers the same `seed-demo` command."""
