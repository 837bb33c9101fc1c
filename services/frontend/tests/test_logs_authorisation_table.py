"""Who may open which log page, as data: each route, each role, a log of their own organisation and
of another. Signed out: the sign-in page; a role that may not: 403; another organisation's log (hidden
by the logs service): 404. The logs service's own table (services/logs/tests) covers support seeing
every organisation's logs; the fake here hides ORG3's logs from everyone. Later issues add rows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fakes_identity import UsersIdentity
from frontend_fakes import ORG3_ID, FakeBackends
from frontend_html import HtmlClient
from test_users_authorisation_table import SIGN_IN, signed_in_as

ROLES = ("signed_out", "data_provider", "data_coordinator", "support")
LOG_ROUTES = ("/{area}/{id}", "/{area}/{id}/history", "/{area}/{id}/reassign")
REASSIGN_ROLES = ("data_coordinator", "support")


def expected_for(route: str, role: str, whose: str) -> object:
    if role == "signed_out":
        return SIGN_IN
    if route.endswith("/reassign") and role not in REASSIGN_ROLES:
        return 403  # before looking at the log
    return 404 if whose == "other" else 200


EXPECTED = {
    (route, role, whose): expected_for(route, role, whose)
    for route in LOG_ROUTES
    for role in ROLES
    for whose in ("own", "other")
    if not (role == "support" and whose == "other")
}
# POST /{area}/bulk-reassign with one of the caller's own logs ticked: the page choosing the user.
BULK_EXPECTED = {"data_provider": 403, "data_coordinator": 200, "support": 200}


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


@pytest.mark.parametrize("area", ["lettings-logs", "sales-logs"])
@pytest.mark.parametrize(("route", "role", "whose"), sorted(EXPECTED))
def test_log_pages_follow_the_table(
    client: HtmlClient, backends: FakeBackends, area: str, route: str, role: str, whose: str
) -> None:
    log = backends.logs.add_log(owner=ORG3_ID if whose == "other" else "org-1", tenancycode="T-1")
    if area == "sales-logs":
        backends.logs.logs[log.id] = replace(log, log_type="sales")

    page = signed_in_as(client, role).get(route.format(area=area, id=log.id))

    expected = EXPECTED[(route, role, whose)]
    if expected == SIGN_IN:
        assert page.location == "/account/sign-in"
    else:
        assert page.status == expected


@pytest.mark.parametrize("role", sorted(BULK_EXPECTED))
def test_bulk_reassign_follows_the_table(client: HtmlClient, backends: FakeBackends, role: str) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    signed_in_as(client, role)
    token = client.get("/lettings-logs").form("Create a new lettings log").fields["csrf_token"]

    page = client.post("/lettings-logs/bulk-reassign", {"log_ids": [log.id], "csrf_token": token})

    assert page.status == BULK_EXPECTED[role]


@pytest.mark.parametrize("role", ROLES)
def test_the_home_page_is_for_every_signed_in_user(client: HtmlClient, role: str) -> None:
    page = signed_in_as(client, role).get("/home")
    assert page.location == "/account/sign-in" if role == "signed_out" else page.status == 200
