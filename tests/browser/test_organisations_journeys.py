"""Support's organisation journeys in headless Chromium (Debian's), with axe-core on every page: the list with
search and the type and status filters, creating and editing an organisation, its stock owners and managing
agents, a name change from a date, a merge and a deactivation; then a service alert and a collection resource
reaching a data coordinator and the public start page, and the coordinator's own organisation pages.

Only organisations made here are changed, so the demo organisations other browser tests use stay as seeded."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from typing import Any

import pytest

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "e2e-demo-passphrase-2026"
# The frontend's two workers each keep the current alert and the resource list for 30 s (views/alerts.py).
CACHE_SECONDS = 35


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def sign_in_support(page, running_system) -> None:
    from test_identity_journeys import newest_email

    started = time.time()
    page.goto("/account/sign-in")
    page.get_by_label("Email address").fill("support@example.com")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Check your email")).to_have_count(1)
    message = newest_email(running_system.var_dir, "support@example.com", "sign_in_code", started)
    page.get_by_label("Security code").fill(re.search(r"\b(\d{6})\b", message["body"]).group(1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(1)


def fill_date(page, group: str, day: date) -> None:
    fieldset = page.get_by_role("group", name=group)
    fieldset.get_by_label("Day").fill(str(day.day))
    fieldset.get_by_label("Month").fill(str(day.month))
    fieldset.get_by_label("Year").fill(str(day.year))


def create_organisation(page, axe_violations, name: str) -> tuple[str, list[str]]:
    """From the list: the new organisation's id, and the axe violations of the form and its result."""
    page.goto("/organisations")
    page.get_by_role("button", name="Create a new organisation").click()
    violations = axe_violations(page)
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Private registered provider").check()
    page.locator("input[name=holds_own_stock][value=yes]").check()
    page.get_by_label("Number of general needs units").fill("12")
    page.get_by_role("button", name="Create organisation").click()
    expect(page.get_by_text(re.compile(rf"{name} \(ORG\d+\) created"))).to_have_count(1)
    violations += axe_violations(page)
    return page.url.rstrip("/").rsplit("/", 1)[1], violations


def test_support_manages_organisations(page, running_system, axe_violations):
    sign_in_support(page, running_system)
    violations: list[str] = []
    page.get_by_role("link", name="Organisations").first.click()
    expect(page.get_by_role("heading", name="Organisations")).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_role("button", name="Create a new organisation").click()
    page.get_by_role("button", name="Create organisation").click()  # nothing answered: the error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    assert page.title().startswith("Error: ")
    violations += axe_violations(page)

    absorbing_id, seen = create_organisation(page, axe_violations, "Browser Journey Housing")
    violations += seen
    merging_id, seen = create_organisation(page, axe_violations, "Browser Merging Housing")
    violations += seen
    closing_id, seen = create_organisation(page, axe_violations, "Browser Closing Housing")
    violations += seen
    violations += search_and_filter(page, axe_violations)

    page.goto(f"/organisations/{absorbing_id}")
    page.get_by_role("link", name="Change telephone number").click()
    violations += axe_violations(page)
    page.get_by_label("Telephone number").fill("0300 123 4567")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Organisation details updated")).to_have_count(1)
    expect(page.get_by_text("0300 123 4567")).to_have_count(1)
    violations += axe_violations(page)

    violations += add_and_remove_relationships(page, axe_violations, absorbing_id)
    violations += change_name(page, axe_violations, absorbing_id)
    violations += merge(page, axe_violations, absorbing_id, merging_id)
    violations += deactivate(page, axe_violations, closing_id)

    for status, name in (("merged", "Browser Merging Housing"), ("deactivated", "Browser Closing Housing")):
        page.goto(f"/organisations?search=Browser&status={status}")
        expect(page.locator("tbody tr")).to_have_count(1)
        expect(page.get_by_role("link", name=name)).to_have_count(1)
    violations += axe_violations(page)
    assert violations == []


def search_and_filter(page, axe_violations) -> list[str]:
    page.goto("/organisations")
    page.get_by_label("Search by name or organisation ID").fill("Browser")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#organisation-count")).to_contain_text("of 3 organisations matching ‘Browser’")
    violations = axe_violations(page)
    page.get_by_label("Type").select_option(label="Local authority")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("No organisations match ‘Browser’.")).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_label("Type").select_option(label="Private registered provider")
    page.get_by_label("Status").select_option(label="Active")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("tbody tr")).to_have_count(3)
    assert "provider_type=PRP" in page.url and "status=active" in page.url
    page.get_by_label("Search by name or organisation ID").fill("Demo Council")
    page.get_by_label("Type").select_option(label="Any type")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Demo Council")).to_have_count(1)
    expect(page.locator("tbody tr")).to_have_count(1)
    violations += axe_violations(page)
    return violations


def add_and_remove_relationships(page, axe_violations, organisation_id: str) -> list[str]:
    page.goto(f"/organisations/{organisation_id}")
    page.get_by_role("link", name="Stock owners").click()
    expect(page.get_by_text("This organisation does not have any stock owners.")).to_have_count(1)
    violations = axe_violations(page)
    page.get_by_role("button", name="Add a stock owner").click()
    violations += axe_violations(page)
    choose_organisation(page, "What is the name of this organisation’s stock owner?", "Browser Merging Housing")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text(re.compile("Browser Merging Housing .* is now one of"))).to_have_count(1)
    expect(page.get_by_role("rowheader", name="Browser Merging Housing")).to_have_count(1)
    violations += axe_violations(page)

    page.get_by_role("link", name="Back to Browser Journey Housing").click()
    page.get_by_role("link", name="Managing agents").click()
    page.get_by_role("button", name="Add a managing agent").click()
    page.get_by_role("button", name="Add", exact=True).click()  # none chosen: the error
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations += axe_violations(page)
    choose_organisation(page, "What is the name of this organisation’s managing agent?", "Browser Closing Housing")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("rowheader", name="Browser Closing Housing")).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_role("link", name="Remove Browser Closing Housing").click()
    expect(
        page.get_by_role("heading", name=re.compile("remove Browser Closing Housing as a managing agent"))
    ).to_be_visible()
    violations += axe_violations(page)
    page.get_by_role("button", name="Remove managing agent").click()
    expect(page.get_by_text("This organisation does not have any managing agents.")).to_have_count(1)
    violations += axe_violations(page)
    return violations


def choose_organisation(page, label: str, name: str) -> None:
    select = page.get_by_label(label)
    select.select_option(select.locator("option", has_text=name).get_attribute("value"))


def change_name(page, axe_violations, organisation_id: str) -> list[str]:
    page.goto(f"/organisations/{organisation_id}")
    page.get_by_role("link", name="Change name from a date").click()
    page.get_by_role("button", name="Save name change").click()  # nothing answered: the error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations = axe_violations(page)
    page.get_by_label("New name").fill("Browser Journey Homes")
    fill_date(page, "Date the new name takes effect", date.today())
    page.get_by_role("button", name="Save name change").click()
    expect(page.get_by_text("Name change saved")).to_have_count(1)
    violations += axe_violations(page)
    return violations


def merge(page, axe_violations, absorbing_id: str, merging_id: str) -> list[str]:
    page.goto(f"/organisations/{absorbing_id}")
    page.get_by_role("link", name="Merge organisations").click()
    violations = axe_violations(page)
    page.get_by_role("button", name="Continue").click()  # none chosen: the error
    expect(page.get_by_text("Select the organisations that are merging").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_label(re.compile(r"^Browser Merging Housing \(")).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="What is the merge date?")).to_have_count(1)
    page.get_by_role("button", name="Continue").click()  # nothing answered: both errors
    expect(page.get_by_text("Enter a date in the correct format, like 1 4 2025").first).to_be_visible()
    violations += axe_violations(page)
    fill_date(page, "Merge date", date.today())
    page.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check the merge details")).to_have_count(1)
    expect(page.get_by_text(date.today().strftime("%-d %B %Y"))).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_role("button", name="Merge organisations").click()
    expect(page.get_by_text(re.compile("Browser Merging Housing will merge into"))).to_have_count(1)
    violations += axe_violations(page)

    page.goto(f"/organisations/{merging_id}")
    expect(page.locator(".govuk-summary-list__row", has_text="Status")).to_contain_text("Merged")
    assert page.get_by_role("link", name="Deactivate this organisation").count() == 0
    violations += axe_violations(page)
    return violations


def deactivate(page, axe_violations, organisation_id: str) -> list[str]:
    page.goto(f"/organisations/{organisation_id}")
    page.get_by_role("link", name="Deactivate this organisation").click()
    expect(
        page.get_by_role("heading", name="Are you sure you want to deactivate Browser Closing Housing?")
    ).to_be_visible()
    violations = axe_violations(page)
    page.get_by_role("button", name="Deactivate organisation").click()
    expect(page.get_by_text("Browser Closing Housing has been deactivated")).to_have_count(1)
    expect(page.locator(".govuk-summary-list__row", has_text="Status")).to_contain_text("Deactivated")
    violations += axe_violations(page)
    return violations


def reload_until(page, path: str, locator: Any) -> None:
    """Load `path` until `locator` is there: another frontend worker may have cached the old answer."""
    deadline = time.monotonic() + CACHE_SECONDS
    while True:
        page.goto(path)
        if locator.count() or time.monotonic() > deadline:
            break
        time.sleep(1)
    expect(locator).to_have_count(1)


def test_alerts_and_resources_reach_users_and_a_coordinator_keeps_their_organisation(
    page, chromium, running_system, axe_violations
):
    sign_in_support(page, running_system)
    violations = publish_alert(page, axe_violations)
    violations += upload_resource(page, axe_violations)

    coordinator = chromium.new_context(base_url=running_system.base_url).new_page()
    try:
        coordinator.goto("/account/sign-in")
        coordinator.get_by_label("Email address").fill("coordinator@example.com")
        coordinator.get_by_label("Password").fill(DEMO_PASSWORD)
        coordinator.get_by_role("button", name="Sign in").click()
        expect(coordinator.get_by_role("button", name="Sign out")).to_have_count(1)
        violations += coordinator_keeps_their_organisation(coordinator, axe_violations)
        violations += see_and_dismiss_alert(coordinator, axe_violations)
    finally:
        coordinator.context.close()

    public = chromium.new_context(base_url=running_system.base_url).new_page()
    try:
        violations += download_resource_from_start_page(public, axe_violations)
    finally:
        public.context.close()

    page.goto("/alerts")
    page.get_by_role("link", name="End Browser journey alert").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="End alert").click()
    expect(page.get_by_text("Service alert “Browser journey alert” ended")).to_have_count(1)
    assert violations == []


def publish_alert(page, axe_violations) -> list[str]:
    """Only on the coordinator's own organisation page, so other browser tests' pages stay as they are."""
    page.goto("/alerts")
    violations = axe_violations(page)
    page.get_by_role("button", name="Create a service alert").click()
    page.get_by_role("button", name="Save alert").click()  # nothing answered: the error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_label("Title").fill("Browser journey alert")
    page.get_by_label("Message").fill("CORE will be unavailable on Sunday morning.")
    page.get_by_label("Show only on pages under this path (optional)").fill("/organisation")
    fill_date(page, "Start date", date.today())
    fill_date(page, "End date (optional)", date.today() + timedelta(days=7))
    page.get_by_role("button", name="Save alert").click()
    expect(page.get_by_text("Service alert saved")).to_have_count(1)
    expect(page.get_by_role("row", name=re.compile("Browser journey alert.*Active"))).to_have_count(1)
    violations += axe_violations(page)
    return violations


def upload_resource(page, axe_violations) -> list[str]:
    page.goto("/resources/upload")
    violations = axe_violations(page)
    page.get_by_role("button", name="Upload file").click()  # nothing answered: the error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations += axe_violations(page)
    year = date.today().year if date.today().month >= 4 else date.today().year - 1
    page.get_by_label(f"{year} to {year + 1}").check()
    page.get_by_label("Guidance").check()
    page.get_by_label("Upload a file").set_input_files(
        {"name": "browser-guidance.csv", "mimeType": "text/csv", "buffer": b"question,answer\nrent,weekly\n"}
    )
    page.get_by_role("button", name="Upload file").click()
    expect(page.get_by_text(f"{year} to {year + 1} guidance uploaded")).to_have_count(1)
    violations += axe_violations(page)
    return violations


def coordinator_keeps_their_organisation(page, axe_violations) -> list[str]:
    page.goto("/organisations")  # support's list does not exist for a coordinator
    expect(page.get_by_role("heading", name="Page not found")).to_have_count(1)
    page.goto("/")
    page.get_by_role("link", name="About your organisation").first.click()
    violations = axe_violations(page)
    page.get_by_role("link", name="View the data sharing agreement").click()
    expect(page.get_by_role("heading", name="Data sharing agreement")).to_have_count(1)
    expect(page.get_by_text(re.compile("^Accepted"))).to_have_count(1)
    violations += axe_violations(page)

    page.go_back()
    page.get_by_role("link", name="Change telephone number").click()
    assert page.get_by_label("Name", exact=True).count() == 0  # support's fields are not offered
    violations += axe_violations(page)
    page.get_by_label("Telephone number").fill("0113 496 0000")
    page.get_by_label("Weekly for 52 weeks").check()  # beside the seeded periods
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Organisation details updated")).to_have_count(1)
    rent_periods = page.locator(".govuk-summary-list__row", has_text="Rent periods")
    expect(rent_periods).to_contain_text("Weekly for 52 weeks")
    expect(page.get_by_text("0113 496 0000")).to_have_count(1)
    violations += axe_violations(page)

    # Back to the seeded periods, for the log journeys that may share this system.
    page.get_by_role("link", name="Change rent periods").click()
    page.get_by_label("Weekly for 52 weeks").uncheck()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Organisation details updated")).to_have_count(1)
    expect(rent_periods).not_to_contain_text("Weekly for 52 weeks")
    return violations


def see_and_dismiss_alert(page, axe_violations) -> list[str]:
    banner = page.locator("#service-alert")
    reload_until(page, "/organisation", banner)
    expect(banner).to_contain_text("CORE will be unavailable on Sunday morning.")
    violations = axe_violations(page)
    banner.get_by_role("button", name="Dismiss").click()
    expect(page.get_by_role("heading", name="About your organisation")).to_have_count(1)
    expect(banner).to_have_count(0)
    page.reload()
    expect(banner).to_have_count(0)
    return violations


def download_resource_from_start_page(page, axe_violations) -> list[str]:
    link = page.get_by_role("link", name=re.compile(r"^\d{4} to \d{4} guidance$"))
    reload_until(page, "/", link)
    expect(page.locator("#collection-resources")).to_contain_text("(CSV, 1 KB)")
    violations = axe_violations(page)
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "browser-guidance.csv"
    assert download.value.path().read_bytes() == b"question,answer\nrent,weekly\n"
    return violations
