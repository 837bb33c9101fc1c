"""A data coordinator creates a supported housing scheme and adds a location to it in headless Chromium (Debian's),
with axe-core run on every page: no violations allowed."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "e2e-demo-passphrase-2026"


def save(page, violations: list[str], axe_violations) -> None:
    page.get_by_role("button", name="Save and continue").click()
    violations += axe_violations(page)


def test_coordinator_creates_a_scheme_with_a_location(page, axe_violations):
    violations: list[str] = []
    page.goto("/account/sign-in")
    page.get_by_label("Email address").fill("coordinator@example.com")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Schemes").first.click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Create a new supported housing scheme").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Save and continue").click()  # nothing answered: the error page
    assert page.title().startswith("Error: ")
    violations += axe_violations(page)

    page.get_by_label("Scheme name").fill("Browser House")
    page.locator("input[name=sensitive][value='0']").check()
    page.get_by_label("Which organisation owns the housing stock for this scheme?").select_option(index=1)
    page.get_by_label("Housing for older people").check()
    page.locator("input[name=registered_under_care_act][value='1']").check()
    page.get_by_label("The same organisation that owns the housing stock").check()
    save(page, violations, axe_violations)
    page.get_by_label("People with alcohol problems").check()
    save(page, violations, axe_violations)
    page.get_by_label("No").check()
    save(page, violations, axe_violations)
    page.get_by_label("High level").check()
    page.get_by_label("Medium stay").check()
    save(page, violations, axe_violations)
    assert "check-answers" in page.url
    page.get_by_role("button", name="Create scheme").click()
    violations += axe_violations(page)
    assert page.get_by_role("heading", name="Browser House").count() == 1
    assert page.get_by_text("Active", exact=True).count() >= 1

    page.get_by_role("button", name="Add a location").click()
    violations += axe_violations(page)
    page.get_by_label("What is the postcode?").fill("ZZ9 9ZZ")  # not in the offline table: chosen by hand
    save(page, violations, axe_violations)
    page.get_by_label("What is the local authority of ZZ9 9ZZ?").select_option(index=1)
    save(page, violations, axe_violations)
    page.get_by_label("What is the name of this location?").fill("Browser annex")
    save(page, violations, axe_violations)
    page.get_by_label("How many units are at this location?").fill("4")
    save(page, violations, axe_violations)
    page.get_by_label("Bungalow").check()
    save(page, violations, axe_violations)
    page.get_by_label("Wheelchair-user standard").check()
    save(page, violations, axe_violations)
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("4")
    page.get_by_label("Year").fill("2024")
    save(page, violations, axe_violations)
    assert "check-answers" in page.url
    page.get_by_role("button", name="Save and return to locations").click()
    violations += axe_violations(page)
    assert page.get_by_text("ZZ9 9ZZ has been added to this scheme").count() == 1

    page.get_by_role("link", name="ZZ9 9ZZ").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Deactivate this location").click()
    violations += axe_violations(page)
    page.get_by_label("For tenancies starting after a certain date").check()  # reveals the date
    violations += axe_violations(page)
    year = date.today().year + 1
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("5")
    page.get_by_label("Year").fill(str(year))
    page.get_by_role("button", name="Continue").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Deactivate this location").click()
    assert page.get_by_text(f"will deactivate on 1 May {year}").count() == 1
    assert violations == []
