"""Sales 2025/26: the set-up section (“Before you start”).

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import (
    MANAGING_AGENTS,
    STOCK_OWNERS,
    USERS,
    assigned_user_choice_needed,
    managing_agent_choice_needed,
    stock_owner_choice_needed,
)
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.checks import saledate_at_most_14_days_ahead, saledate_in_open_collection_window

SETUP = (
    Page(
        "owning_organisation",
        (
            question(
                id="owning_organisation_id",
                type="select",
                question_text="Which organisation owns this log?",
                check_answer_label="Owning organisation",
                check_answer_prompt="Select owning organisation",
                options_source=STOCK_OWNERS,
                question_number=1,
                derived=True,
            ),
        ),
        depends_on=stock_owner_choice_needed,
    ),
    Page(
        "managing_organisation",
        (
            question(
                id="managing_organisation_id",
                type="select",
                question_text="Which organisation is reporting this sale?",
                check_answer_label="Reported by",
                check_answer_prompt="Select reporting organisation",
                options_source=MANAGING_AGENTS,
                question_number=2,
                derived=True,
            ),
        ),
        depends_on=managing_agent_choice_needed,
    ),
    Page(
        "completion_date",
        (
            question(
                id="saledate",
                type="date",
                question_text="What is the sale completion date?",
                check_answer_label="Sale completion date",
                check_answer_prompt="Set sale completion date",
                question_number=3,
                checks=(saledate_in_open_collection_window, saledate_at_most_14_days_ahead),
            ),
        ),
    ),
    Page(
        "assigned_to",
        (
            question(
                id="assigned_to_id",
                type="select",
                question_text="Which user are you creating this log for?",
                check_answer_label="Log owner",
                check_answer_prompt="Select user",
                options_source=USERS,
                derived=True,
            ),
        ),
        depends_on=assigned_user_choice_needed,
    ),
    Page(
        "purchaser_code",
        (
            question(
                id="purchid",
                type="text",
                question_text="What is the purchaser code?",
                check_answer_label="Purchaser code",
                check_answer_prompt="Enter purchaser code",
                hint_text="This is how you usually refer to the purchaser on your own systems.",
                width=10,
                question_number=4,
            ),
        ),
    ),
    Page(
        "ownership_scheme",
        (
            question(
                id="ownershipsch",
                type="radio",
                question_text="Select the type of sale",
                check_answer_label="Purchase made under ownership scheme",
                check_answer_prompt="Tell us if purchase made under ownership scheme",
                hint_text="Sales logs are not required for outright and other sales.",
                answer_options=options(
                    {"1": "Shared Ownership", "2": "Discounted Ownership"},
                    hints={
                        "1": "When the purchaser buys an initial share of up to 75% of the property value and pays rent to the Private Registered Provider (PRP) on the remaining portion, or a subsequent staircasing transaction"
                    },
                ),
                question_number=5,
            ),
        ),
    ),
    Page(
        "shared_ownership_type",
        (
            question(
                id="type",
                type="radio",
                question_text="What is the type of shared ownership sale?",
                check_answer_label="Type of shared ownership sale",
                check_answer_prompt="Select type of shared ownership sale",
                hint_text="When the purchaser buys an initial share of up to 75% of the property value and pays rent to the Private Registered Provider (PRP) on the remaining portion, or a subsequent staircasing transaction",
                answer_options=options(
                    {
                        "2": "Shared Ownership (old model lease)",
                        "30": "Shared Ownership (new model lease)",
                        "18": "Social HomeBuy — shared ownership purchase",
                        "16": "Home Ownership for people with Long-Term Disabilities (HOLD)",
                        "24": "Older Persons Shared Ownership",
                        "28": "Rent to Buy — Shared Ownership",
                        "31": "Right to Shared Ownership (RtSO)",
                        "32": "London Living Rent — Shared Ownership",
                    }
                ),
                question_number=6,
            ),
        ),
        header="Type of shared ownership sale",
        depends_on=when({"ownershipsch": 1}),
    ),
    Page(
        "staircasing",
        (
            question(
                id="staircase",
                type="radio",
                question_text="Is this a staircasing transaction?",
                check_answer_label="Staircasing transaction",
                check_answer_prompt="Tell us if it’s a staircasing transaction",
                hint_text="A staircasing transaction is when the household purchases more shares in their property, increasing the proportion they own and decreasing the proportion the housing association owns. Once the household purchases 100% of the shares, they own the property.",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=7,
            ),
        ),
        depends_on=when({"ownershipsch": 1}),
    ),
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
                        "27": "Voluntary Right to Buy (VRTB)",
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
    Page(
        "joint_purchase",
        (
            question(
                id="jointpur",
                type="radio",
                question_text="Is this a joint purchase?",
                check_answer_label="Joint purchase",
                check_answer_prompt="Tell us if joint purchase",
                hint_text="This is where two or more people are named as legal owners of the property after the purchase",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=9,
            ),
        ),
        depends_on=when({"ownershipsch": 1}, {"ownershipsch": 2}),
    ),
    Page(
        "number_joint_buyers",
        (
            question(
                id="jointmore",
                type="radio",
                question_text="Are there more than 2 joint buyers of this property?",
                check_answer_label="More than 2 joint buyers",
                check_answer_prompt="Tell us if there are more than 2 joint buyers",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=10,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "buyer_interview_joint_purchase",
        (
            question(
                id="noint",
                type="radio",
                question_text="Were the buyers interviewed for any of the answers you will provide on this log?",
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
                question_text="Was the buyer interviewed for any of the answers you will provide on this log?",
                check_answer_label="Buyer interviewed in person",
                check_answer_prompt="Tell us if buyer interviewed in person",
                hint_text="You should still try to answer all questions even if the buyer wasn’t interviewed in person",
                answer_options=options({"2": "Yes", "1": "No"}),
                question_number=11,
            ),
        ),
        depends_on=when({"not_joint_purchase?": True}, {"jointpur": None}),
    ),
    Page(
        "privacy_notice_joint_purchase",
        (
            question(
                id="privacynotice",
                type="checkbox",
                question_text="Declaration",
                check_answer_label="Buyers have seen the privacy notice",
                check_answer_prompt="Tell us if buyers have seen the privacy notice",
                answer_options=options(
                    {"privacynotice": "The buyers have seen or been given access to the MHCLG privacy notice"}
                ),
                question_number=12,
            ),
        ),
        header="Ministry of Housing, Communities and Local Government privacy notice",
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "privacy_notice",
        (
            question(
                id="privacynotice",
                type="checkbox",
                question_text="Declaration",
                check_answer_label="Buyer has seen the privacy notice",
                check_answer_prompt="Tell us if buyer has seen the privacy notice",
                answer_options=options(
                    {"privacynotice": "The buyer has seen or been given access to the MHCLG privacy notice"}
                ),
                question_number=12,
            ),
        ),
        header="Ministry of Housing, Communities and Local Government privacy notice",
        depends_on=when({"not_joint_purchase?": True}, {"jointpur": None}),
    ),
)
