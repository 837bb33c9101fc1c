"""Support pick a user's organisation when inviting and editing, and confirm a move; coordinators never see
the picker and cannot move anyone."""

from __future__ import annotations

import pytest
from fakes_identity import CODE, COORDINATOR, UsersIdentity
from frontend_fakes import ORG1_ID, ORG3_ID, SUPPORT, FakeBackends, FakeOrganisations
from frontend_html import HtmlClient, Page, sign_in

from core_platform.errors import NotFound, PermissionDenied
from frontend_service.clients.models import Organisation, UserDetails

NAMES = {ORG1_ID: "Demo Housing Association", ORG3_ID: "Another Homes", SUPPORT.organisation_id: "DLUHC"}
CLOSED_ID = "org-closed"  # a deactivated organisation: never offered for inviting or moving users into


class ListedOrganisations(FakeOrganisations):
    def __init__(self) -> None:
        super().__init__()
        self.inactive: set[str] = {CLOSED_ID}

    def list_all_organisations(self, *, token: str) -> list[Organisation]:
        listed = {**NAMES, CLOSED_ID: "Closed Homes"}
        return [Organisation(i, i.upper(), name, active=i not in self.inactive) for i, name in listed.items()]

    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        if organisation_id not in NAMES:
            raise NotFound("No such organisation")
        return Organisation(organisation_id, organisation_id.upper(), NAMES[organisation_id])


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    fakes.organisations = ListedOrganisations()  # type: ignore[assignment]
    return fakes


@pytest.fixture
def support(client: HtmlClient) -> HtmlClient:
    response = sign_in(client, email=SUPPORT.email)
    client.submit(client.follow(response), "Continue", {"code": CODE})
    return client


@pytest.fixture
def coordinator(client: HtmlClient) -> HtmlClient:
    assert sign_in(client, email=COORDINATOR.email).location == "/home"
    return client


def picker(page: Page) -> tuple[str, list[tuple[str, str]], str]:
    """The organisation select's label, its (value, text) options and the selected value."""
    select = page.by_id("organisation_id")
    assert select is not None and select.tag == "select"
    label = page.all(lambda e: e.tag == "label" and e.get("for") == "organisation_id")
    options = [(o.get("value") or "", (o.text or "").strip()) for o in select.iter("option")]
    selected = [o.get("value") or "" for o in select.iter("option") if o.get("selected") is not None]
    return "".join(label[0].itertext()).strip(), options, selected[0] if selected else ""


def test_support_invites_into_a_chosen_organisation(support: HtmlClient, backends: FakeBackends) -> None:
    form = support.get("/users/new")
    label, options, selected = picker(form)
    assert label == "Organisation"
    assert options == [(ORG3_ID, "Another Homes"), (ORG1_ID, "Demo Housing Association"), ("org-4", "DLUHC")]
    assert selected == SUPPORT.organisation_id  # defaults to the inviting user's own

    response = support.submit(
        form,
        "Send invitation",
        {"name": "Nia New", "email": "nia@example.com", "role": "data_provider", "organisation_id": ORG3_ID},
    )

    page = support.follow(response)
    assert page.h1 == "Nia New"
    new = next(u for u in backends.identity.managed.values() if u.email == "nia@example.com")
    assert new.organisation_id == ORG3_ID
    assert "Another Homes" in page.text


@pytest.mark.parametrize("value", ["", "org-unknown"])
def test_support_gets_a_specific_organisation_error(support: HtmlClient, value: str) -> None:
    page = support.submit(
        support.get("/users/new"),
        "Send invitation",
        {"name": "Nia", "email": "nia@example.com", "role": "data_provider", "organisation_id": value},
    )
    assert page.error_summary() == [("Select the user’s organisation", "#organisation_id")]
    assert page.field_error("organisation_id") == "Select the user’s organisation"


def test_support_edit_defaults_to_the_users_organisation(support: HtmlClient) -> None:
    _label, _options, selected = picker(support.get("/users/user-1/edit"))
    assert selected == ORG1_ID


def test_user_page_shows_the_organisation_name(support: HtmlClient) -> None:
    page = support.get("/users/user-4")
    assert "Organisation Another Homes" in page.text


def test_support_edit_without_a_move_saves_at_once(support: HtmlClient, backends: FakeBackends) -> None:
    page = support.get("/users/user-1/edit")
    response = support.submit(page, "Save changes", {"name": "Pat Renamed", "organisation_id": ORG1_ID})

    assert "The user’s details have been updated." in support.follow(response).text
    assert backends.identity.managed["user-1"].name == "Pat Renamed"
    assert backends.identity.moves == []


def test_support_moves_a_user_after_confirming(support: HtmlClient, backends: FakeBackends, app) -> None:
    moved = HtmlClient(app.test_client())
    sign_in(moved)  # Pat Provider, signed in elsewhere
    page = support.get("/users/user-1/edit")

    confirm = support.submit(page, "Save changes", {"name": "Pat Moved", "flags": "is_dpo", "organisation_id": ORG3_ID})

    assert confirm.status == 200
    assert confirm.h1 == "Move Pat Provider to Another Homes"
    assert "Are you sure you want to move Pat Provider to Another Homes? Their sessions will end." in confirm.text
    assert backends.identity.managed["user-1"].organisation_id == ORG1_ID  # nothing changed yet
    assert confirm.link("Cancel") == "/users/user-1"

    page = support.follow(support.submit(confirm, "Move user"))

    assert "Pat Moved has been moved to Another Homes. Their sessions have ended." in page.text
    assert "Organisation Another Homes" in page.text
    user = backends.identity.managed["user-1"]
    assert (user.organisation_id, user.name, user.is_dpo) == (ORG3_ID, "Pat Moved", True)
    assert backends.identity.moves == [("user-1", ORG1_ID, ORG3_ID)]
    assert moved.get("/home").location == "/account/sign-in"


def test_a_confirmation_for_another_organisation_asks_again(support: HtmlClient, backends: FakeBackends) -> None:
    page = support.get("/users/user-1/edit")
    confirm = support.submit(page, "Save changes", {"organisation_id": ORG3_ID})

    again = support.submit(confirm, "Move user", {"organisation_id": "org-4"})

    assert again.h1 == "Move Pat Provider to DLUHC"
    assert backends.identity.moves == []


def test_coordinators_never_see_the_picker(coordinator: HtmlClient) -> None:
    for url in ("/users/new", "/users/user-1/edit"):
        page = coordinator.get(url)
        assert page.by_id("organisation_id") is None, url
        assert "Organisation" not in [t for t in (e.text for e in page.all(lambda e: e.tag == "label")) if t]
    assert "Organisation Demo Housing Association" in coordinator.get("/users/user-1").text


def test_a_coordinators_posted_organisation_is_ignored(coordinator: HtmlClient, backends: FakeBackends) -> None:
    response = coordinator.submit(
        coordinator.get("/users/new"),
        "Send invitation",
        {"name": "Nia New", "email": "nia@example.com", "role": "data_provider", "organisation_id": ORG3_ID},
    )
    assert response.status == 302
    new = next(u for u in backends.identity.managed.values() if u.email == "nia@example.com")
    assert new.organisation_id == ORG1_ID

    response = coordinator.submit(
        coordinator.get("/users/user-1/edit"),
        "Save changes",
        {"organisation_id": ORG3_ID, "confirm_move": ORG3_ID},
    )
    assert "The user’s details have been updated." in coordinator.follow(response).text
    assert backends.identity.managed["user-1"].organisation_id == ORG1_ID
    assert backends.identity.moves == []


def test_identity_still_refuses_a_coordinators_move(backends: FakeBackends, coordinator: HtmlClient) -> None:
    token = next(f"user-token-{sid}" for sid, u in backends.identity.sessions.items() if u.id == COORDINATOR.id)
    with pytest.raises(PermissionDenied):
        backends.identity.update_user("user-1", UserDetails(organisation_id=ORG3_ID), "", token=token)


def test_support_is_never_offered_a_deactivated_organisation(support: HtmlClient) -> None:
    for url in ("/users/new", "/users/user-1/edit"):
        _label, options, _selected = picker(support.get(url))
        assert CLOSED_ID not in [value for value, _text in options]
        assert [text for _value, text in options] == ["Another Homes", "Demo Housing Association", "DLUHC"]


def test_support_cannot_invite_into_a_deactivated_organisation(support: HtmlClient, backends: FakeBackends) -> None:
    page = support.submit(
        support.get("/users/new"),
        "Send invitation",
        {"name": "Nia", "email": "nia@example.com", "role": "data_provider", "organisation_id": CLOSED_ID},
    )
    assert page.field_error("organisation_id") == "Select the user’s organisation"
    assert not any(u.email == "nia@example.com" for u in backends.identity.managed.values())


def test_a_user_of_a_deactivated_organisation_keeps_it_as_the_choice(
    support: HtmlClient, backends: FakeBackends
) -> None:
    backends.organisations.inactive.add(ORG1_ID)  # type: ignore[attr-defined]
    page = support.get("/users/user-1/edit")
    _label, options, selected = picker(page)
    assert selected == ORG1_ID and (ORG1_ID, "Demo Housing Association") in options

    response = support.submit(page, "Save changes", {"name": "Pat Renamed", "organisation_id": ORG1_ID})

    assert "The user’s details have been updated." in support.follow(response).text
    assert backends.identity.moves == []
