"""The property address search, in headless Chromium (Debian's): with JavaScript, the search box is an
autocomplete that lists the addresses found as the user types; without it, a search lists them as radios. Either
way the address chosen is saved, with the lines it brings on check answers, and axe-core finds no violations.

Both tests use one lettings log whose set-up is answered once, dated today, so the question is asked whatever day
the suite runs (every collection year from 2025/26 starts the property address with the search)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from log_driver import LogDriver, sign_in
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PROVIDER = "provider@example.com"
SETUP = {
    "default_date": date.today().isoformat(),
    "needstype": "1",  # general needs: the address is asked
    "renewal": "0",
    "tenancycode": "BR-ADDRESS",
    "propcode": "P-ADDRESS",
}


@pytest.fixture(scope="module")
def log_id(chromium: Any, running_system: Any) -> str:
    """A lettings log of the provider's organisation with its set-up completed."""
    context = chromium.new_context(base_url=running_system.base_url)
    try:
        page = context.new_page()
        sign_in(page, PROVIDER)
        driver = LogDriver(page, SETUP, lambda _page: [])
        created = driver.create_log("lettings")
        driver.answer_pages_until_check_answers()
        return created
    finally:
        context.close()


def open_address_search(page: Any, log_id: str) -> None:
    sign_in(page, PROVIDER)
    expect(page.get_by_text("Sign out").first).to_be_visible()
    page.goto(f"/lettings-logs/{log_id}/address-search")
    expect(page.get_by_role("heading", level=1)).to_have_text("What is the property’s address?")


def save_and_read_the_address(page: Any, log_id: str) -> str:
    """Saves the page, checks it moved on, and returns the address answer as check answers shows it."""
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.get_by_role("button", name="Save and continue").click()
    assert "/address-search" not in page.url
    page.goto(f"/lettings-logs/{log_id}/property-information/check-answers")
    row = page.locator(".govuk-summary-list__row", has=page.get_by_text("Address", exact=True))
    return " ".join(row.locator(".govuk-summary-list__value").inner_text().split())


def test_typing_part_of_an_address_lists_it_and_choosing_it_saves_it(
    page: Any, log_id: str, axe_violations: Callable[[Any], list[str]]
) -> None:
    open_address_search(page, log_id)
    violations = axe_violations(page)
    box = page.get_by_role("combobox", name="Enter address or UPRN")
    assert page.get_by_role("button", name="Search").count() == 0  # the list searches as the user types
    expect(page.get_by_role("button", name="Enter the address manually")).to_be_visible()

    box.fill("")
    box.press_sequentially("demo st")
    listed = page.get_by_role("option")
    expect(listed).to_have_count(2)  # both demo addresses in Demo Street
    violations += axe_violations(page)
    page.get_by_role("option", name="2, DEMO STREET, LONDON, W1D 1AA").click()
    expect(box).to_have_value("2, DEMO STREET, LONDON, W1D 1AA")
    violations += axe_violations(page)

    address = save_and_read_the_address(page, log_id)
    assert "10090000002" in address and "2, Demo Street" in address
    assert violations == []


def test_without_javascript_a_search_lists_the_addresses_as_choices(chromium: Any, running_system: Any, log_id: str):
    context = chromium.new_context(base_url=running_system.base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        open_address_search(page, log_id)
        page.get_by_label("Enter address or UPRN").fill("demo street")
        with page.expect_navigation(wait_until="domcontentloaded"):
            page.get_by_role("button", name="Search").click()
        page.get_by_label("1, DEMO STREET, LONDON, W1D 1AA").check()

        address = save_and_read_the_address(page, log_id)
        assert "10090000001" in address and "1, Demo Street" in address
    finally:
        context.close()


def test_typing_an_address_and_saving_without_choosing_searches_as_without_javascript(
    page: Any, log_id: str, axe_violations: Callable[[Any], list[str]]
) -> None:
    open_address_search(page, log_id)
    page.get_by_role("combobox", name="Enter address or UPRN").fill("sample road")
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.get_by_role("button", name="Save and continue").click()

    choice = page.get_by_label("FLAT 1, 3, SAMPLE ROAD, MANCHESTER, M1 1AA")
    expect(choice).to_be_visible()
    assert axe_violations(page) == []  # the radios the search lists
    choice.check()
    address = save_and_read_the_address(page, log_id)
    assert "10090000003" in address
