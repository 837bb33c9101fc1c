"""Who may ask what. Names and codes of organisations are public, so any signed-in caller may look
one up; relationships are shown only to the organisation itself and to support."""

from __future__ import annotations

import uuid

from core_platform.auth.principal import Principal


def may_see_relationships_of(principal: Principal, organisation_id: uuid.UUID) -> bool:
    return principal.is_support or principal.belongs_to(str(organisation_id))


def may_see_details_of(principal: Principal, organisation_id: uuid.UUID) -> bool:
    """Contact details, units, rent periods and the data protection confirmation."""
    return principal.is_support or principal.belongs_to(str(organisation_id))


def parse_organisation_id(raw: str) -> uuid.UUID | None:
    """A malformed id names no organisation: callers answer NotFound, as for an unknown one."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def normalise_code(raw: str) -> str:
    return raw.strip().upper()
