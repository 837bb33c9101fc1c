"""Who may open which users page, as data: each route, each role, a user of their own organisation
and of another. Signed out: the sign-in page; a role that may not: 403; another organisation's user
(hidden by identity): 404. Later issues add rows."""

from __future__ import annotations

import pytest
from fakes_identity import UsersIdentity
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, sign_in

SIGN_IN = "sign-in"
EMAILS = {
    "data_provider": "provider@example.com",
    "data_coordinator": "coordinator@example.com",
    "support": "support@example.com",
}
# user-1 is in ORG1 (the provider's and coordinator's own); user-4 is in ORG3.
USER = {"own": "user-1", "other": "user-4"}
ROUTES = (
    "/users",
    "/users/new",
    "/users/download",
    "/users/{id}",
    "/users/{id}/edit",
    "/users/{id}/deactivate",
    "/users/{id}/history",
)


def coordinator_expects(route: str, whose: str) -> int:
    if route.endswith("/history"):
        return 403  # account history is for support only
    return 404 if "{id}" in route and whose == "other" else 200


EXPECTED: dict[tuple[str, str, str], object] = {
    (route, role, whose): expected
    for route in ROUTES
    for whose in ("own", "other")
    for role, expected in (
        ("signed_out", SIGN_IN),
        ("data_provider", 403),
        ("data_coordinator", coordinator_expects(route, whose)),
        ("support", 200),
    )
}


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


def signed_in_as(client: HtmlClient, role: str) -> HtmlClient:
    if role == "signed_out":
        return client
    response = sign_in(client, email=EMAILS[role])
    if response.location == "/account/two-factor":
        client.submit(client.follow(response), "Continue", {"code": "123456"})
    return client


@pytest.mark.parametrize(("route", "role", "whose"), sorted(EXPECTED))
def test_users_pages_follow_the_table(client: HtmlClient, route: str, role: str, whose: str) -> None:
    page = signed_in_as(client, role).get(route.format(id=USER[whose]))

    expected = EXPECTED[(route, role, whose)]
    if expected == SIGN_IN:
        assert page.location == "/account/sign-in"
    else:
        assert page.status == expected
