from __future__ import annotations

import pytest
from fakes_identity import CODE, UsersIdentity
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, sign_in


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


def sign_in_support(client: HtmlClient):
    response = sign_in(client, email="support@example.com")
    assert response.location == "/account/two-factor"
    return client.follow(response)


def test_support_user_is_asked_for_the_emailed_code_and_is_not_signed_in_until_then(client: HtmlClient) -> None:
    page = sign_in_support(client)

    assert page.h1 == "Check your email"
    assert "Sign out" not in page.text
    assert "code" in page.form("Continue").fields or page.by_id("code") is not None
    assert client.get("/home").location == "/account/sign-in"


def test_right_code_signs_the_support_user_in(client: HtmlClient) -> None:
    page = sign_in_support(client)

    response = client.submit(page, "Continue", {"code": CODE})

    assert response.location == "/home"
    assert client.follow(response).form("Sign out")


def test_wrong_code_shows_the_error_in_the_summary_and_on_the_field(client: HtmlClient) -> None:
    page = sign_in_support(client)

    page = client.submit(page, "Continue", {"code": "000000"})

    assert page.error_summary() == [("The security code you entered is incorrect", "#code")]
    assert page.field_error("code") == "The security code you entered is incorrect"


def test_code_must_be_six_digits(client: HtmlClient) -> None:
    page = sign_in_support(client)

    assert client.submit(page, "Continue", {"code": ""}).field_error("code") == "Enter the security code"
    page = client.submit(page, "Continue", {"code": "12ab"})
    assert page.field_error("code") == "Enter the 6-digit security code from the email"


def test_three_wrong_codes_sign_the_user_out(client: HtmlClient) -> None:
    page = sign_in_support(client)
    for _ in range(2):
        page = client.submit(page, "Continue", {"code": "000000"})

    page = client.submit(page, "Continue", {"code": "000000"})

    assert page.h1 == "You have been signed out"
    assert client.get("/account/two-factor").location == "/account/sign-in"


def test_resend_code_sends_another_and_says_so(client: HtmlClient, backends: FakeBackends) -> None:
    page = sign_in_support(client)
    resend = client.get(page.link("Not received an email?"))

    response = client.submit(resend, "Resend security code")

    assert backends.identity.codes_sent == 2
    page = client.follow(response)
    assert "We have sent you a new security code." in page.text


def test_other_roles_skip_the_code(client: HtmlClient) -> None:
    assert sign_in(client, email="coordinator@example.com").location == "/home"
