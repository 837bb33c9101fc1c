"""Who a caller is, as identity knows them: the organisations service asks identity (GetUser) whether the
caller is their organisation's data protection officer. An interface, so tests inject a fake."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class DirectoryUser:
    id: str
    name: str
    email: str
    organisation_id: str
    is_dpo: bool


class UserDirectory(Protocol):
    def get_user(self, user_id: str) -> DirectoryUser:
        """The user, looked up with the current caller's token (forwarded by the channel)."""
        ...
