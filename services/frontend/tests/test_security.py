from __future__ import annotations

import re

from flask import Flask
from frontend_fakes import FakeBackends, FakeClock
from frontend_html import HtmlClient, Page

from frontend_service.app import create_app


def test_every_page_sends_security_headers_with_a_fresh_script_nonce(client: HtmlClient) -> None:
    first, second = client.get("/"), client.get("/")
    csp = first.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    for directive in ("default-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"):
        assert directive in csp
    nonce = re.search(r"'nonce-([^']+)'", csp)
    assert nonce is not None
    assert nonce.group(1) not in second.headers["Content-Security-Policy"]
    scripts = first.all(lambda element: element.tag == "script")
    assert scripts and all(script.get("nonce") == nonce.group(1) for script in scripts)
    assert first.headers["X-Content-Type-Options"] == "nosniff"
    assert first.headers["X-Frame-Options"] == "DENY"
    assert first.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Strict-Transport-Security" not in first.headers


def test_javascript_is_an_external_module(client: HtmlClient) -> None:
    page = client.get("/")
    modules = page.all(lambda element: element.tag == "script" and element.get("type") == "module")
    assert [script.get("src") for script in modules] == ["/static/application.js"]
    assert client.client.get("/static/application.js").status_code == 200


def test_production_adds_hsts_and_secure_cookies(backends: FakeBackends, clock: FakeClock) -> None:
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "CORE_ENV": "production", "CLOCK": clock}, backends)
    response = app.test_client().get("/account/sign-in")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Secure" in response.headers["Set-Cookie"]


def test_form_post_without_csrf_token_is_rejected(client: HtmlClient, backends: FakeBackends) -> None:
    client.get("/account/sign-in")
    page = client.post("/account/sign-in", {"email": "provider@example.com", "password": "x"})
    assert page.status == 400
    assert page.h1 == "Sorry, there is a problem with the service"
    assert backends.identity.authenticate_calls == []


def test_govuk_assets_are_served_at_assets(client: HtmlClient) -> None:
    assert client.client.get("/assets/images/favicon.svg").status_code == 200


def test_html_pages_are_not_cached(app: Flask, client: HtmlClient) -> None:
    page: Page = client.get("/cookies")
    assert page.headers["Cache-Control"] == "no-store"
    assert page.h1 == "Cookies"
    assert "core_session" in page.text
