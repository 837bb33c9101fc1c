"""What every operation on a log shares: its dependencies, finding a log the caller may see, and
writing answers together with the columns copied from them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, Principal
from core_platform.db import SessionFactory
from core_platform.errors import NotFound
from logs_service.data import logs as queries
from logs_service.data import merges
from logs_service.data.models import Log
from logs_service.domain.addresses import AddressLookup, OfflineAddressLookup
from logs_service.domain.forms.address import forget_orphaned_local_authorities, settle_address_bookkeeping
from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import FormContext
from logs_service.domain.logs import COMPLETED, DELETED, IN_PROGRESS, may_see, metadata_from, status_for
from logs_service.domain.organisation_choices import (
    OWNING_ORGANISATION,
    OptionSources,
    OrganisationChoices,
)
from logs_service.domain.organisations import OrganisationsDirectory
from logs_service.domain.postcodes import LocalAuthorityLookup, NoLocalAuthorityLookup
from logs_service.operations.merges_cache import MergesCache
from logs_service.operations.validation import ReferenceCache, changed_answers, check_log

LOG_NOT_FOUND = "Log not found"
ASSIGNED_TO = "assigned_to_id"


def london_today() -> date:
    """Collection years and the 14-day limit turn over at midnight in England, not in UTC."""
    try:
        return datetime.now(ZoneInfo("Europe/London")).date()
    except ZoneInfoNotFoundError:  # a container without time zone data: an hour out at most
        return datetime.now(UTC).date()


@dataclass(frozen=True)
class Dependencies:
    sessions: SessionFactory
    organisations: OrganisationsDirectory
    today: Callable[[], date] = london_today
    # Users, schemes, locations and local authorities offered by the form; none by default.
    sources: OptionSources = field(default_factory=OptionSources)
    # Rent ranges and local authorities for the validation engine, loaded once per process.
    reference_cache: ReferenceCache = field(default_factory=ReferenceCache, compare=False)
    # The property address search; offline demo addresses unless a search service is configured.
    addresses: AddressLookup = field(default_factory=OfflineAddressLookup, compare=False)
    # The local authority of a postcode (the organisations service's lookup); none found unless given.
    postcodes: LocalAuthorityLookup = field(default_factory=NoLocalAuthorityLookup, compare=False)
    # Organisation merges for the lists, read once per process and again when stale.
    merges_cache: MergesCache = field(default_factory=MergesCache, compare=False)

    def choices(self, principal: Principal) -> OrganisationChoices:
        """The answer lists of one request for this caller."""
        return OrganisationChoices(self.organisations, principal, self.sources, self.today())


def load_visible_log(session: Session, principal: Principal, log_id: str, *, for_update: bool = False) -> Log:
    """The log, unless it is deleted or the caller may not see it: then NotFound, as for an unknown id,
    so nobody learns which ids exist elsewhere."""
    try:
        parsed = uuid.UUID(log_id)
    except ValueError:
        raise NotFound(LOG_NOT_FOUND) from None
    log = queries.get_log(session, parsed, for_update=for_update)
    if log is None or log.status == DELETED or not may_see_log(session, principal, log):
        raise NotFound(LOG_NOT_FOUND)
    return log


def may_see_log(session: Session, principal: Principal, log: Log) -> bool:
    owner, manager = _text(log.owning_organisation_id), _text(log.managing_organisation_id)
    if principal.is_support or may_see(principal, owner, manager):
        return True
    try:
        organisation = uuid.UUID(principal.organisation_id)
    except ValueError:
        return False
    merged = merges.merged_into(merges.merge_edges(session), organisation)
    return may_see(principal, owner, manager, {str(org) for org in merged})


def merged_in(deps: Dependencies, principal: Principal) -> frozenset[uuid.UUID]:
    """The organisations merged into the caller's, whose earlier logs the caller sees too."""
    try:
        return deps.merges_cache.merged_into(deps.sessions, uuid.UUID(principal.organisation_id))
    except ValueError:
        return frozenset()


def form_context(
    deps: Dependencies,
    principal: Principal,
    choices: OrganisationChoices,
    answers: dict[str, Any],
    saved_startdate: date | None = None,
) -> FormContext:
    """What routing may look at for this caller and these answers."""
    return FormContext(
        answers,
        choices,
        deps.today(),
        saved_startdate=saved_startdate,
        may_assign=principal.is_support or principal.role == ROLE_DATA_COORDINATOR,
        owner_provider_type=choices.provider_type(answers.get(OWNING_ORGANISATION)),
        reference=deps.reference_cache.get(deps.sessions),
    )


def store_answers(log: Log, answers: dict[str, Any], form: Form, context: FormContext) -> None:
    """Write the answers (blank ones dropped, and those of pages no longer shown) with the values
    derived from them, the columns copied from them, and the status."""
    choices = context.choices
    assert isinstance(choices, OrganisationChoices)
    # previous: a new log has no answers yet (None)
    given = {name: value for name, value in answers.items() if value is not None}
    derive = partial(
        derive_answers, form, previous=log.answers, reference=context.reference, linked=choices.linked_records(given)
    )
    given = derive(given)
    settle_address_bookkeeping(given)
    owner_type = choices.provider_type(given.get(OWNING_ORGANISATION))
    routing = replace(context, answers=given, owner_provider_type=owner_type)
    kept = derive(form.without_unrouted_answers(routing, derive))
    forget_orphaned_local_authorities(kept)
    metadata = metadata_from(kept)
    changed = changed_answers(kept, log.answers) if log.answers else None
    log.answers = kept
    log.startdate = metadata.startdate
    log.collection_year = metadata.collection_year
    log.tenancycode = metadata.tenancycode
    log.propcode = metadata.propcode
    log.needstype = metadata.needstype
    log.postcode_full = metadata.postcode_full
    log.scheme_id = metadata.scheme_id
    log.location_id = metadata.location_id
    if kept.get(ASSIGNED_TO):  # a coordinator or support chose who the log is for
        log.assigned_to_id = str(kept[ASSIGNED_TO])
    if _text(log.owning_organisation_id) != metadata.owning_organisation_id:
        log.owning_organisation_id, log.owning_organisation_code = _organisation(
            metadata.owning_organisation_id, choices
        )
    if _text(log.managing_organisation_id) != metadata.managing_organisation_id:
        log.managing_organisation_id, log.managing_organisation_code = _organisation(
            metadata.managing_organisation_id, choices
        )
    final = form.prepared(replace(routing, answers=kept))
    log.status = status_for(form, final)
    if log.status == COMPLETED and check_log(form, final, changed).errors:  # complete only without hard errors
        log.status = IN_PROGRESS


def event_payload(log: Log) -> dict[str, Any]:
    """Ids and codes only: events carry no personal data."""
    return {
        "log_id": str(log.id),
        "log_type": log.log_type,
        "owning_organisation_id": _text(log.owning_organisation_id),
        "collection_year": log.collection_year,
    }


def _organisation(organisation_id: str | None, choices: OrganisationChoices) -> tuple[uuid.UUID | None, str | None]:
    if not organisation_id:
        return None, None
    found = choices.organisation(organisation_id)
    return uuid.UUID(organisation_id), found.code if found else None


def _text(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None
