"""Every process from the Procfile, driven over HTTP as a browser would: sign in, create a lettings
log through the generic question pages, see it listed, and check who else may see it. Also the
password-reset email (gRPC -> Celery worker -> outbox) and the log_created event reaching export."""

from __future__ import annotations

import json
import time
from datetime import date
from urllib.parse import urljoin

import grpc
import lxml.html
import pytest
import requests

from core.export.v1 import export_pb2, export_pb2_grpc
from core.identity.v1 import identity_pb2, identity_pb2_grpc

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "e2e-demo-passphrase-2026"


class Browser:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        self.page: requests.Response | None = None

    def get(self, path: str) -> requests.Response:
        self.page = self.http.get(urljoin(self.base_url, path), timeout=30)
        return self.page

    def submit(self, values: dict[str, str], form_index: int = -1, action_contains: str = "") -> requests.Response:
        assert self.page is not None
        document = lxml.html.fromstring(self.page.text)
        forms = [f for f in document.forms if action_contains in (f.action or "") and f.method.lower() == "post"]
        form = forms[form_index]
        fields = {name: value for name, value in form.form_values()}
        fields.update(values)
        self.page = self.http.post(urljoin(self.page.url, form.action or self.page.url), data=fields, timeout=30)
        return self.page

    def text(self) -> str:
        assert self.page is not None
        return " ".join(lxml.html.fromstring(self.page.text).text_content().split())

    def sign_in(self, email: str, password: str = DEMO_PASSWORD) -> None:
        self.get("/account/sign-in")
        self.submit({"email": email, "password": password}, action_contains="sign-in")
        assert "Sign out" in self.text(), self.text()[:300]


def answer_question_page(browser: Browser, today: date, code: str) -> None:
    """Fill whatever the page asks, by input type only: the test knows no question."""
    document = lxml.html.fromstring(browser.page.text)  # type: ignore[union-attr]
    form = [f for f in document.forms if f.method.lower() == "post"][-1]
    values: dict[str, str] = {}
    for element in form.inputs:
        name, kind = element.get("name"), (element.get("type") or element.tag).lower()
        if not name or name == "csrf_token":
            continue
        if kind == "radio" and name not in values:
            values[name] = element.get("value")
        elif kind == "checkbox":
            values[name] = element.get("value")
        elif kind in ("text", "number") and name.endswith(("day", "day]")):
            values[name] = str(today.day)
        elif kind in ("text", "number") and name.endswith(("month", "month]")):
            values[name] = str(today.month)
        elif kind in ("text", "number") and name.endswith(("year", "year]")):
            values[name] = str(today.year)
        elif kind == "text":
            values[name] = code
        elif element.tag == "select":
            options = [o.get("value") for o in element.findall("option") if o.get("value")]
            values[name] = options[0]
    browser.submit(values)


def create_log_through_the_form(browser: Browser, code: str) -> str:
    browser.get("/lettings-logs")
    browser.submit({}, action_contains="lettings-logs")
    log_id = browser.page.url.split("/lettings-logs/")[1].split("/")[0]  # type: ignore[union-attr]
    for _ in range(12):
        if "check-answers" in browser.page.url:  # type: ignore[union-attr]
            break
        answer_question_page(browser, date.today(), code)
        assert "There is a problem" not in browser.text(), browser.text()[:500]
    assert "check-answers" in browser.page.url  # type: ignore[union-attr]
    return log_id


def wait_for(predicate, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError("not reached in time")


def test_provider_creates_a_log_sees_it_listed_and_another_organisation_cannot(running_system):
    provider = Browser(running_system.base_url)
    provider.sign_in("provider@example.com")
    log_id = create_log_through_the_form(provider, "E2E-T1")

    provider.get("/lettings-logs")
    assert log_id in provider.page.text and "E2E-T1" in provider.text()

    other = Browser(running_system.base_url)
    other.sign_in("provider@other.example.com")
    assert other.get(f"/lettings-logs/{log_id}").status_code == 404
    other.get("/lettings-logs")
    assert "E2E-T1" not in other.text()

    changes = wait_for(lambda: pending_changes(running_system, log_id))
    assert changes[0].event_type == "logs.log_created"


def pending_changes(system, log_id: str):
    identity = identity_pb2_grpc.IdentityServiceStub(grpc.insecure_channel(system.grpc_addr("identity")))
    token = identity.IssueClientToken(
        identity_pb2.IssueClientTokenRequest(client_id="demo-client", client_secret=system.env["DEMO_API_SECRET"]),
        timeout=5,
    ).access_token
    export = export_pb2_grpc.ExportServiceStub(grpc.insecure_channel(system.grpc_addr("export")))
    response = export.ListPendingLogChanges(
        export_pb2.ListPendingLogChangesRequest(log_id=log_id),
        timeout=5,
        metadata=(("authorization", f"Bearer {token}"),),
    )
    return list(response.changes)


def test_password_reset_email_is_sent_by_the_worker_and_its_link_works(running_system):
    new_password = "a-brand-new-passphrase-for-e2e"
    reset_password_by_email(running_system, "coordinator@example.com", new_password)
    Browser(running_system.base_url).sign_in("coordinator@example.com", new_password)
    # Other journeys on this system sign in as the coordinator with the demo password.
    reset_password_by_email(running_system, "coordinator@example.com", DEMO_PASSWORD)


def reset_password_by_email(system, email: str, new_password: str) -> None:
    outbox = system.var_dir / "outbox"
    already_sent = set(outbox.glob("*.json")) if outbox.exists() else set()
    browser = Browser(system.base_url)
    browser.get("/account/password/reset")
    browser.submit({"email": email})
    assert "Check your email" in browser.text()

    def new_reset_email():
        fresh = (read_json(path) for path in outbox.glob("*.json") if path not in already_sent)
        return next((m for m in fresh if m["to"] == email and m["template"] == "password_reset"), None)

    message = wait_for(new_reset_email)
    link = next(word for word in message["body"].split() if "/account/password/edit?token=" in word)
    browser.get(link[link.index("/account/") :].rstrip(".,)"))
    browser.submit({"password": new_password, "password_confirmation": new_password})
    assert "Your password has been changed" in browser.text()


def read_json(path):
    return json.loads(path.read_text())
