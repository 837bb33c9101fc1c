"""The summary card check answers shows a page's answers in: each person's own card, titled as in the live
service (`CheckAnswersSummaryListCardComponent#check_answers_card_title`), or a card the page names itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.model import Page

JOINT_PURCHASE = 1


def card_title(log_type: str, page: Page, answers: Mapping[str, Any]) -> str:
    """ "Lead tenant", "Buyer 2", "Person 3"...; empty for answers shown in no card."""
    number = page.check_answers_card_number
    if page.check_answers_card_title or not number:
        return page.check_answers_card_title
    if log_type == "lettings" and number == 1:
        return "Lead tenant"
    buyers = 2 if log_type == "sales" and answers.get("jointpur") == JOINT_PURCHASE else 1
    return f"Buyer {number}" if log_type == "sales" and number <= buyers else f"Person {number}"
