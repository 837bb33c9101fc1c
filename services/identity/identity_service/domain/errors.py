"""Identity's own domain errors, each a subclass of the shared type that decides its status code."""

from __future__ import annotations

from core_platform.errors import AlreadyExists


class EmailTaken(AlreadyExists):
    def __init__(self) -> None:
        super().__init__("A user with this email address already exists")
