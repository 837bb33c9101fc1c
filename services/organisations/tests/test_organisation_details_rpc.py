"""Organisation details, who may change which, search, CSV download and relationships."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from core.organisations.v1 import organisations_pb2 as pb
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_client import call, stream
from organisations_service.data.models import outbox


def _support(keys):
    return keys.token(role="support", organisation_id="")


def test_support_creates_an_organisation_with_the_next_code(stub, keys, session):
    created = call(
        stub.CreateOrganisation,
        pb.CreateOrganisationRequest(
            organisation=pb.OrganisationInput(
                name="New Homes", provider_type=pb.PROVIDER_TYPE_PRP, postcode="ls11aa", rent_periods=[4, 1]
            )
        ),
        token=_support(keys),
    )
    assert created.code.startswith("ORG") and created.name == "New Homes"
    assert created.postcode == "LS1 1AA" and list(created.rent_periods) == [1, 4]
    assert created.active and created.status == "active"  # the input's `active` left out is not "deactivated"
    events = session.execute(select(outbox.c.event_type)).scalars().all()
    assert "organisations.organisation_created" in events


def test_only_support_creates_organisations(stub, keys, make_organisation):
    org = make_organisation()
    request = pb.CreateOrganisationRequest(organisation=pb.OrganisationInput(name="X", provider_type=1))
    with pytest.raises(PermissionDenied):
        call(stub.CreateOrganisation, request, token=keys.token("data_coordinator", str(org.id)))


def test_create_names_each_missing_field(stub, keys):
    with pytest.raises(InvalidArgument) as error:
        call(stub.CreateOrganisation, pb.CreateOrganisationRequest(), token=_support(keys))
    assert error.value.field_errors == {
        "name": "Enter the name of the organisation",
        "provider_type": "Select the organisation type",
    }


def test_coordinator_edits_own_contact_details_and_rent_periods(stub, keys, make_organisation):
    org = make_organisation()
    token = keys.token("data_coordinator", str(org.id))
    updated = call(
        stub.UpdateOrganisation,
        pb.UpdateOrganisationRequest(
            id=str(org.id),
            organisation=pb.OrganisationInput(phone="0113 496 0001", rent_periods=[2]),
            fields=["phone", "rent_periods"],
        ),
        token=token,
    )
    assert updated.phone == "0113 496 0001" and list(updated.rent_periods) == [2]


@pytest.mark.parametrize(
    ("role", "same_org", "error"),
    [
        ("data_coordinator", True, PermissionDenied),  # the name is support's to change
        ("data_provider", True, PermissionDenied),
        ("data_coordinator", False, NotFound),
    ],
)
def test_who_may_not_change_what(stub, keys, make_organisation, role, same_org, error):
    org, other = make_organisation(), make_organisation()
    token = keys.token(role, str(org.id if same_org else other.id))
    request = pb.UpdateOrganisationRequest(
        id=str(org.id), organisation=pb.OrganisationInput(name="Renamed", phone="0113 496 0001"), fields=["name"]
    )
    if role == "data_provider":
        request = pb.UpdateOrganisationRequest(id=str(org.id), organisation=request.organisation, fields=["phone"])
    with pytest.raises(error):
        call(stub.UpdateOrganisation, request, token=token)


def test_details_are_shown_only_to_support_and_the_organisations_own_users(stub, keys, make_organisation):
    org, other = make_organisation(phone="0113 496 0000"), make_organisation()
    mine = call(
        stub.GetOrganisation, pb.GetOrganisationRequest(id=str(org.id)), token=keys.token("data_provider", str(org.id))
    )
    theirs = call(
        stub.GetOrganisation,
        pb.GetOrganisationRequest(id=str(org.id)),
        token=keys.token("data_provider", str(other.id)),
    )
    assert mine.details_visible and mine.phone == "0113 496 0000"
    assert not theirs.details_visible and theirs.phone == "" and theirs.name == org.name


def test_rent_periods_are_shown_to_anyone_who_records_logs(stub, keys, make_organisation):
    org, other = make_organisation(), make_organisation()
    call(
        stub.UpdateOrganisation,
        pb.UpdateOrganisationRequest(
            id=str(org.id), organisation=pb.OrganisationInput(rent_periods=[1, 4]), fields=["rent_periods"]
        ),
        token=keys.token("support", ""),
    )
    seen = call(
        stub.GetOrganisation,
        pb.GetOrganisationRequest(id=str(org.id)),
        token=keys.token("data_provider", str(other.id)),
    )
    assert not seen.details_visible and list(seen.rent_periods) == [1, 4]


def test_support_searches_organisations_by_name_a_page_at_a_time(stub, keys, make_organisation):
    for number in range(3):
        make_organisation(name=f"Searchable Homes {number}")
    response = call(
        stub.SearchOrganisations,
        pb.SearchOrganisationsRequest(search="searchable", page=2, page_size=2),
        token=_support(keys),
    )
    assert response.total == 3 and [o.name for o in response.organisations] == ["Searchable Homes 2"]
    with pytest.raises(PermissionDenied):
        call(stub.SearchOrganisations, pb.SearchOrganisationsRequest(), token=keys.token("data_coordinator", "x"))


def test_support_filters_organisations_by_type_and_status_as_of_today(stub, keys, make_organisation):
    today = date.today()
    make_organisation(name="Filtered Council", provider_type="LA")
    make_organisation(name="Filtered Active")
    make_organisation(name="Filtered Deactivated", active=False)
    make_organisation(name="Filtered Merged", merge_date=today)
    make_organisation(name="Filtered Merging Later", merge_date=today + timedelta(days=1))

    def names(**filters: str) -> list[str]:
        request = pb.SearchOrganisationsRequest(search="filtered", page_size=20, **filters)
        return [o.name for o in call(stub.SearchOrganisations, request, token=_support(keys)).organisations]

    assert names(provider_type="LA") == ["Filtered Council"]
    assert names(provider_type="PRP", status="active") == ["Filtered Active", "Filtered Merging Later"]
    assert names(status="deactivated") == ["Filtered Deactivated"]
    assert names(status="merged") == ["Filtered Merged"]


def test_support_downloads_organisations_as_csv(stub, keys, make_organisation):
    make_organisation(name="Csv Homes")
    text = "".join(
        c.text
        for c in stream(
            stub.ExportOrganisationsCsv, pb.ExportOrganisationsCsvRequest(search="Csv Homes"), token=_support(keys)
        )
    )
    lines = text.splitlines()
    assert lines[0].startswith("code,name,provider_type,housing_registration_no")
    assert "Csv Homes,Private registered provider" in lines[1]


def test_coordinator_adds_and_removes_a_managing_agent(stub, keys, make_organisation):
    org, agent = make_organisation(), make_organisation(name="Agent Homes")
    token = keys.token("data_coordinator", str(org.id))
    pair = pb.RelationshipRequest(stock_owner_id=str(org.id), managing_agent_id=str(agent.id))
    call(stub.AddRelationship, pair, token=token)
    agents = call(stub.ListManagingAgents, pb.ListManagingAgentsRequest(organisation_id=str(org.id)), token=token)
    assert "Agent Homes" in [o.name for o in agents.organisations]
    call(stub.RemoveRelationship, pair, token=token)
    agents = call(stub.ListManagingAgents, pb.ListManagingAgentsRequest(organisation_id=str(org.id)), token=token)
    assert "Agent Homes" not in [o.name for o in agents.organisations]


def test_providers_and_other_organisations_cannot_change_relationships(stub, keys, make_organisation):
    org, agent, stranger = make_organisation(), make_organisation(), make_organisation()
    pair = pb.RelationshipRequest(stock_owner_id=str(org.id), managing_agent_id=str(agent.id))
    with pytest.raises(PermissionDenied):
        call(stub.AddRelationship, pair, token=keys.token("data_provider", str(org.id)))
    with pytest.raises(NotFound):
        call(stub.AddRelationship, pair, token=keys.token("data_coordinator", str(stranger.id)))
