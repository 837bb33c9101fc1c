"""Sales 2026/27: the set-up section (“Before you start”). Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

SETUP = (
    Y2025["owning_organisation"],
    Y2025["managing_organisation"],
    Y2025["completion_date"],
    Y2025["assigned_to"],
    Y2025["purchaser_code"],
    Y2025["ownership_scheme"],
    Y2025["shared_ownership_type"],
    Y2025["staircasing"],
    Page(
        "discounted_ownership_type",
        (
            question(
                id="type",
                type="radio",
                question_text="What is the type of discounted ownership sale?",
                check_answer_label="Type of discounted ownership sale",
                check_answer_prompt="Select type of discounted ownership sale",
                answer_options=options(
                    {
                        "8": "Right to Acquire (RTA)",
                        "14": "Preserved Right to Buy (PRTB)",
                        "9": "Right to Buy (RTB)",
                        "29": "Rent to Buy - Full Ownership",
                        "21": "Social HomeBuy for outright purchase",
                        "22": "Any other equity loan scheme",
                    }
                ),
                question_number=8,
            ),
        ),
        header="Type of discounted ownership sale",
        depends_on=when({"ownershipsch": 2}),
    ),
    Y2025["joint_purchase"],
    Y2025["number_joint_buyers"],
    Page(
        "buyer_interview_joint_purchase",
        (
            question(
                id="noint",
                type="radio",
                question_text="Did you interview the buyers to answer these questions?",
                check_answer_label="Buyers interviewed in person",
                check_answer_prompt="Tell us if buyers interviewed in person",
                hint_text="You should still try to answer all questions even if the buyers weren’t interviewed in person",
                answer_options=options({"2": "Yes", "1": "No"}),
                question_number=11,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "buyer_interview",
        (
            question(
                id="noint",
                type="radio",
                question_text="Did you interview the buyer to answer these questions?",
                check_answer_label="Buyer interviewed in person",
                check_answer_prompt="Tell us if buyer interviewed in person",
                hint_text="You should still try to answer all questions even if the buyer wasn’t interviewed in person",
                answer_options=options({"2": "Yes", "1": "No"}),
                question_number=11,
            ),
        ),
        depends_on=when({"not_joint_purchase?": True}, {"jointpur": None}),
    ),
    Y2025["privacy_notice_joint_purchase"],
    Y2025["privacy_notice"],
)
