"""Identity journeys in headless Chromium, with axe-core on every page: support invites a support
user, who sets a password from the emailed link, signs in with the emailed security code, then
registers an authenticator app and signs in with its code; a support
user resends the code, signs in, reads an account's history and creates an API client."""

from __future__ import annotations

import json
import re
import time
import urllib.parse
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "e2e-demo-passphrase-2026"
NEW_PASSWORD = "a journey passphrase for Nia"


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def newest_email(var_dir: Path, to: str, template: str, since: float, timeout: float = 30.0) -> dict:
    """The newest outbox message of a template to an address, waiting for the identity worker."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        paths = sorted((var_dir / "outbox").glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in paths:
            if path.stat().st_mtime < since - 1:
                break
            message = json.loads(path.read_text())
            if message["to"] == to and message["template"] == template:
                return message
        time.sleep(0.2)
    raise AssertionError(f"no {template} email to {to} in {var_dir / 'outbox'}")


SLOW_PAGE_MS = 20_000


def sign_in(page, email: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/account/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in_with_code(page, running_system, axe_violations, email: str, password: str = DEMO_PASSWORD) -> list[str]:
    """Password, then the security code from the outbox; the axe violations of the code page."""
    started = time.time()
    sign_in(page, email, password)
    # Signing in hashes the password and waits up to 2 s for the worker to send the code: slow on a busy machine.
    expect(page.get_by_role("heading", name="Check your email")).to_have_count(1, timeout=SLOW_PAGE_MS)
    assert page.get_by_role("button", name="Sign out").count() == 0
    violations = axe_violations(page)
    message = newest_email(running_system.var_dir, email, "sign_in_code", started)
    page.get_by_label("Security code").fill(re.search(r"\b(\d{6})\b", message["body"]).group(1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(1, timeout=SLOW_PAGE_MS)
    return violations


def test_invite_set_password_and_sign_in_with_the_second_factor(page, running_system, axe_violations):
    """Support invites another support user (the coordinator's own invitations are covered by the
    acceptance check and the frontend tests; the e2e reset test changes the coordinator's password)."""
    violations = sign_in_with_code(page, running_system, axe_violations, "support@example.com")
    page.get_by_role("link", name="Users").first.click()
    expect(page.get_by_role("heading", name="Users")).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_role("button", name="Invite a user").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Send invitation").click()  # empty: error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations += axe_violations(page)

    started = time.time()
    page.get_by_label("Name").fill("Nia Journey")
    page.get_by_label("Email address").fill("nia.journey@example.com")
    page.get_by_label("Support", exact=True).check()
    page.get_by_label("Key contact").check()
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_role("heading", name="Nia Journey")).to_have_count(1)
    expect(page.get_by_text("Invitation sent").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_role("button", name="Sign out").click()

    invitation = newest_email(running_system.var_dir, "nia.journey@example.com", "invitation", started)
    link = urllib.parse.urlsplit(invitation["personalisation"]["link"])
    page.goto(f"{link.path}?{link.query}")
    expect(page.get_by_role("heading", name="Set your password")).to_have_count(1)
    violations += axe_violations(page)
    page.get_by_label("Password", exact=True).fill("password1234")
    page.get_by_label("Confirm password").fill("password1234")
    page.get_by_role("button", name="Set password").click()  # a common password: refused
    expect(page.get_by_text("Your password is too common").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Confirm password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_text("Your password has been set").first).to_be_visible()
    violations += axe_violations(page)

    violations += sign_in_with_code(page, running_system, axe_violations, "nia.journey@example.com", NEW_PASSWORD)
    violations += axe_violations(page)
    violations += register_authenticator_app_and_sign_in_with_it(
        page, axe_violations, "nia.journey@example.com", NEW_PASSWORD
    )
    assert violations == []


def register_authenticator_app_and_sign_in_with_it(page, axe_violations, email: str, password: str) -> list[str]:
    """From the account page: set up an app with the shown key, confirm a first code, then sign in with
    the app's code and no email. The axe violations of the pages on the way."""
    import pyotp

    page.goto("/account")
    page.get_by_role("link", name="Use an authenticator app").click()
    expect(page.get_by_role("heading", name="Set up an authenticator app")).to_have_count(1)
    violations = axe_violations(page)
    totp = pyotp.TOTP(page.locator("#authenticator-secret").inner_text().strip())
    assert page.locator("#authenticator-uri").get_attribute("href").startswith("otpauth://totp/")
    page.get_by_label("Code from your authenticator app").fill(totp.now())
    page.get_by_role("button", name="Confirm authenticator app").click()
    expect(page.get_by_text("Your authenticator app is set up").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, email, password)
    expect(page.get_by_role("heading", name="Enter the code from your authenticator app")).to_have_count(1)
    violations += axe_violations(page)
    # The next step's code: the confirming code cannot be used again, and one step ahead is allowed.
    page.get_by_label("Code from your authenticator app").fill(totp.at(time.time() + 30))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(1, timeout=SLOW_PAGE_MS)
    return violations


def test_support_signs_in_with_the_emailed_code(page, running_system, axe_violations):
    violations: list[str] = []
    started = time.time()
    sign_in(page, "support@example.com")
    # Signing in hashes the password and waits up to 2 s for the worker to send the code: slow on a busy machine.
    expect(page.get_by_role("heading", name="Check your email")).to_have_count(1, timeout=SLOW_PAGE_MS)
    assert page.get_by_role("button", name="Sign out").count() == 0
    page.get_by_role("button", name="Continue").click()  # empty code: error summary
    expect(page.get_by_text("There is a problem").first).to_be_visible()
    violations += axe_violations(page)
    page.get_by_role("link", name="Not received an email?").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Resend security code").click()
    expect(page.get_by_text("We have sent you a new security code.").first).to_be_visible()
    message = newest_email(running_system.var_dir, "support@example.com", "sign_in_code", started + 0.5)
    page.get_by_label("Security code").fill(re.search(r"\b(\d{6})\b", message["body"]).group(1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(1)
    violations += axe_violations(page)

    page.get_by_role("link", name="Users").first.click()
    violations += axe_violations(page)
    page.get_by_role("link", name="Pat Provider").click()
    violations += axe_violations(page)
    page.get_by_role("link", name="Account history").click()
    expect(page.get_by_role("heading", name="Account history for Pat Provider")).to_have_count(1)
    violations += axe_violations(page)

    page.get_by_role("link", name="API clients").first.click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Create an API client").click()
    violations += axe_violations(page)
    page.get_by_label("Name").fill("Browser test system")
    page.get_by_label("Organisation code").fill("ORG1")
    page.get_by_label("Read logs (logs:read)").check()
    page.get_by_role("button", name="Create API client").click()
    expect(page.get_by_role("heading", name="API client created")).to_have_count(1)
    violations += axe_violations(page)
    page.goto("/account")
    violations += axe_violations(page)
    page.goto("/account/password/change")
    violations += axe_violations(page)
    assert violations == []
