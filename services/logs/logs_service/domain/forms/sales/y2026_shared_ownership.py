"""Sales 2026/27: shared ownership, initial purchase. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options, renumbered
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

SHARED_OWNERSHIP_INITIAL_PURCHASE = (
    renumbered(Y2025["resale"], {"resale": 82}),
    Page(
        "living_before_purchase_shared_ownership_joint_purchase",
        (
            question(
                id="proplen_asked",
                type="radio",
                question_text="Did the buyers live in the property before purchasing it?",
                check_answer_label="Buyers lived in the property before purchasing",
                check_answer_prompt="Tell us if buyers lived in the property before purchase",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"proplen": (0,)},
                question_number=83,
            ),
            question(
                id="proplen",
                type="numeric",
                question_text="How long did they live there?",
                check_answer_label="Number of years living in the property before purchase",
                check_answer_prompt="Enter number of years living in the property before purchase",
                hint_text="You should round up to the nearest year",
                min=1,
                max=80,
                step=1,
                width=5,
                question_number=83,
            ),
        ),
        depends_on=when({"joint_purchase?": True, "resale": 2}),
    ),
    Page(
        "living_before_purchase_shared_ownership",
        (
            question(
                id="proplen_asked",
                type="radio",
                question_text="Did the buyer live in the property before purchasing it?",
                check_answer_label="Buyer lived in the property before purchasing",
                check_answer_prompt="Tell us if the buyer lived in the property before purchasing",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"proplen": (0,)},
                question_number=83,
            ),
            question(
                id="proplen",
                type="numeric",
                question_text="How long did they live there?",
                check_answer_label="Number of years living in the property before purchase",
                check_answer_prompt="Enter number of years living in the property before purchase",
                hint_text="You should round up to the nearest year",
                min=1,
                max=80,
                step=1,
                width=5,
                question_number=83,
            ),
        ),
        depends_on=when({"joint_purchase?": False, "resale": 2}),
    ),
    renumbered(Y2025["handover_date"], {"hodate": 84}),
    Y2025["handover_date_check"],
    Y2025["buyer_previous_joint_purchase"],
    Y2025["buyer_previous_not_joint_purchase"],
    renumbered(Y2025["previous_bedrooms"], {"frombeds": 85}),
    renumbered(Y2025["previous_property_type"], {"fromprop": 86}),
    renumbered(Y2025["shared_ownership_previous_tenure"], {"socprevten": 87}),
    Page(
        "value_shared_ownership",
        (
            question(
                id="value",
                type="numeric",
                question_text="What was the full purchase price?",
                check_answer_label="Full purchase price",
                check_answer_prompt="Enter full purchase price",
                hint_text="Enter the full purchase price of the property before any discounts are applied. This is the full purchase price paid for 100% equity (this is equal to the value of the share owned by the PRP plus the value bought by the purchaser).",
                min=15000,
                max=999999,
                step=1,
                width=10,
                prefix="£",
                question_number=88,
            ),
        ),
        header="About the price of the property",
    ),
    Y2025["about_price_shared_ownership_value_check"],
    renumbered(Y2025["initial_equity"], {"equity": 89}),
    renumbered(Y2025["mortgage_used_shared_ownership"], {"mortgageused": 90}),
    Y2025["mortgage_used_mortgage_value_check"],
    renumbered(Y2025["mortgage_amount_shared_ownership"], {"mortgage": 91}),
    Y2025["mortgage_amount_mortgage_value_check"],
    Page(
        "mortgage_length_shared_ownership_not_interviewed",
        (
            question(
                id="mortlen_known",
                type="radio",
                question_text="Do you know the length of the mortgage?",
                check_answer_label="Length of mortgage known",
                check_answer_prompt="Select length of mortgage known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"mortlen": (0,)},
                question_number=92,
            ),
            question(
                id="mortlen",
                type="numeric",
                question_text="What is the length of the mortgage?",
                check_answer_label="Length of mortgage",
                check_answer_prompt="Enter length of mortgage",
                hint_text="You should round up to the nearest year. Value should not exceed 60 years.",
                min=0,
                max=60,
                step=1,
                width=5,
                question_number=92,
            ),
        ),
        depends_on=when({"mortgageused": 1, "buyer_not_interviewed?": True}),
    ),
    Page(
        "mortgage_length_shared_ownership_interviewed",
        (
            question(
                id="mortlen",
                type="numeric",
                question_text="What is the length of the mortgage?",
                check_answer_label="Length of mortgage",
                check_answer_prompt="Enter length of mortgage",
                hint_text="You should round up to the nearest year. Value should not exceed 60 years.",
                min=0,
                max=60,
                step=1,
                width=5,
                question_number=92,
            ),
        ),
        depends_on=when({"mortgageused": 1, "buyer_not_interviewed?": False}),
    ),
    renumbered(Y2025["deposit_shared_ownership"], {"deposit": 93}),
    renumbered(Y2025["deposit_shared_ownership_optional"], {"deposit": 93}),
    Y2025["deposit_joint_purchase_value_check"],
    Y2025["deposit_value_check"],
    renumbered(Y2025["deposit_discount"], {"cashdis": 94}),
    renumbered(Y2025["deposit_discount_optional"], {"cashdis": 94}),
    renumbered(Y2025["monthly_rent"], {"mrent": 95}),
    renumbered(Y2025["service_charge"], {"has_mscharge": 96, "mscharge": 96}),
    Y2025["monthly_charges_initial_purchase_value_check"],
    renumbered(Y2025["estate_management_fee"], {"has_management_fee": 97, "management_fee": 97}),
)
