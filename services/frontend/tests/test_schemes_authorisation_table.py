"""Who may open which scheme, location and relationship page, as data. Signed out: the sign-in page; a role that
may not change schemes: 404; another organisation's scheme or relationships (hidden by the organisations service,
or not the caller's organisation): 404."""

from __future__ import annotations

import pytest
from fakes_schemes import FakeSchemesBackend
from frontend_fakes import ORG1_ID, ORG3_ID, FakeBackends
from frontend_html import HtmlClient, sign_in
from test_scheme_pages import COORDINATOR

SIGN_IN = "sign-in"
EMAILS = {
    "data_provider": "provider@example.com",
    "data_coordinator": COORDINATOR.email,
    "support": "support@example.com",
}
EDITORS_ONLY = (
    "/schemes/new",
    "/schemes/{scheme}/details",
    "/schemes/{scheme}/check-answers",
    "/schemes/{scheme}/locations/new",
    "/schemes/{scheme}/locations/{location}/name",
    "/schemes/{scheme}/locations/{location}/check-answers",
    "/schemes/{scheme}/deactivate-scheme",
    "/schemes/{scheme}/locations/{location}/deactivate-location",
    "/organisations/{org}/stock-owners/add",
    "/organisations/{org}/managing-agents/add",
)
EVERYONE = (
    "/schemes",
    "/schemes/{scheme}",
    "/schemes/{scheme}/locations/{location}",
    "/organisations/{org}/stock-owners",
    "/organisations/{org}/managing-agents",
)
OTHER = {"scheme": "scheme-hidden", "location": "location-hidden", "org": ORG3_ID}


def expected(route: str, role: str, whose: str) -> object:
    if role == "signed_out":
        return SIGN_IN
    if role == "data_provider" and route in EDITORS_ONLY:
        return 404
    hidden = whose == "other" and any(f"{{{key}}}" in route for key in OTHER)
    if hidden and not (role == "support" and "{org}" in route):
        return 404
    return 200


CASES = [
    (route, role, whose)
    for route in EDITORS_ONLY + EVERYONE
    for role in ("signed_out", "data_provider", "data_coordinator", "support")
    for whose in ("own", "other")
]


@pytest.fixture
def fake() -> FakeSchemesBackend:
    fake = FakeSchemesBackend()
    scheme = fake.create_scheme({"service_name": "Own", "owning_organisation_id": ORG1_ID}, token="")
    fake.create_location(scheme.id, "SW1A 2AA", token="")
    return fake


@pytest.fixture
def backends(fake: FakeSchemesBackend) -> FakeBackends:
    fakes = FakeBackends()
    fakes.organisations = fake  # type: ignore[assignment]
    fakes.identity.users[COORDINATOR.email] = COORDINATOR
    return fakes


@pytest.mark.parametrize(("route", "role", "whose"), CASES)
def test_scheme_and_relationship_pages_authorisation(
    client: HtmlClient, fake: FakeSchemesBackend, route: str, role: str, whose: str
) -> None:
    own = {"scheme": next(iter(fake.schemes)), "location": next(iter(fake.locations)), "org": ORG1_ID}
    url = route.format(**(own if whose == "own" else OTHER))
    if role != "signed_out":
        assert sign_in(client, EMAILS[role]).status == 302
    page = client.get(url)
    want = expected(route, role, whose)
    if want == SIGN_IN:
        assert page.status == 302 and "/account/sign-in" in page.location
    else:
        assert page.status == want, (url, role, page.status)
