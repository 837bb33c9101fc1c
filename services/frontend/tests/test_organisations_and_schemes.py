"""About your organisation, support's organisation list, and the schemes list with its CSV downloads, against
fakes with the organisations client's methods."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from frontend_fakes import ORG1_ID, FakeBackends, FakeOrganisations
from frontend_html import HtmlClient, sign_in

from core_platform.errors import InvalidArgument, NotFound
from frontend_service.clients.models import User
from frontend_service.clients.organisation_models import OrganisationDetails, OrganisationPage, Scheme, SchemePage

COORDINATOR = User("user-3", "coordinator@example.com", "Chris Coordinator", "data_coordinator", ORG1_ID)
ORG1 = OrganisationDetails(
    ORG1_ID,
    "ORG1",
    "Demo Housing Association",
    "PRP",
    True,
    True,
    "active",
    True,
    True,
    phone="0113 496 0000",
    address_line1="1 Demo Street",
    postcode="LS1 1AA",
    rent_periods=(1, 4),
)


class FakeOrganisationDetails(FakeOrganisations):
    def __init__(self) -> None:
        self.organisations = {ORG1_ID: ORG1}
        self.updates: list[tuple[str, dict[str, Any]]] = []
        self.schemes = [
            Scheme(f"s{n}", f"S{n}", f"Scheme {n}", "active", ORG1_ID, "Demo Housing Association", location_count=2)
            for n in range(1, 26)
        ]

    def get_organisation_details(self, organisation_id: str, *, token: str) -> OrganisationDetails:
        if organisation_id not in self.organisations:
            raise NotFound("Organisation not found")
        return self.organisations[organisation_id]

    def update_organisation(self, organisation_id: str, values: dict[str, Any], *, token: str) -> OrganisationDetails:
        if values.get("phone") == "bad":
            raise InvalidArgument(field_errors={"phone": "Enter a telephone number in the correct format"})
        self.updates.append((organisation_id, values))
        self.organisations[organisation_id] = replace(self.organisations[organisation_id], **values)
        return self.organisations[organisation_id]

    def search_organisations(
        self, search: str, page: int, page_size: int, *, token: str, provider_type: str = "", status: str = ""
    ) -> OrganisationPage:
        found = [
            o
            for o in self.organisations.values()
            if search.lower() in o.name.lower() and provider_type in ("", o.provider_type) and status in ("", o.status)
        ]
        return OrganisationPage(found[(page - 1) * page_size : page * page_size], len(found))

    def export_organisations_csv(self, search: str, *, token: str):
        yield "code,name\n"
        yield "ORG1,Demo Housing Association\n"

    def list_schemes(self, search: str, page: int, page_size: int, *, token: str) -> SchemePage:
        found = [s for s in self.schemes if search.lower() in s.service_name.lower()]
        return SchemePage(found[(page - 1) * page_size : page * page_size], len(found))

    def get_scheme(self, scheme_id: str, *, token: str) -> Scheme:
        if scheme_id not in {s.id for s in self.schemes}:
            raise NotFound("Scheme not found")
        return next(s for s in self.schemes if s.id == scheme_id)

    def list_locations(self, scheme_id: str, *, token: str) -> list:
        return []

    def export_schemes_csv(self, kind: str, search: str, *, token: str):
        yield f"{kind}-header\n"


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.organisations = FakeOrganisationDetails()  # type: ignore[assignment]
    fakes.identity.users[COORDINATOR.email] = COORDINATOR
    return fakes


def nav_links(page) -> list[str]:
    return [text for text, _href in page.links()]


def test_coordinator_has_schemes_and_about_your_organisation_links(client: HtmlClient) -> None:
    home = client.follow(sign_in(client, COORDINATOR.email))
    assert "Schemes" in nav_links(home) and "About your organisation" in nav_links(home)
    about = client.get(home.link("About your organisation"))
    assert about.status == 200 and about.h1 == "About your organisation"
    assert "0113 496 0000" in about.text and "Weekly for 52 weeks, Every calendar month" in about.text


def test_provider_sees_their_organisation_but_cannot_change_it(signed_in: HtmlClient) -> None:
    about = signed_in.get("/organisation")
    assert about.h1 == "About your organisation" and "Change" not in [t for t, _ in about.links()]
    assert signed_in.get(f"/organisations/{ORG1_ID}/edit").status == 404
    assert signed_in.get("/organisations/org-3").status == 404
    assert signed_in.get("/organisations").status == 404


def test_coordinator_changes_contact_details_and_rent_periods(client: HtmlClient, backends: FakeBackends) -> None:
    sign_in(client, COORDINATOR.email)
    form = client.get(f"/organisations/{ORG1_ID}/edit")
    assert form.by_id("name") is None  # the name is support's to change
    saved = client.submit(form, "Save changes", {"phone": "0113 496 0002", "rent_periods": ["2"]})
    assert saved.status == 302
    assert backends.organisations.updates[-1][1]["phone"] == "0113 496 0002"
    assert backends.organisations.updates[-1][1]["rent_periods"] == [2]
    shown = client.follow(saved)
    assert "Organisation details updated" in shown.text


def test_edit_shows_the_services_field_errors(client: HtmlClient) -> None:
    sign_in(client, COORDINATOR.email)
    form = client.get(f"/organisations/{ORG1_ID}/edit")
    page = client.submit(form, "Save changes", {"phone": "bad"})
    assert page.error_summary() == [("Enter a telephone number in the correct format", "#phone")]


def test_support_lists_searches_and_downloads_organisations(client: HtmlClient) -> None:
    home = client.follow(sign_in(client, "support@example.com"))
    listing = client.get(home.link("Organisations"))
    assert listing.h1 == "Organisations" and "Demo Housing Association" in listing.text
    download = client.client.get(listing.link("Download all organisations (CSV)"))
    assert download.mimetype == "text/csv" and b"ORG1" in download.data
    assert "No organisations match" in client.get("/organisations?search=zzz").text


def test_support_filters_organisations_by_type_and_status_and_the_filters_stay_chosen(
    client: HtmlClient, backends: FakeBackends
) -> None:
    council = replace(ORG1, id="org-2", code="ORG2", name="Demo Council", provider_type="LA", status="deactivated")
    backends.organisations.organisations[council.id] = council
    sign_in(client, "support@example.com")

    councils = client.get("/organisations?provider_type=LA")
    deactivated_associations = client.get("/organisations?provider_type=PRP&status=deactivated")

    assert "Demo Council" in councils.text and "Demo Housing Association" not in councils.text
    assert councils.by_id("provider_type").find(".//option[@selected]").get("value") == "LA"
    assert "No organisations match these filters." in deactivated_associations.text
    assert "Demo Council" in client.get("/organisations?provider_type=nonsense").text  # unknown: no filter


def test_schemes_list_pages_and_offers_the_three_downloads(client: HtmlClient) -> None:
    sign_in(client, COORDINATOR.email)
    page = client.get("/schemes?page=2")
    assert page.h1 == "Supported housing schemes"
    assert "Showing 21 to 25 of 25 schemes" in page.text
    links = [text for text, _ in page.links()]
    for text in ("Download schemes (CSV)", "Download locations (CSV)", "Download schemes and locations (CSV)"):
        assert text in links
    download = client.client.get(page.link("Download locations (CSV)"))
    assert download.mimetype == "text/csv" and download.data == b"locations-header\n"


def test_another_organisations_scheme_is_not_found(client: HtmlClient) -> None:
    sign_in(client, COORDINATOR.email)
    assert client.get("/schemes/s1").h1 == "Scheme 1"
    assert client.get("/schemes/someone-elses").status == 404
