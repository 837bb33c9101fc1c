"""Which organisations a caller may pick as a log's stock owner and managing agent (live rules,
simplified: no merged or absorbed organisations yet).

- Stock owner: support may pick any active organisation that holds stock; anyone else their own
  organisation when it holds stock, or an organisation whose stock theirs manages.
- Managing agent: the owner or one of its managing agents. Anyone but support manages the log
  themselves unless the owner is their own organisation.

So a caller other than support always stays the owning or the managing organisation of the logs
they write, and keeps seeing them.

The other lists come through `OptionSources`, each behind its own interface (tests pass fakes):

- Users (`assigned_to_id`): the active users of the log's owning and managing organisations, as
  identity lets the caller list them (a coordinator sees only their own organisation's users).
- Schemes (`scheme_id`): the owning organisation's active schemes; locations (`location_id`): the
  active locations of the chosen scheme.
- Local authorities (`la`, `prevloc`): those of the reference table valid in the log's collection year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from core_platform.auth.principal import Principal
from logs_service.domain.entity_lookups import DirectoryLookups
from logs_service.domain.forms.collection_years import collection_year_of
from logs_service.domain.forms.linked import LinkedRecords
from logs_service.domain.forms.model import AnswerOption
from logs_service.domain.forms.predicates import (
    ENGLISH_LOCAL_AUTHORITIES,
    LOCAL_AUTHORITIES,
    LOCATIONS,
    MANAGING_AGENTS,
    SCHEMES,
    STOCK_OWNERS,
    USERS,
)
from logs_service.domain.forms.registry import LOG_DATE_FIELDS
from logs_service.domain.organisations import OrganisationRef, OrganisationsDirectory

ENGLAND_CODE_PREFIX = "E"  # ONS codes: E England, W Wales, S Scotland, N Northern Ireland
OWNING_ORGANISATION = "owning_organisation_id"
MANAGING_ORGANISATION = "managing_organisation_id"
SCHEME = "scheme_id"
LOCATION = "location_id"
# Schemes and locations still letting today: deactivating ones are active until their date.
ACTIVE_STATUSES = frozenset({"active", "deactivating_soon"})


@dataclass(frozen=True)
class UserRef:
    id: str
    name: str
    email: str
    organisation_id: str
    active: bool = True


class UsersDirectory(Protocol):
    def users_of(self, organisation_id: str) -> list[UserRef]:
        """The organisation's users the caller may list (none when the caller may not list them)."""
        ...


@dataclass(frozen=True)
class SchemeRef:
    id: str
    code: str  # "S<n>"
    name: str
    owning_organisation_id: str
    status: str  # "active", "incomplete", "deactivated", ...
    # (deactivation date, reactivation date or None) of each deactivation, ISO dates
    deactivation_periods: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LocationRef:
    id: str
    code: str
    name: str
    postcode: str
    scheme_id: str
    status: str
    confirmed: bool = True
    startdate: str = ""  # ISO date the location is available from; "" when not set
    deactivation_periods: tuple[tuple[str, str], ...] = ()  # as SchemeRef's
    mobility_type: str = ""  # "W" wheelchair-user standard, "A", "M", "N"; "" when not given


class SchemesDirectory(Protocol):
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]: ...

    def locations_of(self, scheme_id: str) -> list[LocationRef]: ...


@dataclass(frozen=True)
class LocalAuthorityRef:
    code: str  # ONS code, e.g. "E09000033"
    name: str


class LocalAuthorityList(Protocol):
    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        """The local authorities valid in the collection year starting 1 April `collection_year`."""
        ...


class _NoUsers:
    def users_of(self, organisation_id: str) -> list[UserRef]:
        return []


class _NoSchemes:
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        return []

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        return []


class _NoLocalAuthorities:
    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        return []


@dataclass(frozen=True)
class OptionSources:
    """Where the lists other than organisations come from; by default nothing is offered."""

    users: UsersDirectory = field(default_factory=_NoUsers)
    schemes: SchemesDirectory = field(default_factory=_NoSchemes)
    local_authorities: LocalAuthorityList = field(default_factory=_NoLocalAuthorities)


class OrganisationChoices:
    """One caller's choices, for one request: lists fetched from organisations are kept."""

    def __init__(
        self,
        directory: OrganisationsDirectory,
        principal: Principal,
        sources: OptionSources | None = None,
        today: date | None = None,
    ) -> None:
        self._directory = directory
        self._principal = principal
        self._sources = sources or OptionSources()
        self._today = today
        self._known: dict[str, OrganisationRef] = {}
        self._stock_owners: tuple[OrganisationRef, ...] | None = None
        self._agents: dict[str, tuple[OrganisationRef, ...]] = {}
        self._users: dict[str, tuple[UserRef, ...]] = {}
        self._schemes: dict[str, tuple[SchemeRef, ...]] = {}
        self._locations: dict[str, tuple[LocationRef, ...]] = {}
        self._local_authorities: dict[int, tuple[LocalAuthorityRef, ...]] = {}
        self._lookups: DirectoryLookups | None = None

    def lookups(self) -> DirectoryLookups:
        """The organisations, schemes and locations the validation rules look up, fetched once per request."""
        if self._lookups is None:
            self._lookups = DirectoryLookups(self._directory, self._sources.schemes)
        return self._lookups

    def options(self, source: str, answers: Mapping[str, Any]) -> tuple[AnswerOption, ...]:
        if source == STOCK_OWNERS:
            organisations = self.stock_owners()
        elif source == MANAGING_AGENTS:
            organisations = self.managing_agents(answers.get(OWNING_ORGANISATION))
        elif source == USERS:
            return tuple(
                AnswerOption(u.id, u.name or u.email, hint=u.email, aliases=(u.email,)) for u in self.users(answers)
            )
        elif source == SCHEMES:
            return tuple(
                AnswerOption(s.id, s.name, hint=f"({s.code})", aliases=(s.code,))
                for s in self.schemes(answers.get(OWNING_ORGANISATION))
            )
        elif source == LOCATIONS:
            return tuple(
                AnswerOption(loc.id, loc.postcode or loc.name, hint=loc.name, aliases=(loc.code,) if loc.code else ())
                for loc in self.locations(answers.get(SCHEME))
            )
        elif source in (LOCAL_AUTHORITIES, ENGLISH_LOCAL_AUTHORITIES):
            england_only = source == ENGLISH_LOCAL_AUTHORITIES
            return tuple(
                AnswerOption(la.code, la.name)
                for la in self.local_authorities(self._collection_year(answers))
                if not england_only or la.code.startswith(ENGLAND_CODE_PREFIX)
            )
        else:
            return ()
        return tuple(AnswerOption(o.id, o.name, aliases=(o.code,)) for o in organisations)

    def users(self, answers: Mapping[str, Any]) -> tuple[UserRef, ...]:
        """Active users of the owning and managing organisations (the caller's own when neither is set)."""
        organisation_ids = [answers.get(OWNING_ORGANISATION), answers.get(MANAGING_ORGANISATION)]
        wanted = [str(o) for o in dict.fromkeys(organisation_ids) if o] or [self._principal.organisation_id or ""]
        found: dict[str, UserRef] = {}
        for organisation_id in (o for o in wanted if o):
            if organisation_id not in self._users:
                listed = self._sources.users.users_of(organisation_id)
                self._users[organisation_id] = tuple(u for u in listed if u.active)
            found.update((u.id, u) for u in self._users[organisation_id])
        return tuple(sorted(found.values(), key=lambda u: (u.name.casefold(), u.email)))

    def schemes(self, owner_id: str | None) -> tuple[SchemeRef, ...]:
        if not owner_id:
            return ()
        if owner_id not in self._schemes:
            listed = self._sources.schemes.schemes_of(owner_id)
            self._schemes[owner_id] = tuple(
                s for s in listed if s.status in ACTIVE_STATUSES and s.owning_organisation_id == owner_id
            )
        return self._schemes[owner_id]

    def locations(self, scheme_id: str | None) -> tuple[LocationRef, ...]:
        if not scheme_id:
            return ()
        scheme_id = str(scheme_id)
        if scheme_id not in self._locations:
            listed = self._sources.schemes.locations_of(scheme_id)
            self._locations[scheme_id] = tuple(loc for loc in listed if loc.status in ACTIVE_STATUSES)
        return self._locations[scheme_id]

    def local_authorities(self, collection_year: int | None) -> tuple[LocalAuthorityRef, ...]:
        if collection_year is None:
            return ()
        if collection_year not in self._local_authorities:
            self._local_authorities[collection_year] = tuple(
                self._sources.local_authorities.local_authorities(collection_year)
            )
        return self._local_authorities[collection_year]

    def _collection_year(self, answers: Mapping[str, Any]) -> int | None:
        """The year of the log's date, else the year open today."""
        day = next((answers[name] for name in LOG_DATE_FIELDS.values() if answers.get(name)), None)
        try:
            if day:
                return collection_year_of(date.fromisoformat(str(day)))
        except ValueError:
            pass
        return collection_year_of(self._today) if self._today else None

    def stock_owners(self) -> tuple[OrganisationRef, ...]:
        if self._stock_owners is None:
            if self._principal.is_support:
                found = [o for o in self._directory.all_organisations() if o.holds_own_stock]
            elif self._principal.organisation_id:
                found = self._directory.stock_owners(self._principal.organisation_id)
            else:
                found = []
            self._stock_owners = self._remember(o for o in found if o.active)
        return self._stock_owners

    def managing_agents(self, owner_id: str | None) -> tuple[OrganisationRef, ...]:
        own_id = self._principal.organisation_id
        if not owner_id or not (self._principal.is_support or owner_id == own_id):
            own = self.organisation(own_id) if own_id and not self._principal.is_support else None
            return (own,) if own else ()
        if owner_id not in self._agents:
            self._agents[owner_id] = self._remember(o for o in self._directory.managing_agents(owner_id) if o.active)
        return self._agents[owner_id]

    def linked_records(self, answers: Mapping[str, Any]) -> LinkedRecords:
        """What the derived values need of the owner and the location the answers name. The location is looked
        for among all its scheme's locations: one deactivated since it was chosen keeps its standard."""
        scheme, location_id = answers.get(SCHEME), answers.get(LOCATION)
        location = None
        if scheme and location_id:
            locations = self.lookups().locations(str(scheme))
            location = next((loc for loc in locations if loc.id == str(location_id)), None)
        return LinkedRecords(
            self.provider_type(answers.get(OWNING_ORGANISATION)), location.mobility_type if location else None
        )

    def provider_type(self, organisation_id: str | None) -> str:
        found = self.organisation(organisation_id) if organisation_id else None
        return found.provider_type if found else ""

    def default_stock_owner(self) -> str | None:
        """The caller's own organisation when it may own the log, else the only possible owner."""
        if self._principal.is_support:
            return None
        owners = self.stock_owners()
        if any(o.id == self._principal.organisation_id for o in owners):
            return self._principal.organisation_id
        return owners[0].id if len(owners) == 1 else None

    def default_managing_agent(self, owner_id: str | None) -> str | None:
        if self._principal.is_support:
            return owner_id
        return self._principal.organisation_id or None

    def organisation(self, organisation_id: str) -> OrganisationRef | None:
        if organisation_id not in self._known:
            found = self._directory.get(organisation_id)
            if found is None:
                return None
            self._remember([found])
        return self._known[organisation_id]

    def _remember(self, organisations: Iterable[OrganisationRef]) -> tuple[OrganisationRef, ...]:
        kept = tuple(organisations)
        self._known.update((o.id, o) for o in kept)
        return kept
