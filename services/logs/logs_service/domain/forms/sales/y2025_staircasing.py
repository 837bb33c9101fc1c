"""Sales 2025/26: shared ownership, staircasing transaction.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

SHARED_OWNERSHIP_STAIRCASING_TRANSACTION = (
    Page(
        "about_staircasing_joint_purchase",
        (
            question(
                id="stairbought",
                type="numeric",
                question_text="What percentage of the property has been bought in this staircasing transaction?",
                check_answer_label="Percentage bought in this staircasing transaction",
                check_answer_prompt="Enter percentage bought in this staircasing transaction",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=90,
            ),
            question(
                id="stairowned",
                type="numeric",
                question_text="What percentage of the property do the buyers now own in total?",
                check_answer_label="Percentage the buyers now own in total",
                check_answer_prompt="Enter percentage the buyers now own in total",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=91,
            ),
        ),
        header="About the staircasing transaction",
        depends_on=when({"staircase": 1, "joint_purchase?": True}),
    ),
    Page(
        "about_staircasing_not_joint_purchase",
        (
            question(
                id="stairbought",
                type="numeric",
                question_text="What percentage of the property has been bought in this staircasing transaction?",
                check_answer_label="Percentage bought in this staircasing transaction",
                check_answer_prompt="Enter percentage bought in this staircasing transaction",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=90,
            ),
            question(
                id="stairowned",
                type="numeric",
                question_text="What percentage of the property does the buyer now own in total?",
                check_answer_label="Percentage the buyer now owns in total",
                check_answer_prompt="Enter percentage the buyer now owns in total",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=91,
            ),
        ),
        header="About the staircasing transaction",
        depends_on=when({"staircase": 1, "joint_purchase?": False}),
    ),
    Page(
        "staircase_sale",
        (
            question(
                id="staircasesale",
                type="radio",
                question_text="Was this part of a back-to-back staircasing transaction to facilitate sale of the home on the open market?",
                check_answer_label="Part of a back-to-back staircasing transaction",
                check_answer_prompt="Tell us if this is part of a back-to-back staircasing transaction",
                hint_text="Back-to-back staircasing transactions are used as a way for shared owners who own less than 100% of their property to sell on the open market. It involves the shared owner purchasing the remaining share from their landlord and immediately selling 100% of the property to a buyer on the open market. The landlord is then reimbursed for the staircasing transaction through the proceeds of sale to the buyer.",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=92,
            ),
        ),
        depends_on=when({"staircase": 1, "stairowned": 100}),
    ),
    Page(
        "staircase_bought_value_check",
        (are_you_sure("staircase_bought_value_check", "Percentage bought confirmation", "Confirm percentage bought"),),
        depends_on=when({"staircase_bought_above_fifty?": True}),
        title_text=soft_check(
            "You told us that %{percentage}% was bought in this staircasing transaction.",
            {"key": "stairbought", "i18n_template": "percentage"},
        ),
        informative_text=soft_check("Most staircasing transactions are less than 50%"),
        interruption_screen_question_ids=("stairbought",),
    ),
    Page(
        "staircase_owned_value_check_joint_purchase",
        (
            are_you_sure(
                "stairowned_value_check",
                "Percentage owned confirmation",
                "Confirm percentage owned",
                question_text="Are you sure?",
            ),
        ),
        depends_on=when({"staircase_owned_out_of_soft_range?": True, "joint_purchase?": True}),
        title_text=soft_check(
            "You told us that the buyers now own %{stairowned} of the property.",
            {"key": "stairowned", "label": True, "i18n_template": "stairowned"},
        ),
        informative_text=soft_check(
            "The maximum percentage that can be owned under the Older Persons Shared Ownership scheme is 75%, unless the property was funded outside the Affordable Homes Programme. Make sure these answers are correct."
        ),
        interruption_screen_question_ids=("type", "stairowned"),
    ),
    Page(
        "staircase_owned_value_check_not_joint_purchase",
        (
            are_you_sure(
                "stairowned_value_check",
                "Percentage owned confirmation",
                "Confirm percentage owned",
                question_text="Are you sure?",
            ),
        ),
        depends_on=when({"staircase_owned_out_of_soft_range?": True, "joint_purchase?": False}),
        title_text=soft_check(
            "You told us that the buyer now owns %{stairowned} of the property.",
            {"key": "stairowned", "label": True, "i18n_template": "stairowned"},
        ),
        informative_text=soft_check(
            "The maximum percentage that can be owned under the Older Persons Shared Ownership scheme is 75%, unless the property was funded outside the Affordable Homes Programme. Make sure these answers are correct."
        ),
        interruption_screen_question_ids=("type", "stairowned"),
    ),
    Page(
        "staircase_first_time",
        (
            question(
                id="firststair",
                type="radio",
                question_text="Is this the first time the shared owner has engaged in staircasing in the home?",
                check_answer_label="First time staircasing",
                check_answer_prompt="Tell us if this is the first time staircasing",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=93,
            ),
        ),
        depends_on=when({"staircase": 1}),
    ),
    Page(
        "staircase_previous",
        (
            question(
                id="numstair",
                type="numeric",
                question_text="Including this time, how many times has the shared owner engaged in staircasing in the home?",
                check_answer_label="Number of staircasing transactions",
                check_answer_prompt="Enter number of staircasing transactions",
                min=2,
                max=10,
                step=1,
                width=2,
                question_number=94,
            ),
            question(
                id="lasttransaction",
                type="date",
                question_text="What was the date of the last staircasing transaction?",
                check_answer_label="Last staircasing transaction",
                check_answer_prompt="Enter last staircasing transaction date",
                question_number=95,
            ),
            question(
                id="initialpurchase",
                type="date",
                question_text="What was the date of the initial purchase of a share in the property?",
                check_answer_label="Initial staircasing transaction",
                check_answer_prompt="Enter initial staircasing transaction date",
                question_number=96,
            ),
        ),
        header="About previous staircasing transactions",
        depends_on=when({"is_firststair?": False}),
    ),
    Page(
        "staircase_initial_date",
        (
            question(
                id="initialpurchase",
                type="date",
                question_text="What was the date of the initial purchase of a share in the property?",
                check_answer_label="Initial staircasing transaction",
                check_answer_prompt="Enter initial staircasing transaction date",
                question_number=96,
            ),
        ),
        depends_on=when({"is_firststair?": True}),
    ),
    Page(
        "value_shared_ownership_staircase",
        (
            question(
                id="value",
                type="numeric",
                question_text="What was the full purchase price for this staircasing transaction?",
                check_answer_label="Full purchase price",
                check_answer_prompt="Enter full purchase price",
                hint_text="Enter the full purchase price paid for the equity bought in this staircasing transaction (this is equal to the value of the share bought by the purchaser).",
                min=0,
                max=999999,
                step=1,
                width=10,
                prefix="£",
                question_number=97,
            ),
        ),
        header="About the price of the property",
    ),
    Page(
        "about_price_shared_ownership_value_check_staircasing",
        (
            are_you_sure(
                "value_value_check",
                "Purchase price confirmation",
                "Confirm purchase price",
                question_text="Are you sure?",
            ),
        ),
        depends_on=when({"purchase_price_out_of_soft_range?": True}),
        title_text=soft_check(
            "You told us the purchase price is %{value}.", {"key": "value", "label": True, "i18n_template": "value"}
        ),
        informative_text=soft_check(
            "This is %{higher_or_lower} than we would expect.",
            {
                "key": "field_formatted_as_currency",
                "arguments_for_key": "purchase_price_soft_min_or_soft_max",
                "i18n_template": "soft_min_or_soft_max",
            },
            {"key": "purchase_price_higher_or_lower_text", "i18n_template": "higher_or_lower"},
        ),
        interruption_screen_question_ids=("value", "beds", "uprn", "postcode_full", "la"),
    ),
    Page(
        "staircase_equity",
        (
            question(
                id="equity",
                type="numeric",
                question_text="What was the percentage shared purchased in the initial transaction?",
                check_answer_label="Initial percentage equity share",
                check_answer_prompt="Enter initial percentage equity share",
                hint_text="Enter the amount of initial equity share held by the purchaser (for example, 25% or 50%)",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=98,
            ),
        ),
        header="About the price of the property",
    ),
    Page(
        "staircase_mortgage_used_shared_ownership",
        (
            question(
                id="mortgageused",
                type="radio",
                question_text="Was a mortgage used for the purchase of this property?",
                check_answer_label="Mortgage used",
                check_answer_prompt="Tell us if a mortgage was used",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=99,
            ),
        ),
    ),
    Page(
        "monthly_rent_staircasing_owned",
        (
            question(
                id="mrentprestaircasing",
                type="numeric",
                question_text="What was the basic monthly rent prior to staircasing?",
                check_answer_label="Monthly rent prior to staircasing",
                check_answer_prompt="Enter monthly rent prior to staircasing",
                hint_text="Amount paid before any charges",
                min=0,
                max=9999,
                step=0.01,
                width=5,
                prefix="£",
                question_number=100,
            ),
        ),
        depends_on=when({"stairowned_100?": True}),
    ),
    Page(
        "monthly_rent_staircasing",
        (
            question(
                id="mrentprestaircasing",
                type="numeric",
                question_text="What was the basic monthly rent prior to staircasing?",
                check_answer_label="Monthly rent prior to staircasing",
                check_answer_prompt="Enter monthly rent prior to staircasing",
                hint_text="Amount paid before any charges",
                min=0,
                max=9999,
                step=0.01,
                width=5,
                prefix="£",
                question_number=100,
            ),
            question(
                id="mrent",
                type="numeric",
                question_text="What is the basic monthly rent after staircasing?",
                check_answer_label="Monthly rent after staircasing",
                check_answer_prompt="Enter monthly rent after staircasing",
                hint_text="Amount paid before any charges",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                question_number=101,
            ),
        ),
        header="Monthly rent",
        depends_on=when({"stairowned_100?": False}),
    ),
    Page(
        "monthly_charges_staircasing_value_check",
        (are_you_sure("monthly_charges_value_check", "Monthly charges confirmation", "Confirm monthly charges"),),
        depends_on=when({"monthly_charges_over_soft_max?": True}),
        title_text=soft_check(
            "You told us that the monthly charges were %{mscharge}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "mscharge", "i18n_template": "mscharge"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=("type", "mscharge", "proptype"),
    ),
)
