"""What logs needs to know about organisations, and the interface through which it asks.

The organisations service owns organisations; logs asks it over gRPC (`logs_service.organisations_client`)
and tests pass a fake implementing the same interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OrganisationRef:
    id: str
    code: str  # "ORG<n>"
    name: str
    holds_own_stock: bool
    active: bool = True
    provider_type: str = ""  # "LA" (local authority) or "PRP" (private registered provider)
    merge_date: str = ""  # ISO date it merged into `absorbing_organisation_id`; "" when never merged
    absorbing_organisation_id: str = ""
    data_sharing_agreement_signed: bool = True
    rent_periods: tuple[int, ...] = ()  # codes of the lettings `period`; empty: every rent period
    available_from: str = ""  # ISO date a new absorbing organisation became active; "" when not set
    has_absorbed_organisations: bool = False


class OrganisationsDirectory(Protocol):
    def get(self, id_or_code: str) -> OrganisationRef | None:
        """The organisation with this id or "ORG<n>" code, or None when there is none."""
        ...

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        """The organisation itself when it holds stock, and the organisations whose stock it manages."""
        ...

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        """The organisation itself and the organisations that manage its stock."""
        ...

    def all_organisations(self) -> list[OrganisationRef]: ...
