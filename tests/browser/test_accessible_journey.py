"""Headless Chromium (Debian's) driven by Playwright through the walking-skeleton journey, with
axe-core run on every page: no violations allowed."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "e2e-demo-passphrase-2026"


def fill_question_page(page, code: str) -> None:
    today = date.today()
    radios = page.locator("input[type=radio]")
    if radios.count():
        radios.first.check()
    checkboxes = page.locator("input[type=checkbox]")
    for i in range(checkboxes.count()):
        checkboxes.nth(i).check()
    for suffix, value in (("day", today.day), ("month", today.month), ("year", today.year)):
        fields = page.locator(f"input[name$='{suffix}']")
        if fields.count():
            fields.first.fill(str(value))
    # Only visible inputs: a question revealed under an option not chosen stays hidden (conditional reveal).
    texts = page.locator(
        "input[type=text]:visible:not([name$='day']):not([name$='month']):not([name$='year']):not(.autocomplete__input)"
    )
    for i in range(texts.count()):
        texts.nth(i).fill(code)
    selects = page.locator("select:visible")
    for i in range(selects.count()):
        selects.nth(i).select_option(index=1)
    # A select enhanced as an accessible autocomplete: open its list and take the first suggestion.
    autocompletes = page.locator("input.autocomplete__input:visible")
    for i in range(autocompletes.count()):
        box = autocompletes.nth(i)
        box.click()
        page.locator(f"#{box.get_attribute('id')}__listbox li").first.click()
    page.get_by_role("button", name="Save and continue").click()


def test_journey_pages_are_accessible(page, axe_violations):
    violations: list[str] = []
    for path in (
        "/",
        "/account/sign-in",
        "/cookies",
        "/accessibility-statement",
        "/privacy-notice",
        "/account/password/reset",
        "/no-such-page",
    ):
        page.goto(path)
        violations += axe_violations(page)

    page.goto("/account/sign-in")
    page.get_by_role("button", name="Sign in").click()  # empty form: error summary page
    violations += axe_violations(page)
    page.get_by_label("Email address").fill("provider@example.com")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # Waits for the signed-in page (count() would not): the click returns before the next page has loaded.
    expect(page.get_by_text("Sign out").first).to_be_visible(timeout=20_000)
    violations += axe_violations(page)

    page.get_by_role("link", name="Lettings logs").first.click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Create a new lettings log").click()
    page.get_by_role("button", name="Save and continue").click()  # nothing chosen: field error page
    violations += axe_violations(page)
    for _ in range(12):
        if "check-answers" in page.url:
            break
        violations += axe_violations(page)
        fill_question_page(page, "BROWSER-1")
    assert "check-answers" in page.url
    violations += axe_violations(page)
    page.goto("/lettings-logs")
    assert page.get_by_text("BROWSER-1").count() >= 1
    violations += axe_violations(page)
    assert violations == []
