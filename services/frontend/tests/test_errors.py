from __future__ import annotations

import json

import pytest
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient

from core_platform.errors import PermissionDenied


def test_unknown_page_shows_page_not_found(client: HtmlClient) -> None:
    page = client.get("/no-such-page")
    assert page.status == 404
    assert page.h1 == "Page not found"


def test_another_organisations_log_is_page_not_found(signed_in: HtmlClient, backends: FakeBackends) -> None:
    other = backends.logs.add_log(owner="org-3", tenancycode="SECRET")
    page = signed_in.get(f"/lettings-logs/{other.id}")
    assert page.status == 404
    assert page.h1 == "Page not found"
    assert "SECRET" not in page.text


def test_backend_unavailable_shows_service_problem_page(signed_in: HtmlClient, backends: FakeBackends) -> None:
    backends.logs.unavailable = True
    page = signed_in.get("/lettings-logs")
    assert page.status == 503
    assert page.h1 == "Sorry, there is a problem with the service"
    assert "Try again later." in page.text
    assert "Traceback" not in page.text


def test_healthz_answers_without_backends(client: HtmlClient, backends: FakeBackends) -> None:
    backends.health.statuses["identity"] = "UNAVAILABLE"
    response = client.client.get("/healthz")
    assert (response.status_code, response.get_data(as_text=True)) == (200, "ok")


def test_readyz_is_503_naming_the_backend_that_is_down(client: HtmlClient, backends: FakeBackends) -> None:
    assert client.client.get("/readyz").status_code == 200
    backends.health.statuses["logs"] = "NOT_SERVING"
    response = client.client.get("/readyz")
    assert response.status_code == 503
    body = json.loads(response.data)
    assert body["unavailable"] == ["logs"]
    assert body["backends"]["identity"] == "SERVING"


def test_permission_denied_shows_forbidden_page(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionDenied("Not for your role")

    monkeypatch.setattr(backends.logs, "list_logs", refuse)
    page = signed_in.get("/lettings-logs")
    assert page.status == 403
    assert page.h1 == "You do not have permission to see this page"
