"""Sales 2025/26: income, benefits and savings.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

INCOME_BENEFITS_AND_SAVINGS = (
    Page(
        "buyer_1_income",
        (
            question(
                id="income1nk",
                type="radio",
                question_text="Do you know buyer 1’s annual income?",
                check_answer_label="Buyer 1’s gross annual income known",
                check_answer_prompt="Enter buyer 1’s gross annual income if known",
                hint_text="Provide the gross annual income (i.e. salary before tax) plus the annual amount of benefits, Universal Credit or pensions, and income from investments.",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"income1": (0,)},
                question_number=66,
            ),
            question(
                id="income1",
                type="numeric",
                question_text="Buyer 1’s gross annual income",
                check_answer_label="Buyer 1’s gross annual income",
                check_answer_prompt="Enter buyer 1’s gross annual income",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=66,
            ),
        ),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_income_ecstat_value_check",
        (are_you_sure("income1_value_check", "Buyer 1 income confirmation", "Confirm buyer 1 income"),),
        depends_on=when({"income1_outside_soft_range_for_ecstat?": True}),
        title_text=soft_check(
            "You told us the income of buyer 1 is %{income}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income1", "i18n_template": "income"},
        ),
        informative_text=soft_check(
            "This is %{more_or_less} than we would expect for someone in this working situation.",
            {"key": "income1_more_or_less_text", "i18n_template": "more_or_less"},
        ),
        interruption_screen_question_ids=("ecstat1", "income1"),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_income_discounted_max_value_check",
        (are_you_sure("income1_value_check", "Buyer 1 income confirmation", "Confirm buyer 1 income"),),
        depends_on=when({"income1_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the income of buyer 1 is %{income}. This seems high for this sale type. Are you sure this is correct?",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income1", "i18n_template": "income"},
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income1"),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_combined_income_max_value_check",
        (are_you_sure("combined_income_value_check", "Combined income confirmation", "Confirm combined income"),),
        depends_on=when({"combined_income_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the combined income of this household is %{combined_income}. This seems high for this sale type.  Are you sure this is correct?",
            {
                "key": "field_formatted_as_currency",
                "arguments_for_key": "combined_income",
                "i18n_template": "combined_income",
            },
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income1", "income2"),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_income_mortgage_value_check",
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
        "buyer_1_mortgage",
        (
            question(
                id="inc1mort",
                type="radio",
                question_text="Was buyer 1’s income used for a mortgage application?",
                check_answer_label="Buyer 1’s income used for mortgage application",
                check_answer_prompt="Tell us if buyer 1’s income used for a mortgage application",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}),
                question_number=67,
            ),
        ),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_mortgage_value_check",
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
        "buyer_2_income",
        (
            question(
                id="income2nk",
                type="radio",
                question_text="Do you know buyer 2’s annual income?",
                check_answer_label="Buyer 2’s gross annual income known",
                check_answer_prompt="Enter buyer 2’s gross annual income if known",
                hint_text="Provide the gross annual income (i.e. salary before tax) plus the annual amount of benefits, Universal Credit or pensions, and income from investments.",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"income2": (0,)},
                question_number=68,
            ),
            question(
                id="income2",
                type="numeric",
                question_text="Buyer 2’s gross annual income",
                check_answer_label="Buyer 2’s gross annual income",
                check_answer_prompt="Enter buyer 2’s gross annual income",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=68,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_income_mortgage_value_check",
        (
            are_you_sure(
                "mortgage_value_check",
                "Mortgage confirmation",
                "Confirm mortgage amount",
                question_text="Are you sure that the mortgage is more than 5 times the income used for the mortgage application?",
            ),
        ),
        depends_on=when({"mortgage_over_soft_max?": True, "joint_purchase?": True}),
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
        "buyer_2_income_ecstat_value_check",
        (are_you_sure("income2_value_check", "Buyer 2 income confirmation", "Confirm buyer 2 income"),),
        depends_on=when({"income2_outside_soft_range_for_ecstat?": True}),
        title_text=soft_check(
            "You told us the income of buyer 2 is %{income}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income2", "i18n_template": "income"},
        ),
        informative_text=soft_check(
            "This is %{more_or_less} than we would expect for someone in this working situation.",
            {"key": "income2_more_or_less_text", "i18n_template": "more_or_less"},
        ),
        interruption_screen_question_ids=("ecstat2", "income2"),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_income_discounted_max_value_check",
        (are_you_sure("income2_value_check", "Buyer 2 income confirmation", "Confirm buyer 2 income"),),
        depends_on=when({"income2_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the income of buyer 2 is %{income}. This seems high for this sale type. Are you sure this is correct?",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income2", "i18n_template": "income"},
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income2"),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_combined_income_max_value_check",
        (are_you_sure("combined_income_value_check", "Combined income confirmation", "Confirm combined income"),),
        depends_on=when({"combined_income_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the combined income of this household is %{combined_income}. This seems high for this sale type.  Are you sure this is correct?",
            {
                "key": "field_formatted_as_currency",
                "arguments_for_key": "combined_income",
                "i18n_template": "combined_income",
            },
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income1", "income2"),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_mortgage",
        (
            question(
                id="inc2mort",
                type="radio",
                question_text="Was buyer 2’s income used for a mortgage application?",
                check_answer_label="Buyer 2’s income used for mortgage application",
                check_answer_prompt="Select buyer 2’s income used for mortgage application",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}),
                question_number=69,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_mortgage_value_check",
        (
            are_you_sure(
                "mortgage_value_check",
                "Mortgage confirmation",
                "Confirm mortgage amount",
                question_text="Are you sure that the mortgage is more than 5 times the income used for the mortgage application?",
            ),
        ),
        depends_on=when({"mortgage_over_soft_max?": True, "joint_purchase?": True}),
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
        "housing_benefits_joint_purchase",
        (
            question(
                id="hb",
                type="radio",
                question_text="Were the buyers receiving any of these housing-related benefits immediately before buying this property?",
                check_answer_label="Housing-related benefits buyers received before buying this property",
                check_answer_prompt="Select housing-related benefits buyers received before buying this property",
                answer_options=options(
                    {
                        "2": "Housing benefit",
                        "3": "Universal Credit housing element",
                        "1": "Neither",
                        "4": "Don’t know ",
                    },
                    dividers=("1",),
                ),
                question_number=70,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "housing_benefits_not_joint_purchase",
        (
            question(
                id="hb",
                type="radio",
                question_text="Was the buyer receiving any of these housing-related benefits immediately before buying this property?",
                check_answer_label="Housing-related benefits buyer received before buying this property",
                check_answer_prompt="Select housing-related benefits buyer received before buying this property",
                answer_options=options(
                    {
                        "2": "Housing benefit",
                        "3": "Universal Credit housing element",
                        "1": "Neither",
                        "4": "Don’t know ",
                    },
                    dividers=("1",),
                ),
                question_number=70,
            ),
        ),
        depends_on=when({"not_joint_purchase?": True}, {"jointpur": None}),
    ),
    Page(
        "savings_joint_purchase",
        (
            question(
                id="savingsnk",
                type="radio",
                question_text="Do you know how much the buyers had in savings before they paid any deposit for the property?",
                check_answer_label="Buyers’ total savings",
                check_answer_prompt="Enter buyers’ total savings if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"savings": (0,)},
                question_number=71,
            ),
            question(
                id="savings",
                type="numeric",
                question_text="Enter their total savings to the nearest £10",
                check_answer_label="Buyers’ total savings before any deposit paid",
                check_answer_prompt="Enter buyers’ total savings before any deposit paid",
                hint_text="Include any savings, investments, ISAs, premium bonds, shares, or money held in a bank or building society account.",
                min=0,
                step=10,
                width=5,
                prefix="£",
                question_number=71,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "savings",
        (
            question(
                id="savingsnk",
                type="radio",
                question_text="Do you know how much the buyer had in savings before they paid any deposit for the property?",
                check_answer_label="Buyer’s total savings",
                check_answer_prompt="Enter buyer’s total savings if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"savings": (0,)},
                question_number=71,
            ),
            question(
                id="savings",
                type="numeric",
                question_text="Enter their total savings to the nearest £10",
                check_answer_label="Buyer’s total savings before any deposit paid",
                check_answer_prompt="Enter buyer’s total savings before any deposit paid",
                hint_text="Include any savings, investments, ISAs, premium bonds, shares, or money held in a bank or building society account.",
                min=0,
                step=10,
                width=5,
                prefix="£",
                question_number=71,
            ),
        ),
        depends_on=when({"not_joint_purchase?": True}, {"jointpur": None}),
    ),
    Page(
        "savings_joint_purchase_value_check",
        (
            are_you_sure(
                "savings_value_check",
                "Savings confirmation",
                "Confirm savings amount",
                question_text="Are you sure the savings are higher than £100,000?",
            ),
        ),
        depends_on=when({"joint_purchase?": True, "savings_over_soft_max?": True}),
        title_text=soft_check(
            "You told us the buyers’ savings were %{savings}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "savings", "i18n_template": "savings"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=("savings",),
    ),
    Page(
        "savings_value_check",
        (
            are_you_sure(
                "savings_value_check",
                "Savings confirmation",
                "Confirm savings amount",
                question_text="Are you sure the savings are higher than £100,000?",
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "savings_over_soft_max?": True},
            {"jointpur": None, "savings_over_soft_max?": True},
        ),
        title_text=soft_check(
            "You told us the buyer’s savings were %{savings}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "savings", "i18n_template": "savings"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=("savings",),
    ),
    Page(
        "savings_deposit_joint_purchase_value_check",
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
        "savings_deposit_value_check",
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
        "previous_ownership_joint_purchase",
        (
            question(
                id="prevown",
                type="radio",
                question_text="Have any of the buyers previously owned a property?",
                check_answer_label="Buyers previously owned a property.",
                check_answer_prompt="Select buyers previously owned a property.",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=72,
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
    ),
    Page(
        "previous_ownership_not_joint_purchase",
        (
            question(
                id="prevown",
                type="radio",
                question_text="Has the buyer previously owned a property?",
                check_answer_label="Buyer previously owned a property",
                check_answer_prompt="Tell us if the buyer previously owned a property",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=72,
            ),
        ),
        depends_on=when({"joint_purchase?": False}),
    ),
    Page(
        "previous_shared",
        (
            question(
                id="prevshared",
                type="radio",
                question_text="Was the previous property under shared ownership?",
                check_answer_label="Previous property shared ownership",
                check_answer_prompt="Tell us if the previous property was shared ownership",
                hint_text="For any buyer",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=73,
            ),
        ),
        depends_on=when({"prevown": 1}),
    ),
)
