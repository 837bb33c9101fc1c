"""Which organisations were merged into which, for the lists: every list asks whose earlier logs the caller
also sees, and merges are rare, so the merges are read once per process and again when older than
`max_age`. A merge recorded by the logs consumer reaches the lists within that time; opening one log
always reads them afresh (operations/common.may_see_log)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from core_platform.db import SessionFactory, session_scope
from logs_service.data import merges

MERGES_MAX_AGE_SECONDS = 10.0


@dataclass
class MergesCache:
    max_age: float = MERGES_MAX_AGE_SECONDS
    clock: Callable[[], float] = time.monotonic
    _edges: merges.MergeEdges | None = field(default=None, repr=False)
    _loaded_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def merged_into(self, sessions: SessionFactory, organisation_id: uuid.UUID) -> frozenset[uuid.UUID]:
        return merges.merged_into(self._current(sessions), organisation_id)

    def _current(self, sessions: SessionFactory) -> merges.MergeEdges:
        edges = self._edges
        if edges is not None and self.clock() - self._loaded_at < self.max_age:
            return edges
        with self._lock:
            if self._edges is None or self.clock() - self._loaded_at >= self.max_age:
                with session_scope(sessions) as session:
                    self._edges = merges.merge_edges(session)
                self._loaded_at = self.clock()
            return self._edges
