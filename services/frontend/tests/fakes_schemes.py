"""A fake organisations backend holding schemes, locations and relationships in memory, with the organisations
client's methods and the organisations service's rules that the pages depend on."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from frontend_fakes import ORG1_ID, ORG3_ID, FakeOrganisations

from core_platform.errors import InvalidArgument, NotFound
from frontend_service.clients.models import Organisation
from frontend_service.clients.organisation_models import LocalAuthority, Location, OrganisationDetails, Scheme

ORG2_ID = "org-2"
NAMES = {ORG1_ID: "Demo Housing Association", ORG2_ID: "Demo Council", ORG3_ID: "Other Housing Association"}
REQUIRED = (
    "sensitive",
    "scheme_type",
    "registered_under_care_act",
    "arrangement_type",
    "primary_client_group",
    "has_other_client_group",
    "support_type",
    "intended_stay",
)
LOCATION_REQUIRED = ("units", "type_of_unit", "mobility_type", "startdate")
POSTCODES = {"SW1A 2AA": ("E09000033", "Westminster")}


def details(organisation_id: str) -> OrganisationDetails:
    code = "ORG" + organisation_id.removeprefix("org-")
    return OrganisationDetails(organisation_id, code, NAMES[organisation_id], "PRP", True, True, "active", True, True)


class FakeSchemesBackend(FakeOrganisations):
    def __init__(self) -> None:
        self.schemes: dict[str, Scheme] = {}
        self.locations: dict[str, Location] = {}
        self.relationships: set[tuple[str, str]] = {(ORG2_ID, ORG1_ID), (ORG1_ID, ORG2_ID)}
        self.availability: list[tuple[str, str, str, bool]] = []  # (kind, id, date, deactivate)
        self._ids = itertools.count(1)

    # organisations
    def get_organisation_details(self, organisation_id: str, *, token: str) -> OrganisationDetails:
        if organisation_id not in NAMES:
            raise NotFound("Organisation not found")
        return details(organisation_id)

    def list_all_organisations(self, *, token: str) -> list[Organisation]:
        return [Organisation(i, details(i).code, name) for i, name in NAMES.items()]

    def list_relationships(self, organisation_id: str, *, token: str) -> tuple[list[Organisation], list[Organisation]]:
        owners = [p for p, c in sorted(self.relationships) if c == organisation_id]
        agents = [c for p, c in sorted(self.relationships) if p == organisation_id]
        as_org = lambda i: Organisation(i, details(i).code, NAMES[i])  # noqa: E731
        return [as_org(i) for i in owners], [as_org(i) for i in agents]

    def set_relationship(self, stock_owner_id: str, managing_agent_id: str, present: bool, *, token: str) -> None:
        pair = (stock_owner_id, managing_agent_id)
        if present:
            self.relationships.add(pair)
        else:
            self.relationships.discard(pair)

    # schemes
    def _status(self, confirmed: bool, complete: bool) -> str:
        return "active" if confirmed and complete else "incomplete"

    def list_schemes(self, search: str, page: int, page_size: int, *, token: str) -> Any:
        from frontend_service.clients.organisation_models import SchemePage

        return SchemePage(list(self.schemes.values()), len(self.schemes))

    def get_scheme(self, scheme_id: str, *, token: str) -> Scheme:
        if scheme_id not in self.schemes:
            raise NotFound("Scheme not found")
        scheme = self.schemes[scheme_id]
        count = len([x for x in self.locations.values() if x.scheme_id == scheme_id])
        return replace(scheme, location_count=count)

    def create_scheme(self, values: dict[str, Any], *, token: str) -> Scheme:
        number = next(self._ids)
        owner = values.pop("owning_organisation_id")
        scheme = Scheme(f"scheme-{number}", f"S{number}", values.pop("service_name"), "incomplete", owner, NAMES[owner])
        self.schemes[scheme.id] = scheme
        return self.update_scheme(scheme.id, values, token=token)

    def update_scheme(self, scheme_id: str, values: dict[str, Any], *, token: str) -> Scheme:
        scheme = self.get_scheme(scheme_id, token=token)
        values = dict(values)
        changes: dict[str, Any] = {}
        if "service_name" in values:
            changes["service_name"] = values.pop("service_name")
        if "owning_organisation_id" in values:
            owner = values.pop("owning_organisation_id")
            changes.update(owning_organisation_id=owner, owning_organisation_name=NAMES[owner])
        answers = {**scheme.answers, **{k: v for k, v in values.items() if v not in (None, "")}}
        if answers.get("arrangement_type") == "D":
            answers["managing_organisation_id"] = changes.get("owning_organisation_id", scheme.owning_organisation_id)
        if "managing_organisation_id" in answers:
            changes["managing_organisation_name"] = NAMES[str(answers["managing_organisation_id"])]
        self.schemes[scheme_id] = replace(scheme, answers=answers, **changes)
        return self.schemes[scheme_id]

    def confirm_scheme(self, scheme_id: str, *, token: str) -> Scheme:
        scheme = self.get_scheme(scheme_id, token=token)
        missing = {name: f"Answer {name}" for name in REQUIRED if name not in scheme.answers}
        if missing:
            raise InvalidArgument("Answer every question before confirming the scheme", missing)
        self.schemes[scheme_id] = replace(scheme, confirmed=True, status="active")
        return self.schemes[scheme_id]

    # locations
    def list_locations(self, scheme_id: str, *, token: str) -> list[Location]:
        return [x for x in self.locations.values() if x.scheme_id == scheme_id]

    def get_location(self, location_id: str, *, token: str) -> Location:
        if location_id not in self.locations:
            raise NotFound("Location not found")
        return self.locations[location_id]

    def create_location(self, scheme_id: str, postcode: str, *, token: str) -> Location:
        self.get_scheme(scheme_id, token=token)
        number = next(self._ids)
        location = Location(f"location-{number}", str(number), scheme_id, "", "", "", "", False, "incomplete")
        self.locations[location.id] = location
        return self.update_location(location.id, {"postcode": postcode}, token=token)

    def update_location(self, location_id: str, values: dict[str, Any], *, token: str) -> Location:
        location = self.get_location(location_id, token=token)
        values = dict(values)
        changes: dict[str, Any] = {}
        if "postcode" in values:
            postcode = values.pop("postcode").upper()
            if not postcode or " " not in postcode:
                raise InvalidArgument(
                    field_errors={"postcode": "Enter a postcode in the correct format, for example AA1 1AA"}
                )
            code, name = POSTCODES.get(postcode, ("", ""))
            changes.update(postcode=postcode, location_code=code, local_authority=name, is_la_inferred=bool(code))
        if "location_code" in values:
            code = values.pop("location_code")
            changes.update(location_code=code, local_authority={"E08000035": "Leeds"}.get(code, code))
        if "name" in values:
            changes["name"] = values.pop("name")
        answers = {**location.answers, **values}
        self.locations[location_id] = replace(location, answers=answers, **changes)
        return self.locations[location_id]

    def confirm_location(self, location_id: str, *, token: str) -> Location:
        location = self.get_location(location_id, token=token)
        missing = {name: f"Answer {name}" for name in LOCATION_REQUIRED if name not in location.answers}
        if missing:
            raise InvalidArgument("Answer every question before adding the location", missing)
        self.locations[location_id] = replace(location, confirmed=True, status="active")
        return self.locations[location_id]

    def list_local_authorities(self, *, token: str) -> list[LocalAuthority]:
        return [LocalAuthority("E08000035", "Leeds"), LocalAuthority("E09000033", "Westminster")]

    def change_scheme_availability(self, scheme_id: str, day: str, *, deactivate: bool, token: str) -> Scheme:
        if day < "2000-01-01":
            raise InvalidArgument(field_errors={"deactivation_date": "The date must be on or after 1 April"})
        self.availability.append(("scheme", scheme_id, day, deactivate))
        status = "deactivating_soon" if deactivate else "active"
        self.schemes[scheme_id] = replace(self.get_scheme(scheme_id, token=token), status=status)
        return self.schemes[scheme_id]

    def change_location_availability(self, location_id: str, day: str, *, deactivate: bool, token: str) -> Location:
        self.availability.append(("location", location_id, day, deactivate))
        status = "deactivating_soon" if deactivate else "active"
        self.locations[location_id] = replace(self.get_location(location_id, token=token), status=status)
        return self.locations[location_id]
