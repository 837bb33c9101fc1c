"""What a log's derived values need of the records its answers name, which the organisations service holds: the
owning organisation's provider type (the letting type, a general needs renewal's previous tenure) and the chosen
location's mobility standard (a supported housing letting's wheelchair standard)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LinkedRecords:
    owner_provider_type: str = ""  # "LA" or "PRP"; "" while the owner is not known
    # The location's mobility standard ("W" wheelchair-user standard, "A", "M", "N"; "" when not given); None when
    # the log names no location or it is not found.
    location_mobility_type: str | None = None


NOTHING_LINKED = LinkedRecords()
