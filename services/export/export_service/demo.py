"""Demo data: export starts with no runs and no pending changes, so there is nothing to seed."""

from __future__ import annotations

from sqlalchemy.orm import Session


def seed_demo(session: Session) -> None:
    """Kept so `manage seed-demo` works for every service alike."""
