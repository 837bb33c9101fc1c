from __future__ import annotations

from frontend_fakes import FakeBackends
from frontend_html import HtmlClient


def test_forgotten_password_says_check_your_email_even_for_unknown_addresses(
    client: HtmlClient, backends: FakeBackends
) -> None:
    for email in ("provider@example.com", "nobody@example.com"):
        form = client.get(client.get("/account/sign-in").link("Forgot your password?"))
        page = client.submit(form, "Send email", {"email": email})
        assert page.h1 == "Check your email"
    assert backends.identity.reset_requests == ["provider@example.com", "nobody@example.com"]


def test_reset_request_needs_a_valid_email_address(client: HtmlClient) -> None:
    form = client.get("/account/password/reset")
    page = client.submit(form, "Send email", {"email": "not-an-email"})
    assert page.error_summary() == [("Enter an email address in the correct format, like name@example.com", "#email")]


def test_new_password_is_set_and_confirmed(client: HtmlClient, backends: FakeBackends) -> None:
    form = client.get("/account/password/edit?token=good-token")
    page = client.submit(
        form, "Update password", {"password": "a-long-password", "password_confirmation": "a-long-password"}
    )
    assert page.by_class("govuk-panel__title")[0].text.strip() == "Your password has been changed"  # type: ignore[union-attr]
    assert page.link("Sign in with your new password") == "/account/sign-in"
    assert backends.identity.new_passwords == ["a-long-password"]


def test_new_password_errors_come_from_the_form_and_identity(client: HtmlClient) -> None:
    form = client.get("/account/password/edit?token=good-token")
    page = client.submit(form, "Update password", {"password": "short", "password_confirmation": "other"})
    assert page.error_summary() == [("The passwords you entered do not match", "#password_confirmation")]
    page = client.submit(form, "Update password", {"password": "short", "password_confirmation": "short"})
    assert page.field_error("password") == "Your password must be at least 8 characters long"


def test_bad_reset_token_says_the_link_has_expired(client: HtmlClient) -> None:
    form = client.get("/account/password/edit?token=used-token")
    page = client.submit(
        form, "Update password", {"password": "a-long-password", "password_confirmation": "a-long-password"}
    )
    assert page.h1 == "This link has expired"
    assert "Your link to reset your password has expired." in page.text
    assert client.get("/account/password/edit").h1 == "This link has expired"
