from __future__ import annotations

import pytest
from fakes_identity import CODE, CodeOrganisations, UsersIdentity
from frontend_fakes import ORG1_ID, FakeBackends
from frontend_html import HtmlClient, sign_in


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    fakes.organisations = CodeOrganisations()
    return fakes


@pytest.fixture
def support(client: HtmlClient) -> HtmlClient:
    response = sign_in(client, email="support@example.com")
    client.submit(client.follow(response), "Continue", {"code": CODE})
    return client


def test_support_creates_a_client_and_sees_its_secret_once(support: HtmlClient, backends: FakeBackends) -> None:
    page = support.get(support.get("/home").link("API clients"))
    form = support.get(page.link("Create an API client"))

    page = support.submit(
        form, "Create API client", {"name": "Housing system", "organisation_code": "org1", "scopes": ["logs:read"]}
    )

    assert page.h1 == "API client created"
    assert page.by_id("client-secret") is not None and "secret-for-core-1" in page.text
    client = backends.identity.api_clients["core-1"]
    assert (client.organisation_id, client.scopes) == (ORG1_ID, ("logs:read",))
    listing = support.get("/api-clients")
    assert "core-1" in listing.text and "secret-for-core-1" not in listing.text


def test_unknown_organisation_code_is_reported(support: HtmlClient) -> None:
    page = support.submit(
        support.get("/api-clients/new"),
        "Create API client",
        {"name": "X", "organisation_code": "ORG99", "scopes": ["logs:read"]},
    )
    assert page.field_error("organisation_code") == "Enter the code of an existing organisation, like ORG1"


def test_rotate_shows_the_new_secret_and_revoke_says_so(support: HtmlClient, backends: FakeBackends) -> None:
    support.submit(support.get("/api-clients/new"), "Create API client", {"name": "X", "scopes": ["logs:read"]})

    rotated = support.submit(support.get("/api-clients/core-1/rotate"), "Rotate secret")
    assert "rotated-secret-for-core-1" in rotated.text

    revoked = support.follow(support.submit(support.get("/api-clients/core-1/revoke"), "Revoke API client"))
    assert "API client core-1 has been revoked" in revoked.text
    assert not backends.identity.api_clients["core-1"].active


@pytest.mark.parametrize("email", ["provider@example.com", "coordinator@example.com"])
def test_only_support_sees_api_clients(client: HtmlClient, email: str) -> None:
    sign_in(client, email=email)
    assert client.get("/api-clients").status == 403
    assert client.get("/api-clients/new").status == 403


def test_signed_out_goes_to_sign_in(client: HtmlClient) -> None:
    assert client.get("/api-clients").location == "/account/sign-in"
