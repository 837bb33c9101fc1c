"""Sales 2025/26: property information.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import ENGLISH_LOCAL_AUTHORITIES
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

PROPERTY_INFORMATION = (
    Page(
        "address_search",
        (
            question(
                id="uprn",
                type="address_search",
                question_text="Enter address or UPRN",
                check_answer_label="Address",
                check_answer_prompt="Enter address or UPRN",
                hint_text="For example, '1 Victoria Road' or '10010457355'",
                question_number=13,
            ),
        ),
        header="What is the property’s address?",
        depends_on=when({"manual_address_entry_selected": False}),
    ),
    Page(
        "address",
        (
            question(
                id="address_line1",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="Address line 1",
                check_answer_label="Address lines 1 and 2",
                check_answer_prompt="Enter address lines 1 and 2",
                question_number=14,
            ),
            question(
                id="address_line2",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="Address line 2 (optional)",
                check_answer_label="",
                check_answer_prompt="Enter address line 2 (optional)",
            ),
            question(
                id="town_or_city",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="Town or city",
                check_answer_label="Town or city",
                check_answer_prompt="Enter town or city",
                question_number=14,
            ),
            question(
                id="county",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="County (optional)",
                check_answer_label="County",
                check_answer_prompt="Enter county",
                question_number=14,
            ),
            question(
                id="postcode_full",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="Postcode",
                check_answer_label="Postcode",
                check_answer_prompt="Enter postcode",
                width=5,
                question_number=14,
                inferred_check_answers_value=(({"pcodenk": 1}, "Not known"),),
            ),
        ),
        header="What is the property’s address?",
        depends_on=when({"manual_address_entry_selected": True}),
    ),
    Page(
        "property_local_authority",
        (
            question(
                id="la",
                keep_answer_when_not_routed=True,
                type="select",
                question_text="What is the property’s local authority?",
                check_answer_label="Local authority",
                check_answer_prompt="Select local authority",
                options_source=ENGLISH_LOCAL_AUTHORITIES,
                question_number=15,
            ),
        ),
        depends_on=when(
            {"is_la_inferred": False, "form.start_year_2025_or_later?": False, "address_search_given?": True},
            {"is_la_inferred": False, "form.start_year_2025_or_later?": True},
        ),
    ),
    Page(
        "local_authority_buyer_1_income_max_value_check",
        (are_you_sure("income1_value_check", "Buyer 1 income confirmation", "Confirm buyer 1 income"),),
        depends_on=when({"income1_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the income of buyer 1 is %{income}. This seems high for this sale type. Are you sure this is correct?",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income1", "i18n_template": "income"},
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income1"),
    ),
    Page(
        "local_authority_buyer_2_income_max_value_check",
        (are_you_sure("income2_value_check", "Buyer 2 income confirmation", "Confirm buyer 2 income"),),
        depends_on=when({"income2_over_soft_max_for_discounted_ownership?": True}),
        title_text=soft_check(
            "You told us the income of buyer 2 is %{income}. This seems high for this sale type. Are you sure this is correct?",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income2", "i18n_template": "income"},
        ),
        interruption_screen_question_ids=("uprn", "postcode_full", "la", "income2"),
    ),
    Page(
        "local_authority_combined_income_max_value_check",
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
    ),
    Page(
        "about_price_la_value_check",
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
        "property_unit_type",
        (
            question(
                id="proptype",
                type="radio",
                question_text="What type of unit is the property?",
                check_answer_label="Type of unit",
                check_answer_prompt="Select type of unit",
                answer_options=options(
                    {"1": "Flat or maisonette", "2": "Bedsit", "3": "House", "4": "Bungalow", "9": "Other"}
                ),
                question_number=16,
            ),
        ),
    ),
    Page(
        "property_number_of_bedrooms",
        (
            question(
                id="beds",
                type="numeric",
                question_text="How many bedrooms does the property have?",
                check_answer_label="Number of bedrooms",
                check_answer_prompt="Enter number of bedrooms",
                min=1,
                max=9,
                step=1,
                width=2,
                question_number=17,
            ),
        ),
        depends_on=when({"is_beds_inferred?": False}),
    ),
    Page(
        "about_price_bedrooms_value_check",
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
        "monthly_charges_property_type_value_check",
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
        "percentage_discount_proptype_value_check",
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
        "property_building_type",
        (
            question(
                id="builtype",
                type="radio",
                question_text="What type of building is the property?",
                check_answer_label="Type of building",
                check_answer_prompt="Select type of building",
                answer_options=options(
                    {"1": "Purpose-built", "2": "Converted from previous residential or non-residential property"}
                ),
                question_number=18,
            ),
        ),
        depends_on=when({"form.start_year_2025_or_later?": False}, {"is_staircase?": False}),
    ),
    Page(
        "property_wheelchair_accessible",
        (
            question(
                id="wchair",
                type="radio",
                question_text="Is the property built or adapted to wheelchair-user standards?",
                check_answer_label="Property built or adapted to wheelchair-user standards",
                check_answer_prompt="Tell us if the property is built or adapted to wheelchair-user standards",
                hint_text="This is whether someone who uses a wheelchair is able to make full use of all of the property’s rooms and facilities, including use of both inside and outside space, and entering and exiting the property.",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=19,
            ),
        ),
        depends_on=when({"form.start_year_2025_or_later?": False}, {"is_staircase?": False}),
    ),
)
