"""Sales 2025/26: outright sale.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

OUTRIGHT_SALE = (
    Page(
        "purchase_price_outright_sale",
        (
            question(
                id="value",
                type="numeric",
                question_text="What is the full purchase price?",
                check_answer_label="Purchase price",
                check_answer_prompt="Enter purchase price",
                min=0,
                max=999999,
                step=0.01,
                width=5,
                prefix="£",
            ),
        ),
        header="About the price of the property",
        depends_on=when({"outright_sale_or_discounted_with_full_ownership?": True}),
    ),
    Page(
        "about_price_outright_sale_value_check",
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
        "mortgage_used_outright_sale",
        (
            question(
                id="mortgageused",
                type="radio",
                question_text="Was a mortgage used for the purchase of this property?",
                check_answer_label="Mortgage used",
                check_answer_prompt="Tell us if a mortgage was used",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
            ),
        ),
    ),
    Page(
        "outright_sale_mortgage_used_mortgage_value_check",
        (
            are_you_sure(
                "mortgage_value_check",
                "Mortgage confirmation",
                "Confirm mortgage amount",
                question_text="Are you sure that the mortgage is more than 5 times the income used for the mortgage application?",
            ),
        ),
        depends_on=when({"mortgage_over_soft_max?": True}),
        title_text=soft_check(
            "You told us that the mortgage amount is %{mortgage}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "mortgage", "i18n_template": "mortgage"},
        ),
        informative_text=soft_check("This is more than 5 times the income, which is higher than we would expect."),
        interruption_screen_question_ids=(
            "mortgage",
            "inc1mort",
            "inc2mort",
            "jointpur",
            "income1",
            "income2",
            "inc1mort",
            "inc2mort",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "mortgage_amount_outright_sale",
        (
            question(
                id="mortgage",
                type="numeric",
                question_text="What is the mortgage amount?",
                check_answer_label="Mortgage amount",
                check_answer_prompt="Enter mortgage amount",
                hint_text="Enter the amount of mortgage agreed with the mortgage lender. Exclude any deposits or cash payments. Numeric in pounds. Rounded to the nearest pound.",
                min=1,
                max=999999,
                step=1,
                width=5,
                prefix="£",
            ),
        ),
        depends_on=when({"mortgage_used?": True}),
    ),
    Page(
        "outright_sale_mortgage_amount_mortgage_value_check",
        (
            are_you_sure(
                "mortgage_value_check",
                "Mortgage confirmation",
                "Confirm mortgage amount",
                question_text="Are you sure that the mortgage is more than 5 times the income used for the mortgage application?",
            ),
        ),
        depends_on=when({"mortgage_over_soft_max?": True}),
        title_text=soft_check(
            "You told us that the mortgage amount is %{mortgage}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "mortgage", "i18n_template": "mortgage"},
        ),
        informative_text=soft_check("This is more than 5 times the income, which is higher than we would expect."),
        interruption_screen_question_ids=(
            "mortgage",
            "inc1mort",
            "inc2mort",
            "jointpur",
            "income1",
            "income2",
            "inc1mort",
            "inc2mort",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "mortgage_length_outright_sale",
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
            ),
        ),
        depends_on=when({"mortgageused": 1}),
    ),
    Page(
        "extra_borrowing_outright_sale",
        (
            question(
                id="extrabor",
                type="radio",
                question_text="Does this include any extra borrowing?",
                check_answer_label="Any other borrowing",
                check_answer_prompt="Tell us if there is any other borrowing",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
            ),
        ),
        depends_on=when({"mortgageused": 1}),
    ),
    Page(
        "deposit_outright_sale",
        (
            question(
                id="deposit",
                type="numeric",
                question_text="",
                check_answer_label="",
                check_answer_prompt="Enter deposit",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
            ),
        ),
        depends_on=when({"mortgage_used?": True}),
    ),
    Page(
        "outright_sale_deposit_joint_purchase_value_check",
        (
            are_you_sure(
                "deposit_value_check",
                "Deposit confirmation",
                "Confirm deposit amount",
                question_text="Are you sure that the deposit is this much higher than the buyer’s savings?",
            ),
        ),
        depends_on=when({"joint_purchase?": True, "deposit_over_soft_max?": True}),
        title_text=soft_check(
            "You told us the buyers’ deposit was %{deposit} and their savings were %{savings}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "deposit", "i18n_template": "deposit"},
            {"key": "field_formatted_as_currency", "arguments_for_key": "savings", "i18n_template": "savings"},
        ),
        informative_text=soft_check(
            "The deposit amount is higher than we would expect for the amount of savings they have."
        ),
        interruption_screen_question_ids=("savings", "deposit"),
    ),
    Page(
        "outright_sale_deposit_value_check",
        (
            are_you_sure(
                "deposit_value_check",
                "Deposit confirmation",
                "Confirm deposit amount",
                question_text="Are you sure that the deposit is this much higher than the buyer’s savings?",
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "deposit_over_soft_max?": True},
            {"jointpur": None, "deposit_over_soft_max?": True},
        ),
        title_text=soft_check(
            "You told us the buyer’s deposit was %{deposit} and their savings were %{savings}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "deposit", "i18n_template": "deposit"},
            {"key": "field_formatted_as_currency", "arguments_for_key": "savings", "i18n_template": "savings"},
        ),
        informative_text=soft_check(
            "The deposit amount is higher than we would expect for the amount of savings they have."
        ),
        interruption_screen_question_ids=("savings", "deposit"),
    ),
    Page(
        "leasehold_charges_outright_sale",
        (
            question(
                id="has_mscharge",
                type="radio",
                question_text="Does the property have any monthly leasehold charges?",
                check_answer_label="Property leasehold charges",
                check_answer_prompt="Enter leasehold charges if any",
                hint_text="For example, service and management charges",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"mscharge": (1,)},
            ),
            question(
                id="mscharge",
                type="numeric",
                question_text="Enter the total monthly charge",
                check_answer_label="Monthly leasehold charges",
                check_answer_prompt="Enter monthly leasehold charges",
                min=1,
                step=0.01,
                width=5,
                prefix="£",
            ),
        ),
    ),
    Page(
        "monthly_charges_outright_sale_value_check",
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
