"""Who may see and change which schemes and locations: support everything; other users the schemes owned by
their organisation or by its stock owners (another organisation's scheme is NotFound); data coordinators change
them, data providers only look."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, Principal
from core_platform.errors import NotFound, PermissionDenied
from organisations_service.data import organisations as organisation_queries
from organisations_service.data import schemes as queries
from organisations_service.data.models import Location, Scheme
from organisations_service.domain.access import parse_organisation_id

SCHEME_NOT_FOUND = "Scheme not found"
LOCATION_NOT_FOUND = "Location not found"


def visible_owner_ids(session: Session, principal: Principal) -> set[uuid.UUID] | None:
    """Owning organisations whose schemes the caller sees; None means all of them."""
    if principal.is_support:
        return None
    own = parse_organisation_id(principal.organisation_id)
    organisation = organisation_queries.get_organisation(session, own) if own else None
    if organisation is None:
        return set()
    return {organisation.id} | organisation_queries.list_related_ids(session, organisation)


def _visible(session: Session, principal: Principal, scheme: Scheme) -> bool:
    owners = visible_owner_ids(session, principal)
    return owners is None or scheme.owning_organisation_id in owners


def find_scheme(session: Session, principal: Principal, scheme_id: str) -> Scheme:
    parsed = parse_organisation_id(scheme_id)
    scheme = queries.get_scheme(session, parsed) if parsed else None
    if scheme is None or not _visible(session, principal, scheme):
        raise NotFound(SCHEME_NOT_FOUND)
    return scheme


def find_location(session: Session, principal: Principal, location_id: str) -> Location:
    parsed = parse_organisation_id(location_id)
    location = queries.get_location(session, parsed) if parsed else None
    if location is None or not _visible(session, principal, location.scheme):
        raise NotFound(LOCATION_NOT_FOUND)
    return location


def require_editor(principal: Principal) -> None:
    if not (principal.is_support or principal.role == ROLE_DATA_COORDINATOR):
        raise PermissionDenied("Only data coordinators and support can change schemes")
