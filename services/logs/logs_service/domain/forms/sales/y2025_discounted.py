"""Sales 2025/26: discounted ownership scheme.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

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
                question_number=102,
            ),
            question(
                id="proplen",
                type="numeric",
                question_text="How long did they live there?",
                check_answer_label="Number of years living in the property before purchase",
                check_answer_prompt="Enter number of years living in the property before purchase",
                hint_text="You should round up to the nearest year",
                min=0,
                max=80,
                step=1,
                width=5,
                question_number=102,
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
                question_number=102,
            ),
            question(
                id="proplen",
                type="numeric",
                question_text="How long did they live there?",
                check_answer_label="Number of years living in the property before purchase",
                check_answer_prompt="Enter number of years living in the property before purchase",
                hint_text="You should round up to the nearest year",
                min=0,
                max=80,
                step=1,
                width=5,
                question_number=102,
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
                hint_text="For all schemes, including Right to Acquire (RTA), Right to Buy (RTB), Voluntary Right to Buy (VRTB) or Preserved Right to Buy (PRTB) sales, enter the full price of the property without any discount",
                min=0,
                max=999999,
                step=0.01,
                width=5,
                prefix="£",
                question_number=103,
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
                hint_text="For Right to Buy (RTB), Preserved Right to Buy (PRTB), and Voluntary Right to Buy (VRTB)</br></br>If discount capped, enter capped %</br></br>If the property is being sold to an existing tenant under the RTB, PRTB, or VRTB schemes, enter the % discount from the full market value that is being given.",
                min=0,
                max=70,
                step=0.1,
                width=5,
                suffix="%",
                question_number=105,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"right_to_buy?": True}),
    ),
    Page(
        "percentage_discount_value_check",
        (
            are_you_sure(
                "percentage_discount_value_check", "Percentage discount confirmation", "Confirm percentage discount"
            ),
        ),
        depends_on=when({"percentage_discount_invalid?": True}),
        title_text=soft_check(
            "You told us that the percentage discount is %{discount}.",
            {"key": "discount", "label": True, "i18n_template": "discount"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=("discount", "proptype"),
    ),
    Page(
        "grant",
        (
            question(
                id="grant",
                type="numeric",
                question_text="What was the amount of any loan, grant, discount or subsidy given?",
                check_answer_label="Amount of any loan, grant or subsidy",
                check_answer_prompt="Enter amount of any loan, grant or subsidy",
                hint_text="For all schemes except Right to Buy (RTB), Preserved Right to Buy (PRTB), Voluntary Right to Buy (VRTB) and Rent to Buy",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=104,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"right_to_buy?": False, "rent_to_buy_full_ownership?": False}),
    ),
    Page(
        "grant_value_check",
        (
            are_you_sure(
                "grant_value_check",
                "Grant value confirmation",
                "Confirm grant value",
                question_text="Are you sure? Grants are usually £9,000 - £16,000",
            ),
        ),
        depends_on=when({"grant_outside_common_range?": True}),
        title_text=soft_check(
            "You told us that the grant amount is %{grant}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "grant", "i18n_template": "grant"},
        ),
        informative_text=soft_check("Loans, grants and subsidies are usually between £9,000 and £16,000."),
        interruption_screen_question_ids=("grant",),
    ),
    Page(
        "purchase_price_discounted_ownership",
        (
            question(
                id="value",
                type="numeric",
                question_text="What is the full purchase price?",
                check_answer_label="Purchase price",
                check_answer_prompt="Enter purchase price",
                hint_text="For all schemes, including Right to Acquire (RTA), Right to Buy (RTB), Voluntary Right to Buy (VRTB) or Preserved Right to Buy (PRTB) sales, enter the full price of the property without any discount",
                min=0,
                max=999999,
                step=0.01,
                width=5,
                prefix="£",
                question_number=103,
            ),
        ),
        header="About the price of the property",
        depends_on=when({"outright_sale_or_discounted_with_full_ownership?": True}),
    ),
    Page(
        "about_price_discounted_ownership_value_check",
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
        "discounted_ownership_deposit_and_mortgage_value_check_after_value_and_discount",
        (
            are_you_sure(
                "deposit_and_mortgage_value_check",
                "Deposit and mortgage against discount confirmation",
                "Confirm deposit and mortgage against discount",
                question_text="Are you sure? Mortgage and deposit usually equal or are more than (value - discount)",
            ),
        ),
        depends_on=when({"mortgage_plus_deposit_less_than_discounted_value?": True}),
        title_text=soft_check(
            "You told us the mortgage amount was %{mortgage}, the cash deposit was %{deposit} and the discount was %{discount}.",
            {"key": "mortgage", "label": True, "i18n_template": "mortgage"},
            {"key": "deposit", "label": True, "i18n_template": "deposit"},
            {"key": "discount", "label": True, "i18n_template": "discount"},
        ),
        informative_text=soft_check(
            "We would expect the mortgage amount and the deposit added together to be the same as the purchase price minus the discount."
        ),
        interruption_screen_question_ids=("mortgage", "deposit", "value", "discount"),
    ),
    Page(
        "mortgage_used_discounted_ownership",
        (
            question(
                id="mortgageused",
                type="radio",
                question_text="Was a mortgage used for the purchase of this property?",
                check_answer_label="Mortgage used",
                check_answer_prompt="Tell us if a mortgage was used",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=106,
            ),
        ),
    ),
    Page(
        "discounted_ownership_mortgage_used_mortgage_value_check",
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
        "mortgage_amount_discounted_ownership",
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
                question_number=107,
            ),
        ),
        depends_on=when({"mortgage_used?": True}),
    ),
    Page(
        "discounted_ownership_mortgage_amount_mortgage_value_check",
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
        "discounted_ownership_deposit_and_mortgage_value_check_after_mortgage",
        (
            are_you_sure(
                "deposit_and_mortgage_value_check",
                "Deposit and mortgage against discount confirmation",
                "Confirm deposit and mortgage against discount",
                question_text="Are you sure? Mortgage and deposit usually equal or are more than (value - discount)",
            ),
        ),
        depends_on=when({"mortgage_plus_deposit_less_than_discounted_value?": True}),
        title_text=soft_check(
            "You told us the mortgage amount was %{mortgage}, the cash deposit was %{deposit} and the discount was %{discount}.",
            {"key": "mortgage", "label": True, "i18n_template": "mortgage"},
            {"key": "deposit", "label": True, "i18n_template": "deposit"},
            {"key": "discount", "label": True, "i18n_template": "discount"},
        ),
        informative_text=soft_check(
            "We would expect the mortgage amount and the deposit added together to be the same as the purchase price minus the discount."
        ),
        interruption_screen_question_ids=("mortgage", "deposit", "value", "discount"),
    ),
    Page(
        "mortgage_length_discounted_ownership",
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
                question_number=108,
            ),
        ),
        depends_on=when({"mortgageused": 1}),
    ),
    Page(
        "extra_borrowing_discounted_ownership",
        (
            question(
                id="extrabor",
                type="radio",
                question_text="Does this include any extra borrowing?",
                check_answer_label="Any other borrowing",
                check_answer_prompt="Tell us if there is any other borrowing",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=109,
            ),
        ),
        depends_on=when({"mortgageused": 1}),
    ),
    Page(
        "deposit_discounted_ownership",
        (
            question(
                id="deposit",
                type="numeric",
                question_text="How much cash deposit was paid on the property?",
                check_answer_label="Deposit amount",
                check_answer_prompt="Enter deposit amount",
                hint_text="Enter the total cash sum paid by the buyer towards the property that was not funded by the mortgage. This excludes any grant or loan.",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=110,
            ),
        ),
        header="About the deposit",
    ),
    Page(
        "discounted_ownership_deposit_joint_purchase_value_check",
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
        "discounted_ownership_deposit_value_check",
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
        "discounted_ownership_deposit_and_mortgage_value_check_after_deposit",
        (
            are_you_sure(
                "deposit_and_mortgage_value_check",
                "Deposit and mortgage against discount confirmation",
                "Confirm deposit and mortgage against discount",
                question_text="Are you sure? Mortgage and deposit usually equal or are more than (value - discount)",
            ),
        ),
        depends_on=when({"mortgage_plus_deposit_less_than_discounted_value?": True}),
        title_text=soft_check(
            "You told us the mortgage amount was %{mortgage}, the cash deposit was %{deposit} and the discount was %{discount}.",
            {"key": "mortgage", "label": True, "i18n_template": "mortgage"},
            {"key": "deposit", "label": True, "i18n_template": "deposit"},
            {"key": "discount", "label": True, "i18n_template": "discount"},
        ),
        informative_text=soft_check(
            "We would expect the mortgage amount and the deposit added together to be the same as the purchase price minus the discount."
        ),
        interruption_screen_question_ids=("mortgage", "deposit", "value", "discount"),
    ),
    Page(
        "leasehold_charges_discounted_ownership",
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
                question_number=111,
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
                question_number=111,
            ),
        ),
    ),
    Page(
        "monthly_charges_discounted_ownership_value_check",
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
