from __future__ import annotations

from flask import Flask
from frontend_fakes import FakeBackends, FakeClock
from frontend_html import HtmlClient


def test_session_expires_after_30_minutes_idle(signed_in: HtmlClient, clock: FakeClock) -> None:
    clock.advance(29 * 60)
    assert signed_in.get("/home").status == 200
    clock.advance(29 * 60)  # activity above restarted the idle timer
    assert signed_in.get("/home").status == 200
    clock.advance(31 * 60)
    assert signed_in.get("/home").location == "/account/sign-in"


def test_idle_expiry_ends_the_identity_session(signed_in: HtmlClient, clock: FakeClock, backends: FakeBackends) -> None:
    clock.advance(31 * 60)
    signed_in.get("/home")
    assert len(backends.identity.ended) == 1


def test_session_expires_after_12_hours_even_when_active(signed_in: HtmlClient, clock: FakeClock) -> None:
    for _ in range(12 * 3):
        clock.advance(20 * 60)
        assert signed_in.get("/home").status == 200
    clock.advance(20 * 60)
    assert signed_in.get("/home").location == "/account/sign-in"


def test_identity_refusing_to_resume_signs_the_user_out(signed_in: HtmlClient, backends: FakeBackends) -> None:
    backends.identity.sessions.clear()  # ended elsewhere, e.g. by an administrator
    assert signed_in.get("/lettings-logs").location == "/account/sign-in"
    page = signed_in.get("/")
    assert "Sign out" not in page.text


def test_session_is_resumed_once_per_request_and_token_kept_out_of_cookie(
    app: Flask, signed_in: HtmlClient, backends: FakeBackends, clock: FakeClock
) -> None:
    signed_in.client.get("/home")  # the first page after signing in keeps its form token in the session
    before = backends.identity.resume_calls
    assert "Set-Cookie" not in signed_in.client.get("/home").headers  # nothing changed since
    assert backends.identity.resume_calls == before + 1
    clock.advance(60)
    response = signed_in.client.get("/home")  # the last use moved by a minute: recorded and sent again
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    value = cookie.split(";")[0].removeprefix("core_session=")
    stored = app.session_interface.get_signing_serializer(app).loads(value)  # type: ignore[attr-defined]
    assert set(stored) == {"_permanent", "csrf_token", "session_id", "signed_in_at", "last_seen_at"}
