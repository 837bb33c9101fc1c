"""Which organisations a caller may pick as a log's stock owner and managing agent (live rules,
simplified: no merged or absorbed organisations yet).

- Stock owner: support may pick any active organisation that holds stock; anyone else their own
  organisation when it holds stock, or an organisation whose stock theirs manages.
- Managing agent: the owner or one of its managing agents. Anyone but support manages the log
  themselves unless the owner is their own organisation.

So a caller other than support always stays the owning or the managing organisation of the logs
they write, and keeps seeing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core_platform.auth.principal import Principal
from logs_service.domain.forms.model import AnswerOption
from logs_service.domain.forms.predicates import MANAGING_AGENTS, STOCK_OWNERS
from logs_service.domain.organisations import OrganisationRef, OrganisationsDirectory

OWNING_ORGANISATION = "owning_organisation_id"
MANAGING_ORGANISATION = "managing_organisation_id"


class OrganisationChoices:
    """One caller's choices, for one request: lists fetched from organisations are kept."""

    def __init__(self, directory: OrganisationsDirectory, principal: Principal) -> None:
        self._directory = directory
        self._principal = principal
        self._known: dict[str, OrganisationRef] = {}
        self._stock_owners: tuple[OrganisationRef, ...] | None = None
        self._agents: dict[str, tuple[OrganisationRef, ...]] = {}

    def options(self, source: str, answers: Mapping[str, Any]) -> tuple[AnswerOption, ...]:
        if source == STOCK_OWNERS:
            organisations = self.stock_owners()
        elif source == MANAGING_AGENTS:
            organisations = self.managing_agents(answers.get(OWNING_ORGANISATION))
        else:  # users, schemes, locations and local authorities are not offered yet
            return ()
        return tuple(AnswerOption(o.id, o.name, aliases=(o.code,)) for o in organisations)

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
