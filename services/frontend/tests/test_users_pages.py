from __future__ import annotations

import csv
import io

import pytest
from fakes_identity import COORDINATOR, UsersIdentity
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, sign_in


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


@pytest.fixture
def coordinator(client: HtmlClient) -> HtmlClient:
    assert sign_in(client, email=COORDINATOR.email).location == "/home"
    return client


def test_coordinator_has_users_in_the_navigation_listing_their_organisation(coordinator: HtmlClient) -> None:
    home = coordinator.get("/home")
    page = coordinator.get(home.link("Users"))

    assert page.h1 == "Users"
    assert page.link("Invite a user") == "/users/new"
    names = [text for text, href in page.links() if href.startswith("/users/user-")]
    assert names == ["Chris Coordinator", "Pat Provider"]  # not Olu Other of ORG3
    assert "Showing 1 to 2 of 2 users" in page.text


def test_data_provider_gets_no_users_page(client: HtmlClient) -> None:
    sign_in(client)
    assert "Users" not in [text for text, _ in client.get("/home").links()]
    assert client.get("/users").status == 403
    assert client.get("/users/user-1").status == 403


def test_signed_out_visitors_are_sent_to_sign_in(client: HtmlClient) -> None:
    for url in ("/users", "/users/new", "/users/user-1", "/users/download", "/account", "/account/password/change"):
        assert client.get(url).location == "/account/sign-in", url


def test_search_and_filters_narrow_the_list(coordinator: HtmlClient) -> None:
    page = coordinator.get("/users?search=pat")
    assert [t for t, h in page.links() if h.startswith("/users/user-")] == ["Pat Provider"]
    assert "matching ‘pat’" in page.text
    page = coordinator.get("/users?role=data_coordinator")
    assert [t for t, h in page.links() if h.startswith("/users/user-")] == ["Chris Coordinator"]
    page = coordinator.get("/users?status=deactivated")
    assert "No users match these filters." in page.text


def test_csv_download_lists_the_filtered_users(coordinator: HtmlClient) -> None:
    response = coordinator.client.get("/users/download?search=pat")

    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][:5] == ["name", "email", "role", "organisation_code", "organisation_name"]
    assert [row[:5] for row in rows[1:]] == [
        ["Pat Provider", "provider@example.com", "Data provider", "ORG1", "Demo Housing Association"]
    ]


def test_invite_a_user_then_see_them_with_invitation_sent(coordinator: HtmlClient, backends: FakeBackends) -> None:
    form = coordinator.get("/users/new")
    assert form.h1 == "Invite a user"

    response = coordinator.submit(
        form,
        "Send invitation",
        {"name": "Nia New", "email": "nia@example.com", "role": "data_provider", "flags": ["is_key_contact"]},
    )

    page = coordinator.follow(response)
    assert page.h1 == "Nia New"
    assert "We have sent nia@example.com an invitation to set their password." in page.text
    assert "Invitation sent" in page.tag_texts()
    assert backends.identity.calls == [("create_user", "127.0.0.1")]
    assert page.form("Resend invitation")


def test_invite_shows_specific_errors(coordinator: HtmlClient) -> None:
    page = coordinator.submit(coordinator.get("/users/new"), "Send invitation", {"name": "", "email": "nope"})

    assert page.error_summary() == [
        ("Enter a name", "#name"),
        ("Enter an email address in the correct format, like name@example.com", "#email"),
        ("Select a role", "#role"),
    ]


def test_invite_offers_no_support_role_to_coordinators(coordinator: HtmlClient) -> None:
    page = coordinator.get("/users/new")
    roles = [element.get("value") for element in page.all(lambda e: e.tag == "input" and e.get("name") == "role")]
    assert roles == ["data_provider", "data_coordinator"]
    page = coordinator.submit(page, "Send invitation", {"name": "X", "email": "x@example.com", "role": "support"})
    assert page.field_error("role") == "Not a valid choice."


def test_existing_email_is_reported_on_the_email_field(coordinator: HtmlClient) -> None:
    page = coordinator.submit(
        coordinator.get("/users/new"),
        "Send invitation",
        {"name": "Pat", "email": "provider@example.com", "role": "data_provider"},
    )
    assert page.field_error("email") == "A user with this email address already exists"


def test_user_page_shows_details_status_and_last_sign_in(coordinator: HtmlClient) -> None:
    page = coordinator.get("/users/user-1")

    assert page.h1 == "Pat Provider"
    assert "Active" in page.tag_texts()
    assert "1 June 2025 at 9:30am" in page.text


def test_edit_role_and_flags(coordinator: HtmlClient, backends: FakeBackends) -> None:
    page = coordinator.get("/users/user-1/edit")
    response = coordinator.submit(
        page, "Save changes", {"role": "data_coordinator", "flags": ["is_dpo"], "name": "Pat Provider"}
    )

    assert coordinator.follow(response).h1 == "Pat Provider"
    user = backends.identity.managed["user-1"]
    assert (user.role, user.is_dpo, user.is_key_contact) == ("data_coordinator", True, False)


def test_deactivate_signs_the_user_out_and_reactivate_restores(
    coordinator: HtmlClient, backends: FakeBackends, app
) -> None:
    other = HtmlClient(app.test_client())
    sign_in(other)
    confirm = coordinator.get("/users/user-1/deactivate")
    assert confirm.h1 == "Deactivate Pat Provider"

    page = coordinator.follow(coordinator.submit(confirm, "Deactivate this user"))

    assert "Pat Provider has been deactivated and signed out." in page.text
    assert "Deactivated" in page.tag_texts()
    assert other.get("/home").location == "/account/sign-in"
    page = coordinator.follow(coordinator.submit(coordinator.get("/users/user-1/reactivate"), "Reactivate this user"))
    assert "Active" in page.tag_texts()


def test_another_organisations_user_is_not_found(coordinator: HtmlClient) -> None:
    assert coordinator.get("/users/user-4").status == 404
    assert coordinator.get("/users/user-4/edit").status == 404


def test_only_support_reads_account_history(coordinator: HtmlClient, app) -> None:
    assert coordinator.get("/users/user-1/history").status == 403
