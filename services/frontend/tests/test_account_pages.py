from __future__ import annotations

import pytest
from fakes_identity import UsersIdentity
from flask import Flask
from frontend_fakes import PASSWORD, FakeBackends, FakeClock
from frontend_html import HtmlClient, sign_in

from frontend_service.app import create_app


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


def test_invitation_link_sets_a_password(client: HtmlClient, backends: FakeBackends) -> None:
    page = client.get("/account/password/set?token=good-token")
    assert page.h1 == "Set your password"

    done = client.submit(
        page, "Set password", {"password": "a long passphrase", "password_confirmation": "a long passphrase"}
    )

    assert done.h1 == "Your password has been set"
    assert backends.identity.new_passwords == ["a long passphrase"]


def test_expired_invitation_link_says_to_ask_for_a_new_invitation(client: HtmlClient) -> None:
    page = client.get("/account/password/set?token=bad")
    page = client.submit(
        page, "Set password", {"password": "a long passphrase", "password_confirmation": "a long passphrase"}
    )
    assert page.h1 == "This link has expired"
    assert "Ask the person who invited you" in page.text


def test_set_password_shows_identitys_rule_on_the_field(client: HtmlClient) -> None:
    page = client.get("/account/password/set?token=good-token")
    page = client.submit(page, "Set password", {"password": "short", "password_confirmation": "short"})
    assert page.error_summary() == [("Your password must be at least 8 characters long", "#password")]


def test_unlock_link(client: HtmlClient) -> None:
    assert client.get("/account/unlock?token=unlock-token").h1 == "Your account has been unlocked"
    assert client.get("/account/unlock?token=old").h1 == "This link has expired"


def test_change_password_needs_the_current_one(signed_in: HtmlClient, backends: FakeBackends) -> None:
    form = signed_in.get("/account/password/change")
    page = signed_in.submit(
        form,
        "Update password",
        {"current_password": "wrong", "password": "a new passphrase", "password_confirmation": "a new passphrase"},
    )
    assert page.field_error("current_password") == "The password you entered is incorrect"

    response = signed_in.submit(
        form,
        "Update password",
        {"current_password": PASSWORD, "password": "a new passphrase", "password_confirmation": "a new passphrase"},
    )
    assert "Your password has been changed" in signed_in.follow(response).text
    assert backends.identity.new_passwords == ["a new passphrase"]


def test_provider_sees_and_changes_their_own_name(signed_in: HtmlClient, backends: FakeBackends) -> None:
    page = signed_in.get("/account")
    assert page.h1 == "Your account" and "Pat Provider" in page.text

    response = signed_in.submit(signed_in.get("/account/details"), "Save changes", {"name": "Pat P"})

    assert "Your details have been updated." in signed_in.follow(response).text
    assert backends.identity.managed["user-1"].name == "Pat P"


@pytest.fixture
def limited_app(backends: FakeBackends, clock: FakeClock) -> Flask:
    config = {
        "TESTING": True,
        "SECRET_KEY": "t",
        "CORE_ENV": "test",
        "CLOCK": clock,
        "RATE_LIMIT_SIGN_IN": "3 per minute",
    }
    return create_app(config, backends)


def test_too_many_sign_in_attempts_from_one_address_get_the_429_page(limited_app: Flask) -> None:
    client = HtmlClient(limited_app.test_client())
    statuses = [sign_in(client, password="wrong").status for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    page = sign_in(client, password="wrong")
    assert page.h1 == "Too many requests"
    assert client.get("/account/sign-in").status == 200  # only submissions count
    other = HtmlClient(limited_app.test_client())
    assert sign_in(other, password="wrong", email="x@example.com").status == 429  # same IP in tests


def test_rate_limits_cover_reset_and_the_sign_in_code() -> None:
    from frontend_service.rate_limits import LIMITED_ENDPOINTS

    assert {"account.sign_in", "account.reset_password", "two_factor.enter_code"} <= set(LIMITED_ENDPOINTS)
