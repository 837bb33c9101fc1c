"""What rules may look up about the organisations, schemes and locations a log names.

The organisations service owns them; the logs service asks it through `Lookups` (see
`logs_service.domain.entity_lookups`), so the rules stay pure and tests pass plain values. Every lookup
answers None when the thing is unknown (or may not be seen): a rule that needs it then stays silent.

Availability on a date follows the live service's `status_at(date)`: a deactivation period runs from
its deactivation date up to (not including) its reactivation date, or for ever without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

ACTIVE = "active"
INCOMPLETE = "incomplete"
DEACTIVATED = "deactivated"
REACTIVATING_SOON = "reactivating_soon"
ACTIVATING_SOON = "activating_soon"
DEACTIVATING_SOON = "deactivating_soon"


@dataclass(frozen=True)
class Period:
    deactivation_date: date
    reactivation_date: date | None = None


@dataclass(frozen=True)
class OrganisationFacts:
    id: str
    name: str
    active: bool = True
    merge_date: date | None = None
    absorbing_organisation_id: str = ""
    data_sharing_agreement_signed: bool = True
    rent_periods: tuple[int, ...] = ()  # codes of the lettings `period` question; empty: every period
    available_from: date | None = None  # a new absorbing organisation is active from its merge date
    has_absorbed_organisations: bool = False


@dataclass(frozen=True)
class SchemeFacts:
    id: str
    name: str
    status: str  # today's status, as the organisations service gives it
    owning_organisation_id: str
    periods: tuple[Period, ...] = ()


@dataclass(frozen=True)
class LocationFacts:
    id: str
    postcode: str
    scheme_id: str
    status: str
    confirmed: bool = True
    startdate: date | None = None
    periods: tuple[Period, ...] = ()
    mobility_type: str = ""


class Lookups(Protocol):
    def organisation(self, organisation_id: str) -> OrganisationFacts | None: ...

    def scheme(self, scheme_id: str, owner_id: str) -> SchemeFacts | None:
        """The scheme, found among the schemes of its owning organisation (the log's owner)."""
        ...

    def locations(self, scheme_id: str) -> tuple[LocationFacts, ...]:
        """Every location of the scheme, whatever its status."""
        ...


class NoLookups:
    def organisation(self, organisation_id: str) -> OrganisationFacts | None:
        return None

    def scheme(self, scheme_id: str, owner_id: str) -> SchemeFacts | None:
        return None

    def locations(self, scheme_id: str) -> tuple[LocationFacts, ...]:
        return ()


NO_LOOKUPS: Lookups = NoLookups()


@dataclass(frozen=True)
class Availability:
    """A status on a day and the date the message names (deactivation, reactivation or start)."""

    status: str
    date: date | None = None

    @property
    def unavailable(self) -> bool:
        return self.status in (DEACTIVATED, REACTIVATING_SOON, ACTIVATING_SOON)


def merged_on(organisation: OrganisationFacts | None, day: date) -> bool:
    return organisation is not None and organisation.merge_date is not None and organisation.merge_date <= day


def not_yet_active_on(organisation: OrganisationFacts | None, day: date) -> bool:
    """An absorbing organisation whose 'available from' date is after the day (the live `absorbing_*_inactive?`)."""
    return (
        organisation is not None
        and organisation.has_absorbed_organisations
        and organisation.available_from is not None
        and organisation.available_from > day
    )


def _open_deactivation(periods: Sequence[Period]) -> Period | None:
    return next((p for p in sorted(periods, key=lambda p: p.deactivation_date) if p.reactivation_date is None), None)


def _reactivation_after(periods: Sequence[Period], day: date) -> date | None:
    """The reactivation date of the period the day falls in, when it has one."""
    return next(
        (
            p.reactivation_date
            for p in periods
            if p.reactivation_date is not None and p.deactivation_date <= day < p.reactivation_date
        ),
        None,
    )


def _deactivated(periods: Sequence[Period], day: date) -> date | None:
    found = _open_deactivation(periods)
    return found.deactivation_date if found is not None and found.deactivation_date <= day else None


def owner_inactive_on(owner: OrganisationFacts | None, day: date) -> bool:
    return owner is not None and (not owner.active or merged_on(owner, day))


def scheme_availability(scheme: SchemeFacts, owner: OrganisationFacts | None, day: date) -> Availability:
    """The scheme on `day`: deactivated (its owner inactive, or an open deactivation begun) or
    reactivating soon (inside a deactivation with a reactivation date)."""
    deactivated = _deactivated(scheme.periods, day)
    if owner_inactive_on(owner, day) or deactivated is not None:
        open_period = _open_deactivation(scheme.periods)
        return Availability(DEACTIVATED, open_period.deactivation_date if open_period else None)
    reactivation = _reactivation_after(scheme.periods, day)
    if reactivation is not None:
        return Availability(REACTIVATING_SOON, reactivation)
    return Availability(ACTIVE)


def location_availability(
    location: LocationFacts, scheme: SchemeFacts | None, owner: OrganisationFacts | None, day: date
) -> Availability:
    """The location on `day`: deactivated (owner inactive, it or its scheme deactivated), activating
    soon (its start date later) or reactivating soon (in its or its scheme's deactivation with a
    reactivation date)."""
    scheme_periods = scheme.periods if scheme is not None else ()
    own = _deactivated(location.periods, day)
    of_scheme = _deactivated(scheme_periods, day)
    if owner_inactive_on(owner, day) or own is not None or of_scheme is not None:
        return Availability(DEACTIVATED, own or of_scheme)
    if location.startdate is not None and day < location.startdate:
        return Availability(ACTIVATING_SOON, location.startdate)
    reactivation = _reactivation_after(location.periods, day) or _reactivation_after(scheme_periods, day)
    if reactivation is not None:
        return Availability(REACTIVATING_SOON, reactivation)
    return Availability(ACTIVE)


def govuk_date(day: date | None) -> str:
    """'1 April 2025'."""
    return f"{day.day} {day:%B %Y}" if day is not None else ""


@dataclass(frozen=True)
class MemoryLookups:
    """Lookups held in memory: for bulk checks that fetched everything up front, and for tests."""

    organisations: tuple[OrganisationFacts, ...] = ()
    schemes: tuple[SchemeFacts, ...] = ()
    all_locations: tuple[LocationFacts, ...] = ()

    def organisation(self, organisation_id: str) -> OrganisationFacts | None:
        return next((o for o in self.organisations if o.id == organisation_id), None)

    def scheme(self, scheme_id: str, owner_id: str) -> SchemeFacts | None:
        return next((s for s in self.schemes if s.id == scheme_id and s.owning_organisation_id == owner_id), None)

    def locations(self, scheme_id: str) -> tuple[LocationFacts, ...]:
        return tuple(loc for loc in self.all_locations if loc.scheme_id == scheme_id)
