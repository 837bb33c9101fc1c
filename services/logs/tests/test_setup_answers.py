"""Set-up answers that follow the owner and scheme (live should_reset_referral_register? and reset_scheme_location!):
each is reset when its trigger changes and not otherwise. No I/O: fake directories."""

from __future__ import annotations

from typing import Any

from core_platform.auth.principal import Principal
from logs_service.domain.organisation_choices import LocationRef, OptionSources, OrganisationChoices, SchemeRef
from logs_service.domain.organisations import OrganisationRef
from logs_service.operations.setup_answers import reconcile_setup_answers

COUNCIL = OrganisationRef("council", "ORG1", "Council", True, provider_type="LA")
OTHER_COUNCIL = OrganisationRef("other-council", "ORG2", "Other Council", True, provider_type="LA")
ASSOCIATION = OrganisationRef("association", "ORG3", "Association", True, provider_type="PRP")
HOUSE = SchemeRef("house", "S1", "House", COUNCIL.id, "active")
HOSTEL = SchemeRef("hostel", "S2", "Hostel", COUNCIL.id, "active")
LOCATIONS = (
    LocationRef("house-1", "1", "House", "AA1 1AA", HOUSE.id, "active"),
    LocationRef("hostel-1", "2", "Rooms", "AA1 1AB", HOSTEL.id, "active"),
    LocationRef("hostel-2", "3", "Flats", "AA1 1AC", HOSTEL.id, "active"),
    LocationRef("hostel-3", "4", "Shut", "AA1 1AD", HOSTEL.id, "deactivated"),
)


class Organisations:
    def get(self, id_or_code: str) -> OrganisationRef | None:
        return next((o for o in (COUNCIL, OTHER_COUNCIL, ASSOCIATION) if id_or_code in (o.id, o.code)), None)

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        return [COUNCIL, OTHER_COUNCIL, ASSOCIATION]

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        return [COUNCIL, OTHER_COUNCIL, ASSOCIATION]

    def all_organisations(self) -> list[OrganisationRef]:
        return [COUNCIL, OTHER_COUNCIL, ASSOCIATION]


class Schemes:
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        return [HOUSE, HOSTEL]

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        return [loc for loc in LOCATIONS if loc.scheme_id == scheme_id]


def reconciled(previous: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    choices = OrganisationChoices(
        Organisations(), Principal("u", "user", "", "support"), OptionSources(schemes=Schemes())
    )
    answers = {**previous, **change}
    reconcile_setup_answers(answers, previous, change, choices)
    return answers


OWNED = {"owning_organisation_id": COUNCIL.id, "managing_organisation_id": COUNCIL.id, "referral_register": 2}


def test_a_referral_register_is_asked_again_when_the_owner_is_another_kind_of_provider() -> None:
    assert "referral_register" not in reconciled(OWNED, {"owning_organisation_id": ASSOCIATION.id})
    assert reconciled(OWNED, {"owning_organisation_id": OTHER_COUNCIL.id})["referral_register"] == 2
    assert reconciled(OWNED, {"tenancycode": "T1"})["referral_register"] == 2


def test_a_new_schemes_only_location_is_chosen_and_a_scheme_with_several_asks_again() -> None:
    assert reconciled(OWNED, {"scheme_id": HOUSE.id})["location_id"] == "house-1"
    in_house = {**OWNED, "scheme_id": HOUSE.id, "location_id": "house-1"}
    assert "location_id" not in reconciled(in_house, {"scheme_id": HOSTEL.id})  # two active locations
    assert reconciled(in_house, {"scheme_id": HOSTEL.id, "location_id": "hostel-2"})["location_id"] == "hostel-2"
    assert reconciled(in_house, {"tenancycode": "T1"})["location_id"] == "house-1"
