"""Sales 2026/27: discounted ownership scheme. Written as changes to 2025/26:
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

DISCOUNTED_OWNERSHIP_SCHEME = (
    Page(
        "living_before_purchase_discounted_ownership_joint_purchase",
        (
            question(
                id="proplen_asked",
                type="radio",
                question_text="Did the buyers live in the property before purchasing it?",
                check_answer_label="Buyers lived in the property before purchasing",
                check_answer_prompt="Tell us if buyers lived in the property before purchase",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"proplen": (0,)},
                question_number=112,
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
                question_number=112,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "living_before_purchase_discounted_ownership",
        (
            question(
                id="proplen_asked",
                type="radio",
                question_text="Did the buyer live in the property before purchasing it?",
                check_answer_label="Buyer lived in the property before purchasing",
                check_answer_prompt="Tell us if the buyer lived in the property before purchasing",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"proplen": (0,)},
                question_number=112,
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
                question_number=112,
            ),
        ),
        depends_on=when({"joint_purchase?": False}),
    ),
    Page(
        "purchase_price",
        (
            question(
                id="value",
                type="numeric",
                question_text="What is the full purchase price?",
                check_answer_label="Purchase price",
                check_answer_prompt="Enter purchase price",
                hint_text="For all schemes, including Right to Acquire (RTA), Right to Buy (RTB) or Preserved Right to Buy (PRTB) sales, enter the full price of the property without any discount.",
                min=15000,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=113,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"right_to_buy?": True}, {"right_to_buy?": False, "rent_to_buy_full_ownership?": False}),
    ),
    Page(
        "discount",
        (
            question(
                id="discount",
                type="numeric",
                question_text="What was the percentage discount?",
                check_answer_label="Percentage discount",
                check_answer_prompt="Enter percentage discount",
                hint_text="For Right to Buy (RTB) and Preserved Right to Buy (PRTB).</br></br>For capped discount, enter capped %.</br></br>If the property is sold to an existing tenant under RTB or PRTB, enter % discount from full market value.",
                min=0,
                max=70,
                step=0.1,
                width=5,
                suffix="%",
                question_number=115,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"right_to_buy?": True}),
    ),
    Y2025["percentage_discount_value_check"],
    Page(
        "grant",
        (
            question(
                id="grant",
                type="numeric",
                question_text="What was the amount of any loan, grant, discount or subsidy given?",
                check_answer_label="Amount of any loan, grant or subsidy",
                check_answer_prompt="Enter amount of any loan, grant or subsidy",
                hint_text="For all schemes except Right to Buy (RTB), Preserved Right to Buy (PRTB) and Rent to Buy",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=114,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"right_to_buy?": False, "rent_to_buy_full_ownership?": False}),
    ),
    Y2025["grant_value_check"],
    Page(
        "purchase_price_discounted_ownership",
        (
            question(
                id="value",
                type="numeric",
                question_text="What is the full purchase price?",
                check_answer_label="Purchase price",
                check_answer_prompt="Enter purchase price",
                hint_text="For all schemes, including Right to Acquire (RTA), Right to Buy (RTB) or Preserved Right to Buy (PRTB) sales, enter the full price of the property without any discount.",
                min=15000,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=113,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"outright_sale_or_discounted_with_full_ownership?": True}),
    ),
    Y2025["about_price_discounted_ownership_value_check"],
    Y2025["discounted_ownership_deposit_and_mortgage_value_check_after_value_and_discount"],
    renumbered(Y2025["mortgage_used_discounted_ownership"], {"mortgageused": 116}),
    Y2025["discounted_ownership_mortgage_used_mortgage_value_check"],
    renumbered(Y2025["mortgage_amount_discounted_ownership"], {"mortgage": 117}),
    Y2025["discounted_ownership_mortgage_amount_mortgage_value_check"],
    Y2025["discounted_ownership_deposit_and_mortgage_value_check_after_mortgage"],
    Page(
        "mortgage_length_discounted_ownership_not_interviewed",
        (
            question(
                id="mortlen_known",
                type="radio",
                question_text="Do you know the length of the mortgage?",
                check_answer_label="Length of mortgage known",
                check_answer_prompt="Select length of mortgage known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"mortlen": (0,)},
                question_number=118,
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
                question_number=118,
            ),
        ),
        depends_on=when({"mortgageused": 1, "buyer_not_interviewed?": True}),
    ),
    Page(
        "mortgage_length_discounted_ownership_interviewed",
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
                question_number=118,
            ),
        ),
        depends_on=when({"mortgageused": 1, "buyer_not_interviewed?": False}),
    ),
    renumbered(Y2025["extra_borrowing_discounted_ownership"], {"extrabor": 119}),
    renumbered(Y2025["deposit_discounted_ownership"], {"deposit": 120}),
    Y2025["discounted_ownership_deposit_joint_purchase_value_check"],
    Y2025["discounted_ownership_deposit_value_check"],
    Y2025["discounted_ownership_deposit_and_mortgage_value_check_after_deposit"],
    renumbered(Y2025["leasehold_charges_discounted_ownership"], {"has_mscharge": 121, "mscharge": 121}),
    Y2025["monthly_charges_discounted_ownership_value_check"],
)
