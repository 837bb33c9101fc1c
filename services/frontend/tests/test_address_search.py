"""The address search question: without JavaScript (search, choose a found address, or enter it by hand), the
JSON search its autocomplete asks with JavaScript, and the page's hooks for that enhancement."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import pytest
from fakes_identity import UsersIdentity
from flask import Flask
from frontend_fakes import FakeBackends, FakeClock
from frontend_html import HtmlClient, Page, sign_in, text_of

from core_platform.errors import Unauthenticated, Unavailable
from frontend_service.app import create_app
from frontend_service.clients.models import CheckAnswers, FormPage, Question, SavedPage

ADDRESS = Question(
    "uprn",
    "address_search",
    "Enter address or UPRN",
    check_answer_label="Address",
    hint_text="For example, '1 Victoria Road' or '10010457355'",
)
ADDRESS_PAGE = FormPage(
    "1", "address_search", "What is the property’s address?", "Property information", (ADDRESS,), ""
)


@pytest.fixture
def address_page(signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch) -> FakeBackends:
    backends.logs.add_log()
    monkeypatch.setattr(backends.logs, "get_form_page", lambda *args, **kwargs: ADDRESS_PAGE)
    saved: list[dict[str, str]] = []

    def save(log_id: str, page_id: str, answers: dict[str, str], **kwargs: Any) -> SavedPage:
        saved.append(answers)
        return SavedPage(backends.logs.logs[log_id], "")

    monkeypatch.setattr(backends.logs, "save_form_page", save)
    backends.logs.saved_answers = saved  # type: ignore[attr-defined]
    return backends


def test_address_search_offers_a_search_and_manual_entry(signed_in: HtmlClient, address_page: FakeBackends) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    assert page.h1 == "What is the property’s address?"
    assert page.by_id("uprn") is not None and page.by_id("uprn").get("name") == "address_query"  # type: ignore[union-attr]
    assert {"Search", "Enter the address manually", "Save and continue"} <= set(page.form("Search").buttons)


def test_searching_lists_the_addresses_found_as_choices_and_saves_nothing(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    found = signed_in.submit(page, "Search", {"address_query": "demo street", "address_action": "search"})
    assert found.status == 200
    radios = [(r.get("value"), r.get("name")) for r in found._root().iter("input") if r.get("type") == "radio"]
    assert radios == [("10090000001", "uprn"), ("manual", "uprn")]
    assert "Enter the address manually" in found.text
    nothing = signed_in.submit(page, "Search", {"address_query": "no such place", "address_action": "search"})
    assert "No address found for ‘no such place’" in nothing.text
    assert address_page.logs.saved_answers == []  # type: ignore[attr-defined]


def test_choosing_an_address_or_manual_entry_saves_the_uprn_or_a_blank(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    assert signed_in.submit(page, "Save and continue", {"uprn": "10090000001"}).status == 302
    assert signed_in.submit(page, "Save and continue", {"uprn": "manual"}).status == 302
    assert address_page.logs.saved_answers == [{"uprn": "10090000001"}, {"uprn": ""}]  # type: ignore[attr-defined]


def test_saving_the_address_search_with_nothing_given_asks_for_it(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    answered = signed_in.submit(page, "Save and continue")
    assert answered.error_summary() == [("Enter address or UPRN", "#uprn")]
    assert address_page.logs.saved_answers == []  # type: ignore[attr-defined]


def test_check_answers_shows_a_found_address_line_by_line_under_its_uprn(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = backends.logs.add_log()
    found = replace(
        ADDRESS, answer="10090000001", answer_details=("1, Demo Street", "London", "W1D 1AA", "Westminster")
    )
    typed = Question("postcode_full", "text", "Postcode", check_answer_label="Postcode", answer="<b>ZZ9 9ZZ</b>")
    pages = (replace(ADDRESS_PAGE, questions=(found,)), replace(ADDRESS_PAGE, page_id="address", questions=(typed,)))
    check = CheckAnswers(log.id, "property_information", "Property information", "in_progress", pages)
    monkeypatch.setattr(backends.logs, "get_check_answers", lambda *args, **kwargs: check)

    page = signed_in.get(f"/lettings-logs/{log.id}/property-information/check-answers")

    address, postcode = page.by_class("govuk-summary-list__value")
    paragraphs = [p for p in address.iter() if p.tag.endswith("p")]
    uprn, lines = paragraphs
    breaks = [br for br in lines if br.tag.endswith("br")]
    assert text_of(uprn) == "10090000001"
    assert [lines.text, *(br.tail for br in breaks)] == ["1, Demo Street", "London", "W1D 1AA", "Westminster"]
    assert text_of(postcode) == "<b>ZZ9 9ZZ</b>"  # other answers stay plain text


def test_a_uprn_chosen_in_the_autocomplete_is_saved_as_a_chosen_radio_is(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    # What the enhanced page posts: the chosen address's text in the search box, its UPRN in the hidden field.
    chosen = {"address_query": "1, DEMO STREET, LONDON, SW1A 1AA", "uprn": "10090000001"}
    assert signed_in.submit(page, "Save and continue", chosen).status == 302
    assert address_page.logs.saved_answers == [{"uprn": "10090000001"}]  # type: ignore[attr-defined]


@pytest.mark.parametrize("hidden_uprn", ["", "10090000001"], ids=["nothing-chosen", "address-chosen"])
def test_enter_the_address_manually_wins_over_the_autocompletes_hidden_field(
    signed_in: HtmlClient, address_page: FakeBackends, hidden_uprn: str
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    both = {"address_query": "1, DEMO STREET", "uprn": [hidden_uprn, "manual"]}  # the hidden field comes first
    assert signed_in.submit(page, "Enter the address manually", both).status == 302
    assert address_page.logs.saved_answers == [{"uprn": ""}]  # type: ignore[attr-defined]


def test_text_typed_into_the_autocomplete_but_not_chosen_is_searched_for_on_saving(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    found = signed_in.submit(page, "Save and continue", {"address_query": "demo street", "uprn": ""})
    radios = [r.get("value") for r in found._root().iter("input") if r.get("type") == "radio"]
    assert radios == ["10090000001", "manual"]
    assert address_page.logs.saved_answers == []  # type: ignore[attr-defined]


def test_the_search_box_tells_the_autocomplete_where_to_search_until_addresses_are_listed(
    signed_in: HtmlClient, address_page: FakeBackends
) -> None:
    page = signed_in.get("/lettings-logs/1/address-search")
    box = page.by_id("uprn")
    assert box is not None
    assert (box.get("data-app-address-search"), box.get("data-app-min-length")) == ("/address-search", "3")
    assert box.get("data-app-answer-field") == "uprn"
    assert [b.get("value") for b in _buttons(page) if b.get("data-app-address-search-button")] == ["search"]

    listed = signed_in.submit(page, "Search", {"address_query": "demo street", "address_action": "search"})
    again = listed.by_id("address_query")
    assert again is not None and again.get("data-app-address-search") is None  # the radios are the choice now
    assert not [b for b in _buttons(listed) if b.get("data-app-address-search-button")]


def _buttons(page: Page) -> list[Any]:
    return page.all(lambda element: element.tag == "button")


def search(client: HtmlClient, query: str) -> Page:
    return client.get("/address-search", query_string={"query": query})


def test_the_address_search_answers_the_addresses_found_as_json(signed_in: HtmlClient, backends: FakeBackends) -> None:
    found = search(signed_in, " demo street ")

    assert found.status == 200 and found.response.mimetype == "application/json"
    assert found.response.get_json() == {
        "addresses": [{"uprn": "10090000001", "address": "1, DEMO STREET, LONDON, SW1A 1AA"}]
    }
    assert found.headers["Cache-Control"] == "no-store"
    assert backends.logs.tokens  # asked with the signed-in user's token


def test_finding_no_address_is_an_empty_list(signed_in: HtmlClient) -> None:
    nothing = search(signed_in, "no such place")
    assert nothing.status == 200
    assert nothing.response.get_json() == {"addresses": []}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Enter at least 3 characters of the address or UPRN"),
        ("  ab  ", "Enter at least 3 characters of the address or UPRN"),
        ("x" * 201, "Address or UPRN must be 200 characters or fewer"),
    ],
    ids=["empty", "too-short", "too-long"],
)
def test_a_query_too_short_or_too_long_is_refused_without_searching(
    signed_in: HtmlClient, backends: FakeBackends, query: str, message: str
) -> None:
    refused = search(signed_in, query)
    assert refused.status == 400
    assert refused.response.get_json()["message"] == message
    assert refused.response.get_json()["field_errors"] == {"query": message}
    assert backends.logs.tokens == []


def test_the_address_search_is_only_for_someone_signed_in(client: HtmlClient, backends: FakeBackends) -> None:
    refused = search(client, "demo street")
    assert refused.status == 401
    assert refused.response.get_json()["message"] == "Sign in again to search for an address"
    assert backends.logs.tokens == []


def test_the_address_search_is_a_get_with_no_form_to_forge(signed_in: HtmlClient) -> None:
    assert signed_in.post("/address-search", {"query": "demo street"}).status == 405


@pytest.mark.parametrize(
    ("failure", "status", "message"),
    [
        (Unavailable("logs is unavailable"), 503, "The address search is not working."),
        (Unauthenticated("token expired"), 401, "Sign in again to search for an address"),
    ],
    ids=["logs-unavailable", "token-refused"],
)
def test_a_failed_search_is_a_json_error_the_autocomplete_can_show(
    signed_in: HtmlClient,
    backends: FakeBackends,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    status: int,
    message: str,
) -> None:
    def fail(query: str, *, token: str) -> list[Any]:
        raise failure

    monkeypatch.setattr(backends.logs, "search_addresses", fail)
    failed = search(signed_in, "demo street")
    assert failed.status == status
    assert failed.response.get_json()["message"].startswith(message)


def test_the_query_is_never_logged(signed_in: HtmlClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    search(signed_in, "221b secret lane")
    search(signed_in, "zq")  # refused too
    logged = [record.getMessage() for record in caplog.records]
    assert logged and not [line for line in logged if "secret" in line or "zq" in line]


@pytest.fixture
def limited(backends: FakeBackends, clock: FakeClock) -> Flask:
    backends.identity = UsersIdentity()
    config = {"TESTING": True, "SECRET_KEY": "t", "CORE_ENV": "test", "CLOCK": clock}
    return create_app(config | {"RATE_LIMIT_ADDRESS_SEARCH": "2 per minute"}, backends)


def test_the_address_search_is_rate_limited_per_user(limited: Flask) -> None:
    provider, coordinator = HtmlClient(limited.test_client()), HtmlClient(limited.test_client())
    assert sign_in(provider).status == sign_in(coordinator, email="coordinator@example.com").status == 302

    statuses = [search(provider, "demo street").status for _ in range(3)]

    assert statuses == [200, 200, 429]
    assert search(provider, "demo street").response.get_json()["message"].startswith("Too many searches")
    assert search(coordinator, "demo street").status == 200  # the same IP, another user


def test_the_query_never_reaches_a_trace(app: Flask, client: HtmlClient) -> None:
    from opentelemetry.instrumentation.flask import FlaskInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from frontend_service.server import drop_query_string

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    FlaskInstrumentor().instrument_app(app, tracer_provider=provider, response_hook=drop_query_string)
    try:
        sign_in(client)
        # gunicorn gives the request line's target, query string included, as RAW_URI (the test client does not).
        raw_uri = "/address-search?query=221b+secret+lane"
        assert client.get(raw_uri, environ_overrides={"RAW_URI": raw_uri}).status == 200
    finally:
        FlaskInstrumentor().uninstrument_app(app)

    (span,) = [span for span in exporter.get_finished_spans() if span.name.endswith("/address-search")]
    assert span.attributes is not None and span.attributes.get("http.target") == "/address-search"
    assert not [name for name, value in span.attributes.items() if "secret" in str(value)]
