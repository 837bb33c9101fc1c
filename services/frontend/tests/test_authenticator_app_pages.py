"""Support users set up an authenticator app from their account page and then sign in with its code;
anyone confirms a new email address from the link sent to it."""

from __future__ import annotations

import pytest
from fakes_identity import APP_SECRET, CODE, UsersIdentity
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, sign_in


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


def signed_in_support(client: HtmlClient) -> None:
    page = client.follow(sign_in(client, email="support@example.com"))
    assert client.submit(page, "Continue", {"code": CODE}).location == "/home"


def test_account_page_offers_an_authenticator_app_to_support_users(client: HtmlClient) -> None:
    signed_in_support(client)

    page = client.get("/account")

    assert "By email" in page.text
    assert page.link("Use an authenticator app for sign-in codes") == "/account/authenticator-app"


def test_set_up_page_shows_the_secret_as_text_and_as_an_otpauth_link(client: HtmlClient) -> None:
    signed_in_support(client)

    page = client.get("/account/authenticator-app")

    assert page.h1 == "Set up an authenticator app"
    assert page.by_id("authenticator-secret").text == APP_SECRET
    assert page.by_id("authenticator-uri").get("href").startswith("otpauth://totp/")


def test_a_wrong_first_code_is_shown_on_the_field(client: HtmlClient) -> None:
    signed_in_support(client)
    page = client.get("/account/authenticator-app")

    page = client.submit(page, "Confirm authenticator app", {"code": "000000"})

    assert page.error_summary() == [("The code you entered is incorrect", "#code")]


def test_after_confirming_sign_in_asks_for_the_app_code(client: HtmlClient, backends: FakeBackends) -> None:
    signed_in_support(client)
    page = client.get("/account/authenticator-app")
    response = client.submit(page, "Confirm authenticator app", {"code": CODE})
    assert "authenticator app is set up" in client.follow(response).text
    client.submit(client.get("/home"), "Sign out")
    sent_before = backends.identity.codes_sent

    page = client.follow(sign_in(client, email="support@example.com"))

    assert page.h1 == "Enter the code from your authenticator app"
    assert "Not received an email?" not in page.text
    assert backends.identity.codes_sent == sent_before
    assert client.get("/account/two-factor/resend").location == "/account/two-factor"
    assert client.submit(page, "Continue", {"code": "12ab"}).field_error("code") == (
        "Enter the 6-digit code from your authenticator app"
    )
    assert client.submit(page, "Continue", {"code": CODE}).location == "/home"


def test_three_wrong_app_codes_sign_the_user_out(client: HtmlClient, backends: FakeBackends) -> None:
    backends.identity.app_users.add("user-2")
    page = client.follow(sign_in(client, email="support@example.com"))
    for _ in range(2):
        page = client.submit(page, "Continue", {"code": "000000"})

    page = client.submit(page, "Continue", {"code": "000000"})

    assert "too many times" in page.text
    assert client.get("/account/two-factor").location == "/account/sign-in"


def test_a_support_user_can_go_back_to_emailed_codes(client: HtmlClient, backends: FakeBackends) -> None:
    signed_in_support(client)
    backends.identity.confirm_authenticator_app_registration(CODE, "", token=next(iter(_tokens(backends))))

    page = client.get("/account/authenticator-app/remove")
    response = client.submit(page, "Stop using authenticator app")

    assert "You will get sign-in codes by email" in client.follow(response).text


def test_other_users_get_no_authenticator_app_option(client: HtmlClient) -> None:
    client.follow(sign_in(client))

    assert "Sign-in codes" not in client.get("/account").text


def test_changing_email_waits_for_the_link_sent_to_the_new_address(client: HtmlClient, backends: FakeBackends) -> None:
    client.follow(sign_in(client))
    page = client.get("/account/details")

    response = client.submit(page, "Save changes", {"name": "Pat Provider", "email": "new@example.com"})

    page = client.follow(response)
    assert "We have sent a link to new@example.com" in page.text
    user = next(u for u in backends.identity.managed.values() if u.pending_email)
    confirm = client.get(f"/account/email/confirm?token=email-token-{user.id}")
    assert confirm.h1 == "Confirm your new email address"
    done = client.submit(confirm, "Confirm email address")
    assert done.h1 == "Your email address has been changed"
    assert backends.identity.managed[user.id].email == "new@example.com"


def test_a_used_email_link_says_it_cannot_be_used(client: HtmlClient) -> None:
    page = client.get("/account/email/confirm?token=email-token-nobody")

    assert client.submit(page, "Confirm email address").h1 == "This link cannot be used"
    assert client.get("/account/email/confirm").h1 == "This link cannot be used"


def _tokens(backends: FakeBackends) -> list[str]:
    return [f"user-token-{session_id}" for session_id in backends.identity.sessions]
