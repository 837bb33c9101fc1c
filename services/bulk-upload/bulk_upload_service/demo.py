"""Demo data: bulk upload starts with no uploads, so there is nothing to seed."""

from __future__ import annotations

from sqlalchemy.orm import Session


def seed_demo(session: Session) -> None:
    """Kept so `manage seed-demo` works for every service alike."""
