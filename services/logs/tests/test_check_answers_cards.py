"""Check answers cards: each page's card against the live forms' `check_answers_card_number` and
`check_answers_card_title`, and the cards' titles (lead tenant, buyers and other people)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from logs_service.domain.forms.check_answers_cards import card_title
from logs_service.domain.forms.registry import form_for

REFERENCE = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "forms"
needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is absent: nothing to compare")


def live_cards(log_type: str, year: int) -> list[tuple[str, Any, Any]]:
    live = json.loads((REFERENCE / f"{log_type}_{year}.json").read_text())
    return [
        (page["id"], q.get("check_answers_card_number"), q.get("check_answers_card_title"))
        for section in live["sections"]
        for subsection in section["subsections"]
        for page in subsection["pages"]
        for q in page["questions"]
    ]


@needs_reference
@pytest.mark.parametrize("log_type", ["lettings", "sales"])
@pytest.mark.parametrize("year", [2025, 2026])
def test_every_question_is_on_the_live_card(log_type: str, year: int) -> None:
    form = form_for(log_type, year)
    ours = [
        (page.id, page.check_answers_card_number, page.check_answers_card_title or None)
        for page in form.pages
        for _ in page.questions
    ]
    assert ours == live_cards(log_type, year)


def page(form_type: str, year: int, page_id: str):
    found = form_for(form_type, year).page(page_id)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("page_id", "jointpur", "title"),
    [
        ("buyer_1_age", 1, "Buyer 1"),
        ("buyer_2_age", 1, "Buyer 2"),
        ("person_3_age", 1, "Person 3"),
        ("buyer_1_age", 2, "Buyer 1"),
        ("person_2_age", 2, "Person 2"),
        ("number_of_others_in_property", 2, ""),
        ("buyer_2_income", 1, "Buyer 2"),
        ("housing_benefits_joint_purchase", 1, ""),
    ],
)
def test_sales_cards_are_titled_by_buyer_then_person(page_id: str, jointpur: int, title: str) -> None:
    assert card_title("sales", page("sales", 2025, page_id), {"jointpur": jointpur}) == title


def test_2026_names_cards_for_questions_about_everyone() -> None:
    assert card_title("sales", page("sales", 2026, "housing_benefits_joint_purchase"), {"jointpur": 1}) == "All buyers"
    assert card_title("lettings", page("lettings", 2026, "household_members"), {}) == "Household"


@pytest.mark.parametrize(("page_id", "title"), [("lead_tenant_age", "Lead tenant"), ("person_2_age", "Person 2")])
def test_lettings_cards_are_the_lead_tenant_then_each_person(page_id: str, title: str) -> None:
    assert card_title("lettings", page("lettings", 2025, page_id), {}) == title
    assert card_title("lettings", page("lettings", 2025, "household_members"), {}) == ""
