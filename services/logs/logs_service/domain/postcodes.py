"""The local authority of a postcode, as the organisations service finds it, and the answers it fills: the
property postcode gives the property's local authority (`la`), the previous postcode the previous one (`prevloc`).
A local authority found this way is marked inferred, so its question is not asked; when none is found (the offline
table covers part of England, or the lookup is down) it is asked, as in the live service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class LocalAuthorityLookup(Protocol):
    def local_authority_of(self, postcode: str) -> str | None:
        """The ONS code of the postcode's local authority; None when it is not found or the lookup failed."""
        ...


class NoLocalAuthorityLookup:
    """Finds nothing: every local authority is asked."""

    def local_authority_of(self, postcode: str) -> str | None:
        return None


@dataclass(frozen=True)
class PostcodeArea:
    postcode: str  # the answer holding the postcode
    local_authority: str  # the answer the postcode's local authority fills
    inferred: str  # true while that local authority came from the postcode

    def is_unchanged(self, given: Mapping[str, Any], saved: Mapping[str, Any]) -> bool:
        """The given postcode is the saved one, already looked up (the page saved again as it was)."""
        return saved.get(self.inferred) is not None and _compact(given.get(self.postcode)) == _compact(
            saved.get(self.postcode)
        )

    def answers_for(self, found: str | None, given: Mapping[str, Any], saved: Mapping[str, Any]) -> dict[str, Any]:
        """What the lookup of a new postcode sets. Found: its local authority, inferred. Not found (or no postcode
        any more): the local authority is asked, and one inferred from the earlier postcode is forgotten, unless
        this change gives one itself."""
        if found:
            return {self.local_authority: found, self.inferred: True}
        if saved.get(self.inferred) and self.local_authority not in given:
            return {self.inferred: False, self.local_authority: None}
        return {self.inferred: False}

    def forget_without_postcode(self, answers: dict[str, Any]) -> None:
        """A local authority inferred from a postcode that is no longer answered (its question was unrouted: the
        postcode became "not known") goes with it, and the local authority is asked."""
        if answers.get(self.inferred) and not answers.get(self.postcode):
            answers.pop(self.local_authority, None)
            answers[self.inferred] = False


PROPERTY = PostcodeArea("postcode_full", "la", "is_la_inferred")
PREVIOUS = PostcodeArea("ppostcode_full", "prevloc", "is_previous_la_inferred")
POSTCODE_AREAS = (PROPERTY, PREVIOUS)


def _compact(postcode: Any) -> str:
    return str(postcode or "").replace(" ", "").upper()
