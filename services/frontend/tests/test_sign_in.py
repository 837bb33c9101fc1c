from __future__ import annotations

from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, sign_in


def test_start_page_offers_start_now_and_sign_in(client: HtmlClient) -> None:
    page = client.get("/")
    assert page.h1 == "Submit social housing lettings and sales data (CORE)"
    assert page.link("Start now") == "/account/sign-in"
    assert page.link("Sign in") == "/account/sign-in"
    assert "Sign out" not in page.text


def test_signing_in_reaches_home_with_sign_out_and_role_navigation(client: HtmlClient) -> None:
    response = sign_in(client)
    assert response.location == "/home"
    home = client.follow(response)
    assert home.h1 == "Welcome, Pat Provider"
    assert home.form("Sign out").action == "/account/sign-out"
    nav = [text for text, href in home.links() if href in ("/home", "/lettings-logs")]
    assert nav[:2] == ["Home", "Lettings logs"]
    assert "Demo Housing Association" in home.text


def test_signed_in_user_visiting_start_goes_home(signed_in: HtmlClient) -> None:
    assert signed_in.get("/").location == "/home"


def test_wrong_password_shows_incorrect_email_or_password(client: HtmlClient) -> None:
    page = sign_in(client, password="wrong")
    assert page.status == 200
    assert page.title.startswith("Error: ")
    assert page.error_summary() == [("Incorrect email or password", "#email")]
    assert page.field_error("email") == "Incorrect email or password"
    assert "Sign out" not in page.text


def test_empty_fields_show_specific_messages(client: HtmlClient) -> None:
    page = sign_in(client, email="", password="")
    assert page.error_summary() == [("Enter an email address", "#email"), ("Enter a password", "#password")]
    assert page.field_error("email") == "Enter an email address"
    assert page.field_error("password") == "Enter a password"


def test_sign_in_passes_the_client_ip_to_identity(client: HtmlClient, backends: FakeBackends) -> None:
    sign_in(client)
    assert backends.identity.authenticate_calls == [("provider@example.com", "127.0.0.1")]


def test_sign_out_ends_the_identity_session(signed_in: HtmlClient, backends: FakeBackends) -> None:
    home = signed_in.get("/home")
    response = signed_in.submit(home, "Sign out")
    assert response.location == "/"
    assert len(backends.identity.ended) == 1
    assert signed_in.get("/home").location == "/account/sign-in"


def test_pages_needing_sign_in_redirect_to_sign_in(client: HtmlClient) -> None:
    for url in ("/home", "/lettings-logs", "/lettings-logs/1", "/lettings-logs/1/needs-type"):
        assert client.get(url).location == "/account/sign-in", url


def test_support_users_get_their_role_navigation(client: HtmlClient) -> None:
    home = client.follow(sign_in(client, email="support@example.com"))
    nav = home.by_class("govuk-service-navigation__list")[0]
    assert [" ".join("".join(a.itertext()).split()) for a in nav.iter("a")] == [
        "Home",
        "Organisations",
        "Lettings logs",
        "Sales logs",
        "Schemes",
        "Users",
        "API clients",
        "Service alerts",
    ]
    assert "Demo Housing Association" not in home.text  # support's organisation is not a provider
