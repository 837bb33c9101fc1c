"""Demo data of the logs service: no logs (demo users create their own, so the lists start empty and
nothing here can fall outside the open collection years as time passes), but the published
reference tables, so that `make run` validates rents, sale prices and local authorities for real."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from logs_service.data.reference import load_shipped_reference

logger = logging.getLogger(__name__)


def seed_demo(session: Session) -> None:
    """Load the shipped reference tables into an empty database; a second run changes nothing."""
    loaded = load_shipped_reference(session)
    if loaded:
        logger.info("reference data loaded", extra={"tables": loaded})
