"""The organisations gRPC surface, through a real channel to the in-process server."""

from __future__ import annotations

import pytest

from core.organisations.v1 import organisations_pb2 as pb
from core_platform.errors import InvalidArgument, NotFound, Unauthenticated
from core_platform.grpc_client import call, stream


def test_gets_an_organisation_by_id_or_by_code(stub, keys, make_organisation):
    caller = make_organisation()
    wanted = make_organisation(name="Demo Council", provider_type="LA", holds_own_stock=False)
    token = keys.token(organisation_id=str(caller.id))

    by_id = call(stub.GetOrganisation, pb.GetOrganisationRequest(id=str(wanted.id)), token=token)
    by_code = call(stub.GetOrganisation, pb.GetOrganisationRequest(code=wanted.code.lower()), token=token)

    assert by_id == by_code
    assert (by_id.code, by_id.name, by_id.provider_type) == (wanted.code, "Demo Council", pb.PROVIDER_TYPE_LA)
    assert by_id.holds_own_stock is False and by_id.active is True and by_id.data_sharing_agreement_signed is True


@pytest.mark.parametrize("request_", [pb.GetOrganisationRequest(), pb.GetOrganisationRequest(id="x", code="ORG1")])
def test_get_needs_exactly_one_of_id_or_code(stub, keys, request_):
    with pytest.raises(InvalidArgument):
        call(stub.GetOrganisation, request_, token=keys.token())


@pytest.mark.parametrize(
    "request_",
    [
        pb.GetOrganisationRequest(id="7d3f4c52-0000-4000-8000-000000000000"),
        pb.GetOrganisationRequest(id="not-a-uuid"),
        pb.GetOrganisationRequest(code="ORG999999"),
    ],
)
def test_unknown_organisation_is_not_found(stub, keys, request_):
    with pytest.raises(NotFound):
        call(stub.GetOrganisation, request_, token=keys.token())


def test_every_call_needs_a_token(stub, make_organisation):
    organisation = make_organisation()
    with pytest.raises(Unauthenticated):
        call(stub.GetOrganisation, pb.GetOrganisationRequest(id=str(organisation.id)))
    with pytest.raises(Unauthenticated):
        list(stream(stub.ListOrganisations, pb.ListOrganisationsRequest()))


def test_lists_every_organisation_by_name(stub, keys, make_organisation):
    make_organisation(name="Zebra Homes")
    make_organisation(name="Acorn Housing")

    names = [o.name for o in stream(stub.ListOrganisations, pb.ListOrganisationsRequest(), token=keys.token())]

    assert names == sorted(names)
    assert {"Zebra Homes", "Acorn Housing"} <= set(names)


def test_stock_owners_are_the_organisation_itself_and_those_whose_stock_it_manages(
    stub, keys, make_organisation, relate
):
    agent = make_organisation(name="B Agent")
    owner = make_organisation(name="A Owner")
    unrelated = make_organisation(name="C Unrelated")
    relate(owner, agent)
    relate(agent, unrelated)  # agent's own stock managed by someone else: not an owner of agent

    response = call(
        stub.ListStockOwners,
        pb.ListStockOwnersRequest(organisation_id=str(agent.id)),
        token=keys.token(organisation_id=str(agent.id)),
    )

    assert [o.name for o in response.organisations] == ["B Agent", "A Owner"]


def test_organisation_without_stock_is_not_its_own_stock_owner(stub, keys, make_organisation, relate):
    agent = make_organisation(holds_own_stock=False)
    owner = make_organisation()
    relate(owner, agent)

    response = call(
        stub.ListStockOwners,
        pb.ListStockOwnersRequest(organisation_id=str(agent.id)),
        token=keys.token(organisation_id=str(agent.id)),
    )

    assert [o.id for o in response.organisations] == [str(owner.id)]


def test_managing_agents_are_the_organisation_itself_and_its_agents(stub, keys, make_organisation, relate):
    owner = make_organisation(name="A Owner")
    agent = make_organisation(name="B Agent")
    relate(owner, agent)
    relate(make_organisation(), owner)  # owner manages for another: not one of owner's agents

    response = call(
        stub.ListManagingAgents,
        pb.ListManagingAgentsRequest(organisation_id=str(owner.id)),
        token=keys.token(role="data_coordinator", organisation_id=str(owner.id)),
    )

    assert [o.name for o in response.organisations] == ["A Owner", "B Agent"]


def test_relationships_of_another_organisation_are_not_found(stub, keys, make_organisation):
    mine, theirs = make_organisation(), make_organisation()
    token = keys.token(organisation_id=str(mine.id))

    with pytest.raises(NotFound):
        call(stub.ListStockOwners, pb.ListStockOwnersRequest(organisation_id=str(theirs.id)), token=token)
    with pytest.raises(NotFound):
        call(stub.ListManagingAgents, pb.ListManagingAgentsRequest(organisation_id=str(theirs.id)), token=token)


def test_support_sees_any_organisations_relationships(stub, keys, make_organisation):
    theirs = make_organisation()
    token = keys.token(role="support", organisation_id="")

    response = call(stub.ListStockOwners, pb.ListStockOwnersRequest(organisation_id=str(theirs.id)), token=token)

    assert [o.id for o in response.organisations] == [str(theirs.id)]
