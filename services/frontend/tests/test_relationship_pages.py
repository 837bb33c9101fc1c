"""Stock owners and managing agents pages: coordinators change their own organisation's, support any
organisation's, providers only look; another organisation's lists are 404."""

from __future__ import annotations

import pytest
from fakes_schemes import ORG2_ID, FakeSchemesBackend
from frontend_fakes import ORG1_ID, ORG3_ID, FakeBackends
from frontend_html import HtmlClient, sign_in
from test_scheme_pages import COORDINATOR


@pytest.fixture
def fake() -> FakeSchemesBackend:
    return FakeSchemesBackend()


@pytest.fixture
def backends(fake: FakeSchemesBackend) -> FakeBackends:
    fakes = FakeBackends()
    fakes.organisations = fake  # type: ignore[assignment]
    fakes.identity.users[COORDINATOR.email] = COORDINATOR
    return fakes


def test_coordinator_adds_and_removes_a_managing_agent(client: HtmlClient, fake: FakeSchemesBackend) -> None:
    sign_in(client, COORDINATOR.email)
    listing = client.get(f"/organisations/{ORG1_ID}/managing-agents")
    assert listing.h1 == "Your managing agents" and "Demo Council" in listing.text
    add = client.get(listing.link("Add a managing agent"))
    assert add.h1 == "What is the name of this organisation’s managing agent?"
    assert client.submit(add, "Add", {}).error_summary() == [("You must choose an organisation", "#organisation_id")]
    added = client.follow(client.submit(add, "Add", {"organisation_id": ORG3_ID}))
    assert "Other Housing Association (ORG3) is now one of Demo Housing Association’s managing agents" in added.text
    assert (ORG1_ID, ORG3_ID) in fake.relationships
    confirm = client.get(f"/organisations/{ORG1_ID}/managing-agents/{ORG3_ID}/remove")
    assert confirm.h1 == "Are you sure you want to remove Other Housing Association as a managing agent?"
    client.submit(confirm, "Remove managing agent")
    assert (ORG1_ID, ORG3_ID) not in fake.relationships


def test_coordinator_adds_a_stock_owner_with_the_pair_reversed(client: HtmlClient, fake: FakeSchemesBackend) -> None:
    sign_in(client, COORDINATOR.email)
    add = client.get(f"/organisations/{ORG1_ID}/stock-owners/add")
    client.submit(add, "Add", {"organisation_id": ORG3_ID})
    assert (ORG3_ID, ORG1_ID) in fake.relationships


def test_provider_sees_relationships_without_changing_them(signed_in: HtmlClient) -> None:
    listing = signed_in.get(f"/organisations/{ORG1_ID}/stock-owners")
    assert listing.status == 200 and "Add a stock owner" not in listing.text
    assert signed_in.get(f"/organisations/{ORG1_ID}/stock-owners/add").status == 404
    assert signed_in.get(f"/organisations/{ORG1_ID}/stock-owners/{ORG2_ID}/remove").status == 404


def test_other_organisations_relationships_are_not_found_except_for_support(client: HtmlClient) -> None:
    sign_in(client, COORDINATOR.email)
    assert client.get(f"/organisations/{ORG3_ID}/stock-owners").status == 404
    assert client.get(f"/organisations/{ORG3_ID}/managing-agents/add").status == 404
    support = HtmlClient(client.client.application.test_client())
    sign_in(support, "support@example.com")
    assert support.get(f"/organisations/{ORG3_ID}/managing-agents/add").status == 200
