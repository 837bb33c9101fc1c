"""Scheme and location creation pages, check answers, change links, and deactivation/reactivation pages against
a fake organisations backend."""

from __future__ import annotations

from datetime import date

import pytest
from fakes_schemes import ORG2_ID, FakeSchemesBackend
from frontend_fakes import ORG1_ID, FakeBackends
from frontend_html import HtmlClient, Page, sign_in, text_of

from frontend_service.clients.models import User
from frontend_service.views.scheme_availability import open_collection_start

COORDINATOR = User("user-3", "coordinator@example.com", "Chris Coordinator", "data_coordinator", ORG1_ID)
DETAILS = {
    "service_name": "Hope House",
    "sensitive": "0",
    "owning_organisation_id": ORG1_ID,
    "scheme_type": "7",
    "registered_under_care_act": "1",
    "arrangement_type": "R",
}


@pytest.fixture
def fake() -> FakeSchemesBackend:
    return FakeSchemesBackend()


@pytest.fixture
def backends(fake: FakeSchemesBackend) -> FakeBackends:
    fakes = FakeBackends()
    fakes.organisations = fake  # type: ignore[assignment]
    fakes.identity.users[COORDINATOR.email] = COORDINATOR
    return fakes


@pytest.fixture
def coordinator(client: HtmlClient) -> HtmlClient:
    sign_in(client, COORDINATOR.email)
    return client


def answer(client: HtmlClient, url: str, data: dict[str, object], button: str = "Save and continue") -> str:
    page = client.get(url)
    assert page.status == 200, (url, page.status)
    saved = client.submit(page, button, data)
    assert saved.status == 302, saved.error_summary()
    return saved.location


def create_scheme(client: HtmlClient) -> str:
    """Walks the question pages; returns the check-answers URL."""
    url = answer(client, "/schemes/new", DETAILS)
    url = answer(client, url, {"managing_organisation_id": ORG2_ID})
    url = answer(client, url, {"primary_client_group": "G"})
    url = answer(client, url, {"has_other_client_group": "1"})
    url = answer(client, url, {"secondary_client_group": "M"})
    return answer(client, url, {"support_type": "4", "intended_stay": "M"})


def test_coordinator_creates_a_scheme_through_question_pages_and_check_answers(
    coordinator: HtmlClient, fake: FakeSchemesBackend
) -> None:
    listing = coordinator.get("/schemes")
    assert "Create a new supported housing scheme" in [text for text, _ in listing.links()]
    check_url = create_scheme(coordinator)
    check = coordinator.get(check_url)
    assert check.h1 == "Check your changes before creating this scheme"
    assert "Demo Council" in check.text and "People with alcohol problems" in check.text
    created = coordinator.submit(check, "Create scheme")
    assert created.status == 302
    scheme = coordinator.follow(created)
    assert scheme.h1 == "Hope House" and "Hope House has been created." in scheme.text
    assert "Active" in scheme.tag_texts()
    (stored,) = fake.schemes.values()
    assert stored.confirmed and stored.answers["secondary_client_group"] == "M"


def test_question_pages_show_gov_uk_errors(coordinator: HtmlClient) -> None:
    page = coordinator.get("/schemes/new")
    assert page.h1 == "Create a new supported housing scheme"
    errors = coordinator.submit(page, "Save and continue", {})
    assert ("Enter the name of the scheme", "#service_name") in errors.error_summary()
    assert errors.title.startswith("Error: ")
    assert errors.field_error("scheme_type") == "Select the type of scheme"


def test_support_provider_and_secondary_group_pages_are_skipped_when_they_do_not_apply(coordinator: HtmlClient) -> None:
    url = answer(coordinator, "/schemes/new", {**DETAILS, "arrangement_type": "D"})
    assert url.endswith("/primary-client-group")
    url = answer(coordinator, url, {"primary_client_group": "G"})
    url = answer(coordinator, url, {"has_other_client_group": "0"})
    assert url.endswith("/support")


def test_confirming_an_incomplete_scheme_lists_the_missing_answers(coordinator: HtmlClient) -> None:
    url = answer(coordinator, "/schemes/new", {**DETAILS, "arrangement_type": "D"})
    scheme_url = url.rsplit("/", 1)[0]
    check = coordinator.get(f"{scheme_url}/check-answers")
    refused = coordinator.submit(check, "Create scheme")
    assert refused.status == 200 and refused.error_summary()
    assert "You didn’t answer this question" in refused.text


def test_change_link_returns_to_check_answers(coordinator: HtmlClient, fake: FakeSchemesBackend) -> None:
    check = coordinator.get(create_scheme(coordinator))
    change = check.link("Change level of support given")
    back = answer(coordinator, change, {"support_type": "2", "intended_stay": "S"})
    assert back.endswith("/check-answers")
    assert next(iter(fake.schemes.values())).answers["support_type"] == 2


def test_once_confirmed_coordinators_change_only_the_name_and_support_everything(
    client: HtmlClient, fake: FakeSchemesBackend
) -> None:
    sign_in(client, COORDINATOR.email)
    client.submit(client.get(create_scheme(client)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    assert client.get(f"/schemes/{scheme_id}/support").status == 404
    renamed = answer(client, f"/schemes/{scheme_id}/edit-name", {"service_name": "Hope Court", "sensitive": "1"})
    assert renamed.endswith(f"/schemes/{scheme_id}")
    assert fake.schemes[scheme_id].service_name == "Hope Court"
    client.post("/account/sign-out", {})
    support = HtmlClient(client.client.application.test_client())
    sign_in(support, "support@example.com")
    assert support.get(f"/schemes/{scheme_id}/support").status == 200
    assert support.get(f"/schemes/{scheme_id}/edit-name").status == 200


def test_data_providers_cannot_open_creation_pages(signed_in: HtmlClient) -> None:
    assert signed_in.get("/schemes/new").status == 404
    assert "Create a new supported housing scheme" not in signed_in.get("/schemes").text


def add_location(client: HtmlClient, scheme_id: str, postcode: str) -> str:
    url = answer(client, f"/schemes/{scheme_id}/locations/new", {"postcode": postcode})
    if url.endswith("/local-authority"):
        page = client.get(url)
        assert page.h1 == f"What is the local authority of {postcode}?"
        url = answer(client, url, {"location_code": "E08000035"})
    url = answer(client, url, {"name": "Hope House annex"})
    url = answer(client, url, {"units": "5"})
    url = answer(client, url, {"type_of_unit": "6"})
    url = answer(client, url, {"mobility_type": "W"})
    return answer(client, url, {"startdate": ["1", "4", "2024"]})


@pytest.mark.parametrize(("postcode", "authority"), [("SW1A 2AA", "Westminster"), ("LS1 1AA", "Leeds")])
def test_adding_a_location_infers_or_asks_for_the_local_authority(
    coordinator: HtmlClient, fake: FakeSchemesBackend, postcode: str, authority: str
) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    check = coordinator.get(add_location(coordinator, scheme_id, postcode))
    assert check.h1 == "Check your answers" and authority in check.text and "1 April 2024" in check.text
    saved = coordinator.follow(coordinator.submit(check, "Save and return to locations"))
    assert f"{postcode} has been added to this scheme" in saved.text
    (location,) = fake.locations.values()
    assert location.confirmed and location.local_authority == authority


def test_location_pages_reject_bad_answers(coordinator: HtmlClient, fake: FakeSchemesBackend) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    bad = coordinator.submit(coordinator.get(f"/schemes/{scheme_id}/locations/new"), "Save and continue", {})
    assert bad.error_summary() == [("Enter a postcode", "#postcode")]
    url = answer(coordinator, f"/schemes/{scheme_id}/locations/new", {"postcode": "SW1A 2AA"})
    units = coordinator.get(url.replace("/name", "/units"))
    assert coordinator.submit(units, "Save and continue", {"units": "0"}).field_error("units") == (
        "Enter the total number of units at this location"
    )
    availability = coordinator.get(url.replace("/name", "/availability"))
    wrong = coordinator.submit(availability, "Save and continue", {"startdate": ["31", "2", "2024"]})
    assert wrong.field_error("startdate") == "Enter a date in the correct format, for example 31 1 2022"


def test_scheme_is_deactivated_from_a_date_after_confirmation(
    coordinator: HtmlClient, fake: FakeSchemesBackend
) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    shown = coordinator.get(f"/schemes/{scheme_id}")
    date_page = coordinator.get(shown.link("Deactivate this scheme"))
    assert date_page.h1 == "When should this change apply?"
    confirm = coordinator.follow(
        coordinator.submit(date_page, "Continue", {"date_type": "other", "day": ["1", "5", "2030"]})
    )
    assert confirm.h1 == "Are you sure you want to deactivate Hope House?" and "1 May 2030" in confirm.text
    done = coordinator.follow(coordinator.submit(confirm, "Deactivate this scheme"))
    assert "Hope House will deactivate on 1 May 2030" in done.text
    assert fake.availability == [("scheme", scheme_id, "2030-05-01", True)]
    reactivate = coordinator.get(done.link("Reactivate this scheme"))
    assert reactivate.h1 == "When should this change apply?"
    assert "You’ll be able to add logs with this scheme" in reactivate.text


def test_deactivation_date_must_be_a_real_date_and_service_errors_show(
    coordinator: HtmlClient, fake: FakeSchemesBackend
) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    page = coordinator.get(f"/schemes/{scheme_id}/deactivate-scheme")
    unchosen = coordinator.submit(page, "Continue", {"day": ["", "", ""]})
    assert unchosen.error_summary() == [("Select one of the options", "#date_type")]
    bad = coordinator.submit(page, "Continue", {"date_type": "other", "day": ["31", "2", "2030"]})
    assert bad.field_error("day") == "Enter a valid day, month and year"
    confirm = coordinator.get(f"/schemes/{scheme_id}/deactivate-scheme/confirm?date=1999-01-01")
    refused = coordinator.submit(confirm, "Deactivate this scheme")
    assert refused.error_summary() == [("The date must be on or after 1 April", "#confirm")]


def test_location_is_deactivated_from_its_page(coordinator: HtmlClient, fake: FakeSchemesBackend) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    coordinator.submit(
        coordinator.get(add_location(coordinator, scheme_id, "SW1A 2AA")), "Save and return to locations"
    )
    scheme = coordinator.get(f"/schemes/{scheme_id}")
    location = coordinator.get(scheme.link("SW1A 2AA"))
    assert location.h1 == "Hope House annex"
    date_page = coordinator.get(location.link("Deactivate this location"))
    confirm = coordinator.follow(
        coordinator.submit(date_page, "Continue", {"date_type": "other", "day": ["1", "5", "2030"]})
    )
    coordinator.submit(confirm, "Deactivate this location")
    assert fake.availability[-1][0] == "location" and fake.availability[-1][2] == "2030-05-01"


def test_deactivation_offers_the_start_of_the_open_collection_period_or_a_date(
    coordinator: HtmlClient, fake: FakeSchemesBackend
) -> None:
    coordinator.submit(coordinator.get(create_scheme(coordinator)), "Create scheme")
    scheme_id = next(iter(fake.schemes))
    page = coordinator.get(f"/schemes/{scheme_id}/deactivate-scheme")
    start = open_collection_start(date.today())
    inputs = page.all(lambda e: e.get("name") == "date_type")
    radios = [(radio.get("value"), radio_label(page, radio.get("id", ""))) for radio in inputs]
    assert radios == [
        ("default", f"From the start of the open collection period ({start.day} April {start.year})"),
        ("other", "For tenancies starting after a certain date"),
    ]
    assert page.by_id("day") is not None  # the date input, revealed by the second radio
    assert "It will not be possible to add logs with this scheme" in page.text

    confirm = coordinator.follow(coordinator.submit(page, "Continue", {"date_type": "default", "day": ["", "", ""]}))

    assert f"{start.day} April {start.year}" in confirm.text
    coordinator.submit(confirm, "Deactivate this scheme")
    assert fake.availability == [("scheme", scheme_id, start.isoformat(), True)]


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (date(2026, 3, 31), date(2025, 4, 1)),
        (date(2026, 6, 30), date(2025, 4, 1)),
        (date(2026, 7, 1), date(2026, 4, 1)),
    ],
)
def test_open_collection_period_starts_a_year_earlier_during_the_crossover(today: date, start: date) -> None:
    assert open_collection_start(today) == start


def radio_label(page: Page, radio_id: str) -> str:
    labels = page.all(lambda e: e.tag == "label" and e.get("for") == radio_id)
    return text_of(labels[0]) if labels else ""
