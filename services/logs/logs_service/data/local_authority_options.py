"""The local authorities a form offers, from the reference table (`data/reference.py` loads it)."""

from __future__ import annotations

import time

from sqlalchemy import or_, select

from core_platform.db import SessionFactory, session_scope
from logs_service.data.models import LocalAuthority
from logs_service.domain.organisation_choices import LocalAuthorityRef


class ReferenceLocalAuthorities:
    """Read from the service's own database; a year's list is kept for `max_age` seconds (the table
    changes only by an import, which then shows within that time)."""

    def __init__(self, sessions: SessionFactory, max_age: float = 600.0) -> None:
        self._sessions = sessions
        self._max_age = max_age
        self._by_year: dict[int, tuple[float, list[LocalAuthorityRef]]] = {}

    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        now = time.monotonic()
        kept = self._by_year.get(collection_year)
        if kept is None or now - kept[0] > self._max_age:
            kept = (now, self._load(collection_year))
            self._by_year[collection_year] = kept
        return kept[1]

    def _load(self, collection_year: int) -> list[LocalAuthorityRef]:
        # Valid from 1 April start_year until 31 March end_year: in force for the whole year that
        # starts 1 April collection_year when start_year <= collection_year < end_year.
        query = (
            select(LocalAuthority.code, LocalAuthority.name)
            .where(LocalAuthority.start_year <= collection_year)
            .where(or_(LocalAuthority.end_year.is_(None), LocalAuthority.end_year > collection_year))
            .order_by(LocalAuthority.name, LocalAuthority.code)
        )
        with session_scope(self._sessions) as session:
            return [LocalAuthorityRef(code, name) for code, name in session.execute(query)]
