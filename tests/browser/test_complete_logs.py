"""A data provider completes whole logs of both open collection years through the question pages only (task
list, each subsection, its check answers), in headless Chromium (Debian's), with axe-core run once on every kind
of page met: no violations allowed. Each person's answers are in their own summary card on check answers.

The clock of the logs service is pinned in the crossover (CORE_TODAY), when both 2025/26 and 2026/27 take
logs, so the test does not depend on the day it runs. One system serves every test of the module."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from log_driver import LogDriver, sign_in

pytestmark = pytest.mark.browser

CROSSOVER_DAY = "2026-05-15"  # 2026/27 open for new logs, 2025/26 still open until its end dates

# Answers the defaults would get wrong; every other question takes its first real option, 1 or "Browser".
LETTINGS_2025_GENERAL_NEEDS: dict[str, Any] = {
    "default_date": "2025-06-02",
    "needstype": "1",
    "renewal": "0",
    "startdate": "2025-06-02",
    "tenancycode": "BR-L25-GN",
    "propcode": "P-L25-GN",
    # No address_query: the address search is left for "Enter the address manually".
    "address_line1": "1 Browser Street",
    "town_or_city": "London",
    "postcode_full": "SW1A 1AA",
    "la": "Westminster",
    "beds": "2",
    "voiddate": "2025-05-01",
    "mrcdate": "2025-05-10",
    "joint": "2",
    "tenancylength": "5",
    "hhmemb": "1",
    "age1": "40",
    "ppostcode_full": "SW1A 2AA",
    "earnings": "300",
    "hb": "9",
    "benefits": "None",
    "brent": "100",  # low for Westminster: the rent soft check asks for a confirmation
    "scharge": "10",
    "pscharge": "5",
    "supcharg": "5",
    "household_cards": ["Lead tenant"],  # not an answer: the cards check answers shows for the household
}
LETTINGS_2025_SUPPORTED = LETTINGS_2025_GENERAL_NEEDS | {
    "needstype": "2",
    "tenancycode": "BR-L25-SH",
    "propcode": "P-L25-SH",
}
LETTINGS_2026_GENERAL_NEEDS = LETTINGS_2025_GENERAL_NEEDS | {
    "address_query": "demo street",  # the offline address search's demo addresses: its local authority comes too
    "address": "1, DEMO STREET",  # chosen from the autocomplete's list
    "uprn": "10090000001",
    "default_date": "2026-04-20",
    "startdate": "2026-04-20",
    "voiddate": "2026-03-01",
    "mrcdate": "2026-03-10",
    "tenancycode": "BR-L26-GN",
    "propcode": "P-L26-GN",
    "household_cards": ["Household", "Lead tenant"],
}
LETTINGS_2026_SUPPORTED = LETTINGS_2026_GENERAL_NEEDS | {
    "address_query": "",  # from 2026/27 asked for supported housing too: entered by hand
    # A scheme with two locations, not confidential (its address is asked); the address typed must be at the
    # location chosen (the live postcode rule).
    "scheme_id": "Riverside Court",
    "location_id": "LS1 4AP",
    "postcode_full": "LS1 4AP",
    "needstype": "2",
    "tenancycode": "BR-L26-SH",
    "propcode": "P-L26-SH",
}
SHARED_OWNERSHIP_2025_JOINT: dict[str, Any] = {
    "default_date": "2025-06-02",
    "saledate": "2025-06-02",
    "purchid": "BR-S25-SO",
    "ownershipsch": "1",
    "staircase": "No",
    "jointpur": "1",
    "address_line1": "2 Browser Street",
    "town_or_city": "London",
    "postcode_full": "SW1A 1AA",
    "la": "Westminster",
    "beds": "2",
    "age1": "35",
    "age2": "33",
    "hholdcount": "0",  # besides the two buyers
    "ppostcode_full": "SW1A 2AA",
    "income1": "30000",
    "income2": "20000",
    "savings": "5000",
    "proplen": "5",
    "hodate": "2025-05-01",
    "frombeds": "2",
    "value": "200000",
    "equity": "25",
    "mortgage": "40000",  # with the deposit, the 25% share of the price
    "mortlen": "25",
    "deposit": "10000",
    "mrent": "300",
    "mscharge": "50",
    "management_fee": "20",
    "household_cards": ["Buyer 1", "Buyer 2"],
}
SHARED_OWNERSHIP_2026_JOINT = SHARED_OWNERSHIP_2025_JOINT | {
    "address_query": "demo street",  # found, as for lettings: the address and its local authority filled in
    "address": "2, DEMO STREET",
    "uprn": "10090000002",
    "default_date": "2026-04-20",
    "saledate": "2026-04-20",
    "hodate": "2026-03-01",
    "purchid": "BR-S26-SO",
    "hholdcount": "2",  # from 2026/27: everyone living there, the buyers included
}
DISCOUNTED_OWNERSHIP_2025 = SHARED_OWNERSHIP_2025_JOINT | {
    "purchid": "BR-S25-DO",
    "ownershipsch": "2",
    "jointpur": "2",
    "grant": "10000",
    "mortgage": "150000",  # mortgage, deposit and grant add up to the price
    "deposit": "40000",
    "household_cards": ["Buyer 1"],
}


@pytest.fixture(scope="module")
def running_system(tmp_path_factory: pytest.TempPathFactory, system_starter: Any) -> Iterator[Any]:
    with system_starter(tmp_path_factory.mktemp("crossover"), {"CORE_TODAY": CROSSOVER_DAY}) as system:
        yield system


@pytest.fixture(scope="module")
def kinds_checked() -> set[str]:
    """axe-core runs once per kind of page in the module: the same template with other answers adds nothing."""
    return set()


def complete_log(
    page: Any, log_type: str, plan: dict[str, Any], axe: Callable[[Any], list[str]], kinds: set[str]
) -> None:
    sign_in(page, "provider@example.com")
    driver = LogDriver(page, plan, axe, kinds_checked=kinds)
    log_id = driver.complete(log_type)

    assert page.locator("#log-status").inner_text().startswith("This log is complete.")
    assert "owning_organisation_id" in driver.typed_into  # the organisation chosen through its autocomplete
    assert ("address_query" in driver.typed_into) == bool(plan.get("address_query"))  # the address through its own
    page.goto(f"/{log_type}-logs?search={log_id}")
    row = page.locator("tbody tr", has_text=log_id)
    assert row.locator(".govuk-tag").inner_text().strip() == "Completed"
    assert driver.violations == []
    assert driver.card_titles["household-characteristics"] == plan["household_cards"]


@pytest.mark.parametrize(
    "plan",
    [LETTINGS_2025_GENERAL_NEEDS, LETTINGS_2025_SUPPORTED, LETTINGS_2026_GENERAL_NEEDS, LETTINGS_2026_SUPPORTED],
    ids=["2025-general-needs", "2025-supported-housing", "2026-general-needs", "2026-supported-housing"],
)
def test_provider_completes_a_lettings_log_through_the_question_pages(page, axe_violations, kinds_checked, plan):
    complete_log(page, "lettings", plan, axe_violations, kinds_checked)


@pytest.mark.parametrize(
    "plan",
    [SHARED_OWNERSHIP_2025_JOINT, SHARED_OWNERSHIP_2026_JOINT, DISCOUNTED_OWNERSHIP_2025],
    ids=["2025-shared-ownership-joint-purchase", "2026-shared-ownership-joint-purchase", "2025-discounted-ownership"],
)
def test_provider_completes_a_sales_log_through_the_question_pages(page, axe_violations, kinds_checked, plan):
    complete_log(page, "sales", plan, axe_violations, kinds_checked)
