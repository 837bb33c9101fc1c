"""What one save changes. The live service works some values out only when a particular answer changes
(its `<field>_changed?`), not whenever the answers allow them: a derivation compares the answers as
stored before the save with the answers it is about to store."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_ANY: Any = object()


@dataclass(frozen=True)
class AnswerChanges:
    before: Mapping[str, Any]  # the stored answers; empty for a new log, every answer of which is a change
    after: Mapping[str, Any]

    def changed(self, name: str, *, was: Any = _ANY, to: Any = _ANY) -> bool:
        """The answer differs from the stored one; given `was` and `to`, it changed from that to this."""
        before, after = self.before.get(name), self.after.get(name)
        return before != after and (was is _ANY or before == was) and (to is _ANY or after == to)


def answer_changes(previous: Mapping[str, Any] | None, answers: Mapping[str, Any]) -> AnswerChanges:
    """The changes from `previous` (the stored answers; None for a new log) to `answers`."""
    return AnswerChanges(previous or {}, answers)
