"""Sales 2025/26: shared ownership, initial purchase.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

SHARED_OWNERSHIP_INITIAL_PURCHASE = (
    Page(
        "resale",
        (
            question(
                id="resale",
                type="radio",
                question_text="Is this a resale?",
                check_answer_label="Resale",
                check_answer_prompt="Tell us if this is a resale",
                hint_text="If the social landlord has previously sold the property to another buyer and is now reselling the property, select 'yes'. If this is the first time the property has been sold, select 'no'.",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=74,
            ),
        ),
        depends_on=when({"staircase": 2}, {"staircase": 3}),
    ),
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
                question_number=75,
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
                question_number=75,
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
                question_number=75,
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
                question_number=75,
            ),
        ),
        depends_on=when({"joint_purchase?": False, "resale": 2}),
    ),
    Page(
        "handover_date",
        (
            question(
                id="hodate",
                type="date",
                question_text="What is the practical completion or handover date?",
                check_answer_label="Practical completion or handover date",
                check_answer_prompt="Set practical completion or handover date",
                hint_text="This is the date on which the building contractor hands over responsibility for the completed property to the private registered provider (PRP)",
                question_number=76,
            ),
        ),
        depends_on=when({"ownershipsch": 1, "resale": 2}),
    ),
    Page(
        "handover_date_check",
        (
            are_you_sure(
                "hodate_check",
                "Practical completion or handover date check",
                "Confirm practical completion or handover date",
                question_text="Are you sure?",
            ),
        ),
        depends_on=when(
            {"saledate_check": None, "hodate_5_years_or_more_saledate?": True},
            {"saledate_check": 1, "hodate_5_years_or_more_saledate?": True},
        ),
        title_text=soft_check(
            "You told us practical completion or handover date is more than 3 years before sale completion date."
        ),
        interruption_screen_question_ids=("hodate", "saledate"),
    ),
    Page(
        "buyer_previous_joint_purchase",
        (
            question(
                id="soctenant",
                type="radio",
                question_text="Were any of the buyers private registered providers, housing association or local authority tenants immediately before this sale?",
                check_answer_label="Buyers were registered providers, housing association or local authority tenants immediately before this sale",
                check_answer_prompt="Tell us if buyers were registered providers, housing association or local authority tenants",
                answer_options=options({"1": "Yes", "2": "No", "0": "Don’t know"}),
                question_number=84,
            ),
        ),
        depends_on=when({"joint_purchase?": True, "soctenant_is_inferred?": False, "is_staircase?": False}),
    ),
    Page(
        "buyer_previous_not_joint_purchase",
        (
            question(
                id="soctenant",
                type="radio",
                question_text="Was the buyer a private registered provider, housing association or local authority tenant immediately before this sale?",
                check_answer_label="Buyer was a registered provider, housing association or local authority tenant immediately before this sale",
                check_answer_prompt="Tell us if buyer was a registered provider, housing association or local authority tenant",
                answer_options=options({"1": "Yes", "2": "No", "0": "Don’t know"}),
                question_number=84,
            ),
        ),
        depends_on=when({"joint_purchase?": False, "soctenant_is_inferred?": False, "is_staircase?": False}),
    ),
    Page(
        "previous_bedrooms",
        (
            question(
                id="frombeds",
                type="numeric",
                question_text="How many bedrooms did the property have?",
                check_answer_label="Number of bedrooms in previous property",
                check_answer_prompt="Enter number of bedrooms in previous property",
                hint_text="A bedsit has 1 bedroom.",
                min=1,
                max=6,
                step=1,
                width=5,
                question_number=77,
            ),
        ),
        depends_on=when(
            {"soctenant": 1},
            {"soctenant": 0},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 2},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 2},
        ),
    ),
    Page(
        "previous_property_type",
        (
            question(
                id="fromprop",
                type="radio",
                question_text="What was the previous property type?",
                check_answer_label="Previous property type",
                check_answer_prompt="Select previous property type",
                answer_options=options(
                    {
                        "1": "Flat or maisonette",
                        "2": "Bedsit",
                        "3": "House",
                        "4": "Bungalow",
                        "9": "Other",
                        "0": "Don’t know",
                    }
                ),
                question_number=78,
            ),
        ),
        depends_on=when(
            {"soctenant": 1},
            {"soctenant": 0},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 2},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 2},
        ),
    ),
    Page(
        "shared_ownership_previous_tenure",
        (
            question(
                id="socprevten",
                type="radio",
                question_text="What was the previous tenure of the buyer?",
                check_answer_label="Previous property tenure",
                check_answer_prompt="Select previous property tenure",
                answer_options=options(
                    {
                        "1": "Social Rent",
                        "2": "Affordable Rent",
                        "3": "London Affordable Rent",
                        "9": "Other",
                        "10": "Don’t know",
                    },
                    dividers=("9",),
                ),
                question_number=79,
            ),
        ),
        depends_on=when(
            {"soctenant": 1},
            {"soctenant": 0},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevten": 2},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 1},
            {"soctenant_is_inferred?": True, "ownershipsch": 1, "prevtenbuy2": 2},
        ),
    ),
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
                min=0,
                max=999999,
                step=1,
                width=10,
                prefix="£",
                question_number=80,
            ),
        ),
        header="About the price of the property",
    ),
    Page(
        "about_price_shared_ownership_value_check",
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
        "initial_equity",
        (
            question(
                id="equity",
                type="numeric",
                question_text="What was the initial percentage share purchased?",
                check_answer_label="Initial percentage equity share",
                check_answer_prompt="Enter initial percentage equity share",
                hint_text="Enter the amount of initial equity share held by the purchaser (for example, 25% or 50%)",
                min=0,
                max=100,
                step=0.1,
                width=5,
                suffix="%",
                question_number=81,
            ),
        ),
        header="About the price of the property",
    ),
    Page(
        "mortgage_used_shared_ownership",
        (
            question(
                id="mortgageused",
                type="radio",
                question_text="Was a mortgage used for the purchase of this property?",
                check_answer_label="Mortgage used",
                check_answer_prompt="Tell us if a mortgage was used",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=82,
            ),
        ),
    ),
    Page(
        "mortgage_used_mortgage_value_check",
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
        "mortgage_amount_shared_ownership",
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
                question_number=83,
            ),
        ),
        depends_on=when({"mortgage_used?": True}),
    ),
    Page(
        "mortgage_amount_mortgage_value_check",
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
        "mortgage_length_shared_ownership",
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
                question_number=84,
            ),
        ),
        depends_on=when({"mortgageused": 1}),
    ),
    Page(
        "deposit_shared_ownership",
        (
            question(
                id="deposit",
                type="numeric",
                question_text="How much cash deposit was paid on the property?",
                check_answer_label="Deposit amount",
                check_answer_prompt="Enter deposit amount",
                hint_text="Enter the total cash sum paid by the buyer towards the property that was not funded by the mortgage.",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=85,
            ),
        ),
        header="About the deposit",
        depends_on=when({"stairowned_100?": False}),
    ),
    Page(
        "deposit_shared_ownership_optional",
        (
            question(
                id="deposit",
                type="numeric",
                question_text="How much cash deposit was paid on the property?",
                check_answer_label="Deposit amount",
                check_answer_prompt="Enter deposit amount",
                hint_text="Enter the total cash sum paid by the buyer towards the property that was not funded by the mortgage.",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=85,
            ),
        ),
        header="About the deposit",
        depends_on=when({"stairowned_100?": True}),
    ),
    Page(
        "deposit_joint_purchase_value_check",
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
        "deposit_value_check",
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
        "deposit_discount",
        (
            question(
                id="cashdis",
                type="numeric",
                question_text="How much cash discount was given through Social HomeBuy?",
                check_answer_label="Cash discount through SocialHomeBuy",
                check_answer_prompt="Enter cash discount through SocialHomeBuy",
                hint_text="Enter the total cash discount given on the property being purchased through the Social HomeBuy scheme",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=86,
            ),
        ),
        header="About the deposit",
        depends_on=when({"social_homebuy?": True, "stairowned_100?": False}),
    ),
    Page(
        "deposit_discount_optional",
        (
            question(
                id="cashdis",
                type="numeric",
                question_text="How much cash discount was given through Social HomeBuy?",
                check_answer_label="Cash discount through SocialHomeBuy",
                check_answer_prompt="Enter cash discount through SocialHomeBuy",
                hint_text="Enter the total cash discount given on the property being purchased through the Social HomeBuy scheme",
                min=0,
                max=999999,
                step=1,
                width=5,
                prefix="£",
                question_number=86,
            ),
        ),
        header="About the deposit",
        depends_on=when({"social_homebuy?": True, "stairowned_100?": True}),
    ),
    Page(
        "monthly_rent",
        (
            question(
                id="mrent",
                type="numeric",
                question_text="What is the basic monthly rent?",
                check_answer_label="Monthly rent",
                check_answer_prompt="Enter monthly rent",
                hint_text="Amount paid before any charges",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                question_number=87,
            ),
        ),
    ),
    Page(
        "service_charge",
        (
            question(
                id="has_mscharge",
                type="radio",
                question_text="Does the property have any service charges?",
                check_answer_label="Property service charges",
                check_answer_prompt="Enter service charges if any",
                hint_text="This includes any charges for day-to-day maintenance and repairs, building insurance, and any contributions to a sinking or reserved fund. It does not include estate management fees.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"mscharge": (1,)},
                question_number=88,
            ),
            question(
                id="mscharge",
                type="numeric",
                question_text="Enter the total monthly charge",
                check_answer_label="Monthly service charges",
                check_answer_prompt="Enter monthly service charges",
                min=1,
                max=9999.99,
                step=0.01,
                width=5,
                prefix="£",
                question_number=88,
            ),
        ),
    ),
    Page(
        "monthly_charges_initial_purchase_value_check",
        (are_you_sure("monthly_charges_value_check", "Monthly charges confirmation", "Confirm monthly charges"),),
        depends_on=when({"monthly_charges_over_soft_max?": True}),
        title_text=soft_check(
            "You told us that the monthly charges were %{mscharge}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "mscharge", "i18n_template": "mscharge"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=("type", "mscharge", "proptype"),
    ),
    Page(
        "estate_management_fee",
        (
            question(
                id="has_management_fee",
                type="radio",
                question_text="Does the property have an estate management fee?",
                check_answer_label="Monthly estate management fee",
                check_answer_prompt="Tell us if the property has an estate management fee",
                hint_text="Estate management fees are typically used for the maintenance of communal gardens, payments, private roads, car parks and/or play areas within new build estates.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"management_fee": (1,)},
                question_number=89,
            ),
            question(
                id="management_fee",
                type="numeric",
                question_text="Enter the total monthly management fee",
                check_answer_label="Monthly estate management fee",
                check_answer_prompt="Enter monthly estate management fee",
                min=1,
                max=9999,
                step=0.01,
                width=5,
                prefix="£",
                question_number=89,
            ),
        ),
    ),
)
