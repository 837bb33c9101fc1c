"""Organisations as logs sees them, remembered for a short while. Every question page asks who may
own and manage the log and what kind of provider the owner is: without a cache that is two or three
calls to organisations per page, each verifying a token and reading its database.

Answers are kept per caller scope (their organisation, or support), since organisations answers each
caller by its own rules. A change in organisations (a new relationship, a deactivation) reaches the
forms within `ttl_seconds`; answers of "no such organisation" are not kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import TypeVar

from core_platform.auth.principal import current_principal
from logs_service.domain.organisations import OrganisationRef, OrganisationsDirectory

DEFAULT_TTL_SECONDS = 30.0
MAX_ENTRIES = 20_000  # about 1,500 organisations for a few hundred caller organisations at once

Found = TypeVar("Found")


class CachedOrganisationsDirectory:
    def __init__(
        self,
        directory: OrganisationsDirectory,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._directory = directory
        self._ttl = ttl_seconds
        self._clock = clock
        self._entries: dict[Hashable, tuple[float, object]] = {}
        self._lock = threading.Lock()

    def get(self, id_or_code: str) -> OrganisationRef | None:
        return self._remembered(("get", id_or_code.strip().upper()), lambda: self._directory.get(id_or_code))

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        return list(
            self._remembered(("owners", organisation_id), lambda: self._directory.stock_owners(organisation_id))
        )

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        found = self._remembered(("agents", organisation_id), lambda: self._directory.managing_agents(organisation_id))
        return list(found)

    def all_organisations(self) -> list[OrganisationRef]:
        return list(self._remembered(("all",), self._directory.all_organisations))

    def _remembered(self, key: tuple[str, ...], fetch: Callable[[], Found]) -> Found:
        principal = current_principal.get()
        scoped = (principal.is_support, principal.organisation_id) if principal else None, *key
        now = self._clock()
        with self._lock:
            entry = self._entries.get(scoped)
        if entry is not None and now - entry[0] < self._ttl:
            return entry[1]  # type: ignore[return-value]
        found = fetch()
        if found is not None:
            with self._lock:
                if len(self._entries) >= MAX_ENTRIES:
                    self._entries.clear()
                self._entries[scoped] = (now, tuple(found) if isinstance(found, list) else found)
        return found
