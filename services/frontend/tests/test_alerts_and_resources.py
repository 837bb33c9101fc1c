"""Service alert banner, support's alert pages, and collection resources (download, upload, start page links),
against fakes with the organisations client's methods."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from frontend_fakes import FakeBackends, FakeClock, FakeOrganisations
from frontend_html import HtmlClient, sign_in

from core_platform.errors import NotFound, Unavailable
from frontend_service.clients.organisation_models import CollectionResource, ResourceFile, ServiceAlert

ALERT = ServiceAlert(
    "alert-1",
    "Planned downtime",
    "The service is unavailable on <Saturday>.",
    link_text="Read more",
    link_url="https://www.gov.uk/",
    starts_at=datetime(2025, 5, 31, 23, 0, tzinfo=UTC),
    active=True,
)


class FakeAlertsAndResources(FakeOrganisations):
    def __init__(self) -> None:
        self.alerts: dict[str, ServiceAlert] = {ALERT.id: ALERT}
        self.current: ServiceAlert | None = None
        self.current_calls: list[str | None] = []
        self.fail = False
        self.saved: list[tuple[str, dict[str, Any]]] = []
        self.ended: list[str] = []
        self.files: dict[tuple[int, str], ResourceFile] = {}
        self.uploads: list[tuple[int, str, str, str, bytes]] = []
        self.resource_lists = 0

    def get_current_alert(self, *, token: str | None) -> ServiceAlert | None:
        self.current_calls.append(token)
        if self.fail:
            raise Unavailable("organisations down")
        if self.current is None or (token is None and not self.current.show_on_public_pages):
            return None
        return self.current

    def list_alerts(self, *, token: str) -> list[ServiceAlert]:
        return list(self.alerts.values())

    def get_alert(self, alert_id: str, *, token: str) -> ServiceAlert:
        if alert_id not in self.alerts:
            raise NotFound("Alert not found")
        return self.alerts[alert_id]

    def save_alert(self, alert_id: str, values: dict[str, Any], *, token: str) -> ServiceAlert:
        self.saved.append((alert_id, values))
        alert = ServiceAlert(alert_id or f"alert-{len(self.alerts) + 1}", **values, active=True)
        self.alerts[alert.id] = alert
        return alert

    def end_alert(self, alert_id: str, *, token: str) -> ServiceAlert:
        self.ended.append(alert_id)
        self.alerts[alert_id] = replace(self.alerts[alert_id], active=False)
        return self.alerts[alert_id]

    def list_resources(self) -> list[CollectionResource]:
        self.resource_lists += 1
        if self.fail:
            raise Unavailable("organisations down")
        return [f.resource for f in self.files.values()]

    def download_resource(self, year: int, resource_type: str) -> ResourceFile:
        if (year, resource_type) not in self.files:
            raise NotFound("Resource not found")
        return self.files[(year, resource_type)]

    def upload_resource(
        self, year: int, resource_type: str, filename: str, content_type: str, data: bytes, *, token: str
    ) -> CollectionResource:
        self.uploads.append((year, resource_type, filename, content_type, data))
        resource = CollectionResource(year, resource_type, filename, content_type, len(data))
        self.files[(year, resource_type)] = ResourceFile(resource, data)
        return resource


@pytest.fixture
def organisations(backends: FakeBackends) -> FakeAlertsAndResources:
    fake = FakeAlertsAndResources()
    backends.organisations = fake
    return fake


def _banner_text(page: Any) -> str:
    banners = [b for b in page.by_class("govuk-notification-banner") if b.get("id") == "service-alert"]
    return " ".join("".join(banners[0].itertext()).split()) if banners else ""


# --- banner ------------------------------------------------------------------------------------------------


def test_banner_shows_for_signed_in_users(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    organisations.current = ALERT
    home = client.follow(sign_in(client))
    text = _banner_text(home)
    assert "Planned downtime" in text and "The service is unavailable on <Saturday>." in text  # escaped
    assert ("Read more", "https://www.gov.uk/") in home.links()
    assert organisations.current_calls[-1] is not None  # asked with the user's token


def test_banner_is_not_shown_signed_out_unless_public(
    client: HtmlClient, organisations: FakeAlertsAndResources
) -> None:
    organisations.current = ALERT
    assert _banner_text(client.get("/")) == ""


def test_public_alert_shows_signed_out(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    organisations.current = replace(ALERT, show_on_public_pages=True)
    assert "Planned downtime" in _banner_text(client.get("/"))
    assert "Planned downtime" in _banner_text(client.get("/cookies"))


def test_dismiss_hides_the_banner(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    organisations.current = replace(ALERT, show_on_public_pages=True)
    page = client.get("/cookies")
    dismissed = client.submit(page, "Dismiss")
    assert dismissed.status == 302 and dismissed.location == "/cookies"
    assert _banner_text(client.follow(dismissed)) == ""
    assert _banner_text(client.get("/")) == ""


def test_dismiss_needs_csrf_token_and_only_redirects_on_site(
    app: Any, client: HtmlClient, organisations: FakeAlertsAndResources
) -> None:
    organisations.current = replace(ALERT, show_on_public_pages=True)
    page = client.get("/cookies")
    form = page.form("Dismiss")
    offsite = client.post(form.action, {**form.fields, "next": "//evil.example/"})
    assert offsite.status == 302 and offsite.location == "/"
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post(form.action, {"next": "/cookies"}).status == 400


def test_backend_failure_shows_no_banner(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    organisations.fail = True
    home = client.follow(sign_in(client))
    assert home.status == 200 and _banner_text(home) == ""
    start = client.get("/cookies")
    assert start.status == 200


def test_alert_is_cached_for_30_seconds(
    client: HtmlClient, organisations: FakeAlertsAndResources, clock: FakeClock
) -> None:
    organisations.current = replace(ALERT, show_on_public_pages=True)
    client.get("/cookies")
    client.get("/cookies")
    assert len(organisations.current_calls) == 1
    organisations.current = None
    clock.advance(29)
    assert "Planned downtime" in _banner_text(client.get("/cookies"))
    clock.advance(2)
    assert _banner_text(client.get("/cookies")) == ""
    assert len(organisations.current_calls) == 2


def test_alert_limited_to_a_page_path(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    organisations.current = replace(ALERT, show_on_public_pages=True, page_path="/account")
    assert _banner_text(client.get("/cookies")) == ""
    assert "Planned downtime" in _banner_text(client.get("/account/sign-in"))


# --- support's alert pages ---------------------------------------------------------------------------------


def test_alert_pages_are_for_support_only(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    home = client.follow(sign_in(client))
    assert "Service alerts" not in [text for text, _ in home.links()]
    for url in ("/alerts", "/alerts/new", "/alerts/alert-1/edit", "/alerts/alert-1/end", "/resources/upload"):
        assert client.get(url).status == 404, url


def test_support_lists_and_creates_an_alert(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    home = client.follow(sign_in(client, email="support@example.com"))
    listing = client.get(home.link("Service alerts"))
    assert listing.h1 == "Service alerts" and "Planned downtime" in listing.text
    new = client.get(listing.link("Create a service alert"))
    missing = client.submit(new, "Save alert", {"starts_at": ["", "", ""]})
    assert [text for text, _ in missing.error_summary()] == ["Enter a title", "Enter a message", "Enter a start date"]
    bad = client.submit(
        new,
        "Save alert",
        {
            "title": "T",
            "body": "B",
            "link_url": "javascript:alert(1)",
            "page_path": "logs",
            "starts_at": ["1", "6", "2025"],
            "ends_at": ["31", "5", "2025"],
        },
    )
    assert bad.field_error("link_url") == "Enter a link starting with https:// or /"
    assert bad.field_error("link_text") == "Enter the link text"
    assert bad.field_error("page_path") == "Enter a page path starting with /, for example /lettings-logs"
    assert bad.field_error("ends_at") == "The end date must be after the start date"
    saved = client.submit(
        new,
        "Save alert",
        {
            "title": "New forms",
            "body": "The 2025 forms are live.",
            "show_on_public_pages": "y",
            "starts_at": ["1", "6", "2025"],
            "ends_at": ["1", "7", "2025"],
        },
    )
    assert saved.status == 302 and saved.location == "/alerts"
    alert_id, values = organisations.saved[-1]
    assert alert_id == ""
    assert values["show_on_public_pages"] is True
    assert values["starts_at"] == datetime(2025, 5, 31, 23, 0, tzinfo=UTC)  # 00:00 UK summer time
    assert values["ends_at"] == datetime(2025, 6, 30, 23, 0, tzinfo=UTC)
    assert "Service alert saved" in client.follow(saved).text


def test_support_edits_and_ends_an_alert(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    sign_in(client, email="support@example.com")
    listing = client.get("/alerts")
    edit = client.get(listing.link("Change Planned downtime"))
    assert edit.h1 == "Change service alert"
    assert edit.form("Save alert").fields["starts_at"] == "2025"  # the year box of 1 6 2025 (UK)
    textarea = edit.by_id("body")
    assert textarea is not None and textarea.text == ALERT.body  # the form reader skips textareas
    saved = client.submit(edit, "Save alert", {"title": "Changed", "body": ALERT.body, "starts_at": ["1", "6", "2025"]})
    assert saved.status == 302, saved.error_summary()
    assert organisations.saved[-1][0] == "alert-1" and organisations.saved[-1][1]["title"] == "Changed"
    confirm = client.get(client.get("/alerts").link("End Changed"))
    assert confirm.h1 == "Are you sure you want to end this alert?"
    ended = client.submit(confirm, "End alert")
    assert ended.status == 302 and organisations.ended == ["alert-1"]
    assert "ended" in client.follow(ended).text


# --- collection resources ----------------------------------------------------------------------------------


def _add_file(organisations: FakeAlertsAndResources, filename: str = "bulk upload 2025.xlsx") -> None:
    data = b"PK\x03\x04" + b"x" * 100_000
    resource = CollectionResource(2025, "bulk_upload_template", filename, "application/vnd.ms-excel", len(data))
    organisations.files[(2025, "bulk_upload_template")] = ResourceFile(resource, data)


def test_anyone_downloads_a_resource(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    _add_file(organisations, "bulk upload “2025”.xlsx")
    response = client.client.get("/resources/2025/bulk_upload_template")
    assert response.status_code == 200
    assert response.content_type == "application/vnd.ms-excel"
    assert response.data == organisations.files[(2025, "bulk_upload_template")].data
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="bulk upload _2025_.xlsx"')
    assert "filename*=UTF-8''bulk%20upload%20%E2%80%9C2025%E2%80%9D.xlsx" in disposition
    assert client.get("/resources/2024/bulk_upload_template").status == 404
    assert client.get("/resources/2025/secrets").status == 404


def test_start_page_lists_resources(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    _add_file(organisations)
    start = client.get("/")
    assert start.link("2025 to 2026 bulk upload template") == "/resources/2025/bulk_upload_template"
    assert "(XLSX, 98 KB)" in start.text


def test_start_page_without_resources_or_their_service(
    client: HtmlClient, organisations: FakeAlertsAndResources, clock: FakeClock
) -> None:
    assert "Collection resources" not in client.get("/").text
    _add_file(organisations)
    organisations.fail = True
    clock.advance(31)
    failing = client.get("/")
    assert failing.status == 200 and "Collection resources" not in failing.text


def test_resource_list_is_cached_for_30_seconds_and_forgotten_on_upload(
    client: HtmlClient, organisations: FakeAlertsAndResources, clock: FakeClock
) -> None:
    from io import BytesIO

    client.get("/")
    _add_file(organisations)
    clock.advance(29)
    assert "Collection resources" not in client.get("/").text  # still the cached empty list
    assert organisations.resource_lists == 1
    clock.advance(2)
    assert "2025 to 2026 bulk upload template" in client.get("/").text
    assert organisations.resource_lists == 2

    support = HtmlClient(client.client.application.test_client())
    sign_in(support, email="support@example.com")
    choices = {"year": "2025", "resource_type": "guidance", "file": (BytesIO(b"%PDF-1"), "guide.pdf")}
    support.submit(support.get("/resources/upload"), "Upload file", choices, content_type="multipart/form-data")
    assert "2025 to 2026 guidance" in client.get("/").text  # at once, not after 30 s


def test_a_file_over_the_request_limit_gets_the_size_error(
    client: HtmlClient, organisations: FakeAlertsAndResources
) -> None:
    from io import BytesIO

    sign_in(client, email="support@example.com")
    page = client.get("/resources/upload")
    huge = b"%PDF" + b"x" * (22 * 1024 * 1024)
    fields = {"year": "2025", "resource_type": "specification", "file": (BytesIO(huge), "spec.pdf")}

    refused = client.submit(page, "Upload file", fields, content_type="multipart/form-data")

    assert refused.status == 413 and refused.h1 == "Upload a collection resource"
    assert refused.error_summary() == [("The selected file must be smaller than 20MB", "#file")]
    assert refused.field_error("file") == "The selected file must be smaller than 20MB"
    assert organisations.uploads == []
    just_over = b"%PDF" + b"x" * (20 * 1024 * 1024)
    fields = {**fields, "file": (BytesIO(just_over), "spec.pdf")}
    over = client.submit(page, "Upload file", fields, content_type="multipart/form-data")
    assert over.status == 200 and over.field_error("file") == "The selected file must be smaller than 20MB"


def test_a_large_request_elsewhere_gets_the_usual_error_page(client: HtmlClient) -> None:
    response = client.post("/account/sign-in", {"email": "x" * (2 * 1024 * 1024)})
    assert response.status == 413 and "Upload a collection resource" not in response.text


def test_support_uploads_a_resource(client: HtmlClient, organisations: FakeAlertsAndResources) -> None:
    from io import BytesIO

    sign_in(client, email="support@example.com")
    page = client.get("/resources/upload")
    assert page.h1 == "Upload a collection resource"
    empty = client.submit(page, "Upload file", content_type="multipart/form-data")
    assert [text for text, _ in empty.error_summary()] == [
        "Select a collection year",
        "Select the type of resource",
        "Select a file",
    ]
    choices = {"year": "2025", "resource_type": "specification"}
    wrong = client.submit(
        page, "Upload file", {**choices, "file": (BytesIO(b"MZ"), "virus.exe")}, content_type="multipart/form-data"
    )
    assert wrong.field_error("file") == "The selected file must be a CSV, Excel, PDF, Word or OpenDocument file"
    blank = client.submit(
        page, "Upload file", {**choices, "file": (BytesIO(b""), "spec.pdf")}, content_type="multipart/form-data"
    )
    assert blank.field_error("file") == "The selected file is empty"
    big = b"%PDF" + b"x" * (2 * 1024 * 1024)  # larger than the app's usual 1 MB request limit
    done = client.submit(
        page,
        "Upload file",
        {**choices, "file": (BytesIO(big), "spec.pdf", "application/pdf")},
        content_type="multipart/form-data",
    )
    assert done.status == 302, done.error_summary()
    assert organisations.uploads == [(2025, "specification", "spec.pdf", "application/pdf", big)]
    assert "2025 to 2026 bulk upload specification uploaded" in client.follow(done).text
