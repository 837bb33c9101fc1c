"""The validation rules' view of organisations, schemes and locations (`validation.entities.Lookups`),
asked of the organisations service through the directories the form's answer lists use.

One instance serves one request: each organisation, scheme list and location list is fetched once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from logs_service.domain.organisations import OrganisationRef, OrganisationsDirectory
from logs_service.domain.validation.entities import LocationFacts, OrganisationFacts, Period, SchemeFacts

if TYPE_CHECKING:  # organisation_choices builds these lookups
    from logs_service.domain.organisation_choices import LocationRef, SchemeRef, SchemesDirectory


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _periods(periods: tuple[tuple[str, str], ...]) -> tuple[Period, ...]:
    found = []
    for deactivation, reactivation in periods:
        start = _day(deactivation)
        if start is not None:
            found.append(Period(start, _day(reactivation)))
    return tuple(found)


def organisation_facts(organisation: OrganisationRef) -> OrganisationFacts:
    return OrganisationFacts(
        id=organisation.id,
        name=organisation.name,
        active=organisation.active or bool(organisation.merge_date),  # merged: inactive from its merge date only
        merge_date=_day(organisation.merge_date),
        absorbing_organisation_id=organisation.absorbing_organisation_id,
        data_sharing_agreement_signed=organisation.data_sharing_agreement_signed,
        rent_periods=organisation.rent_periods,
        available_from=_day(organisation.available_from),
        has_absorbed_organisations=organisation.has_absorbed_organisations,
    )


def scheme_facts(scheme: SchemeRef) -> SchemeFacts:
    return SchemeFacts(
        scheme.id, scheme.name, scheme.status, scheme.owning_organisation_id, _periods(scheme.deactivation_periods)
    )


def location_facts(location: LocationRef) -> LocationFacts:
    return LocationFacts(
        id=location.id,
        postcode=location.postcode,
        scheme_id=location.scheme_id,
        status=location.status,
        confirmed=location.confirmed,
        startdate=_day(location.startdate),
        periods=_periods(location.deactivation_periods),
        mobility_type=location.mobility_type,
    )


class DirectoryLookups:
    def __init__(self, organisations: OrganisationsDirectory, schemes: SchemesDirectory) -> None:
        self._organisations = organisations
        self._schemes_directory = schemes
        self._organisation: dict[str, OrganisationFacts | None] = {}
        self._schemes: dict[str, tuple[SchemeFacts, ...]] = {}
        self._locations: dict[str, tuple[LocationFacts, ...]] = {}

    def organisation(self, organisation_id: str) -> OrganisationFacts | None:
        if organisation_id not in self._organisation:
            found = self._organisations.get(organisation_id)
            self._organisation[organisation_id] = organisation_facts(found) if found is not None else None
        return self._organisation[organisation_id]

    def scheme(self, scheme_id: str, owner_id: str) -> SchemeFacts | None:
        if not owner_id:
            return None
        if owner_id not in self._schemes:
            self._schemes[owner_id] = tuple(scheme_facts(s) for s in self._schemes_directory.schemes_of(owner_id))
        return next((s for s in self._schemes[owner_id] if s.id == scheme_id), None)

    def locations(self, scheme_id: str) -> tuple[LocationFacts, ...]:
        if scheme_id not in self._locations:
            listed = self._schemes_directory.locations_of(scheme_id)
            self._locations[scheme_id] = tuple(location_facts(loc) for loc in listed)
        return self._locations[scheme_id]
