"""Lettings 2025/26: property information.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import ENGLISH_LOCAL_AUTHORITIES
from logs_service.domain.forms.routing import when

PROPERTY_INFORMATION = (
    Page(
        "first_time_property_let_as_social_housing",
        (
            question(
                id="first_time_property_let_as_social_housing",
                type="radio",
                question_text="Is this the first time the property has been let as social housing?",
                check_answer_label="First time being let as social housing",
                check_answer_prompt="Tell us if it’s the first time being let as social housing",
                answer_options=options(
                    {"1": "Yes", "0": "No"},
                    hints={
                        "1": "This property was previously used for other purposes or is a new-build.",
                        "0": "This is a re-let of existing social housing stock.",
                    },
                ),
                question_number=12,
            ),
        ),
        depends_on=when({"is_renewal?": False}),
    ),
    Page(
        "property_let_type",
        (
            question(
                id="unitletas",
                type="radio",
                question_text="What type was the property most recently let as?",
                check_answer_label="Most recent let type",
                check_answer_prompt="Select most recent let type",
                hint_text="This is the rent type of the previous tenancy in this property.",
                answer_options=options(
                    {
                        "1": "Social rent basis",
                        "2": "Affordable rent basis",
                        "5": "London Affordable Rent basis",
                        "6": "Rent to Buy basis",
                        "7": "London Living Rent basis",
                        "8": "Another Intermediate Rent basis",
                        "9": "Specified accommodation - exempt accommodation, managed properties, refuges and local authority hostels",
                        "3": "Don’t know",
                    },
                    dividers=("9",),
                ),
                question_number=14,
            ),
        ),
        depends_on=when({"first_time_property_let_as_social_housing": 0, "is_renewal?": False}),
    ),
    Page(
        "property_vacancy_reason_not_first_let",
        (
            question(
                id="rsnvac",
                type="radio",
                question_text="What is the reason for the property being vacant?",
                check_answer_label="Vacancy reason",
                check_answer_prompt="Select vacancy reason",
                answer_options=options(
                    {
                        "14": "Renewal of fixed-term tenancy",
                        "9": "Re-let to tenant who occupied same property as temporary accommodation",
                        "13": "Internal transfer",
                        "12": "Tenant moved to other social housing provider",
                        "8": "Tenant moved to private sector or other accommodation",
                        "18": "Tenant moved to care home",
                        "20": "Tenant moved to long-stay hospital or similar institution",
                        "5": "Tenant died with no succession",
                        "19": "Tenant involved in a succession downsize",
                        "6": "Tenant abandoned property",
                        "10": "Tenant was evicted due to rent arrears",
                        "11": "Tenant was evicted due to anti-social behaviour",
                        "21": "Tenant was evicted due to both rent arrears and anti-social behaviour",
                        "22": "Any other reason",
                    },
                    hints={
                        "14": "To the same tenant in the same property, except if was previously used as temporary accommodation.",
                        "13": "Where a tenant moved from one social housing property to another property. Their landlord may be the same or may have changed.",
                    },
                ),
                question_number=15,
            ),
        ),
        depends_on=when({"first_time_property_let_as_social_housing": 0, "is_renewal?": False}),
    ),
    Page(
        "property_vacancy_reason_first_let",
        (
            question(
                id="rsnvac",
                type="radio",
                question_text="What is the reason for the property being vacant?",
                check_answer_label="Vacancy reason",
                check_answer_prompt="Select vacancy reason",
                answer_options=options(
                    {
                        "16": "First let of conversion, rehabilitation or acquired property",
                        "17": "First let of leased property",
                        "15": "First let of new-build property",
                    }
                ),
                question_number=13,
            ),
        ),
        depends_on=when({"first_time_property_let_as_social_housing": 1, "is_renewal?": False}),
    ),
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
                question_number=16,
            ),
        ),
        header="What is the property’s address?",
        depends_on=when({"is_address_asked?": True, "manual_address_entry_selected": False}),
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
                question_number=17,
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
                question_number=17,
            ),
            question(
                id="county",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="County (optional)",
                check_answer_label="County",
                check_answer_prompt="Enter county",
                question_number=17,
            ),
            question(
                id="postcode_full",
                keep_answer_when_not_routed=True,
                type="text",
                question_text="Postcode",
                check_answer_label="Postcode",
                check_answer_prompt="Enter postcode",
                width=5,
                question_number=17,
                inferred_check_answers_value=(({"pcodenk": 1}, "Not known"),),
            ),
        ),
        header="What is the property’s address?",
        depends_on=when({"is_address_asked?": True, "manual_address_entry_selected": True}),
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
                question_number=18,
                options_source=ENGLISH_LOCAL_AUTHORITIES,
            ),
        ),
        depends_on=when(
            {
                "is_la_inferred": False,
                "is_general_needs?": True,
                "form.start_year_2025_or_later?": False,
                "address_search_given?": True,
            },
            {"is_la_inferred": False, "is_general_needs?": True, "form.start_year_2025_or_later?": True},
        ),
    ),
    Page(
        "local_authority_rent_value_check",
        (
            are_you_sure(
                "rent_value_check",
                "Total rent confirmation",
                "Confirm total rent",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the rent type is correct, for example affordable or social rent</li></ul>',
            ),
        ),
        depends_on=when({"rent_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us the rent is %{brent}.", {"key": "brent", "label": True, "i18n_template": "brent"}
        ),
        informative_text=soft_check(
            "This is %{higher_or_lower} than we would expect.",
            {"key": "rent_soft_validation_higher_or_lower_text", "label": False, "i18n_template": "higher_or_lower"},
        ),
        interruption_screen_question_ids=(
            "brent",
            "period",
            "startdate",
            "uprn",
            "postcode_full",
            "la",
            "beds",
            "rent_type",
            "needstype",
        ),
    ),
    Page(
        "property_unit_type",
        (
            question(
                id="unittype_gn",
                type="radio",
                question_text="What type of unit is the property?",
                check_answer_label="Type of unit",
                check_answer_prompt="Select type of unit",
                answer_options=options(
                    {
                        "2": "Bedsit",
                        "8": "Bungalow",
                        "1": "Flat or maisonette",
                        "7": "House",
                        "10": "Shared bungalow",
                        "4": "Shared flat or maisonette",
                        "9": "Shared house",
                        "6": "Other",
                    }
                ),
                question_number=19,
            ),
        ),
        depends_on=when({"is_general_needs?": True}),
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
                    {"2": "Converted from previous residential or non-residential property", "1": "Purpose-built"}
                ),
                question_number=20,
            ),
        ),
        depends_on=when({"is_general_needs?": True}),
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
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=21,
            ),
        ),
        depends_on=when({"is_general_needs?": True}),
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
                hint_text="If shared accommodation, enter the number of bedrooms occupied by this household.",
                min=1,
                max=12,
                step=1,
                width=2,
                question_number=22,
            ),
        ),
        depends_on=when({"is_general_needs?": True, "is_beds_inferred?": False}),
    ),
    Page(
        "beds_rent_value_check",
        (
            are_you_sure(
                "rent_value_check",
                "Total rent confirmation",
                "Confirm total rent",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the rent type is correct, for example affordable or social rent</li></ul>',
            ),
        ),
        depends_on=when({"rent_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us the rent is %{brent}.", {"key": "brent", "label": True, "i18n_template": "brent"}
        ),
        informative_text=soft_check(
            "This is %{higher_or_lower} than we would expect.",
            {"key": "rent_soft_validation_higher_or_lower_text", "label": False, "i18n_template": "higher_or_lower"},
        ),
        interruption_screen_question_ids=(
            "brent",
            "period",
            "startdate",
            "uprn",
            "postcode_full",
            "la",
            "beds",
            "rent_type",
            "needstype",
        ),
    ),
    Page(
        "void_date",
        (
            question(
                id="voiddate",
                type="date",
                question_text="What is the void date?",
                check_answer_label="Void date",
                check_answer_prompt="Set void date",
                question_number=23,
            ),
        ),
        header="Void date",
        depends_on=when({"is_renewal?": False}),
    ),
    Page(
        "void_date_value_check",
        (
            are_you_sure(
                "void_date_value_check",
                "Void date confirmation",
                "Confirm void date",
                question_text="Are you sure the property has been vacant for this long?",
            ),
        ),
        depends_on=when({"voiddate_in_soft_range?": True}),
        title_text=soft_check("You told us that the property has been vacant for more than 2 years."),
        informative_text=soft_check("This is longer than we would expect."),
        interruption_screen_question_ids=(
            "voiddate",
            "startdate",
        ),
    ),
    Page(
        "property_major_repairs",
        (
            question(
                id="majorrepairs",
                type="radio",
                question_text="Were any major repairs carried out during the void period?",
                check_answer_label="Major repairs carried out during void period",
                check_answer_prompt="Select major repairs carried out during void period",
                hint_text="Major repairs are works that could not be reasonably carried out with a tenant living at the property. For example, structural repairs.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"mrcdate": (1,)},
                question_number=24,
            ),
            question(
                id="mrcdate",
                type="date",
                question_text="When were the repairs completed?",
                check_answer_label="Completion date of repairs",
                check_answer_prompt="Set completion date of repairs",
                question_number=24,
            ),
        ),
        depends_on=when({"is_renewal?": False, "vacancy_reason_not_renewal_or_first_let?": True}),
    ),
    Page(
        "property_major_repairs_value_check",
        (
            are_you_sure(
                "major_repairs_date_value_check",
                "Major repairs date confirmation",
                "Confirm major repairs date",
                question_text="Are you sure the property has been vacant for this long?",
            ),
        ),
        depends_on=when({"major_repairs_date_in_soft_range?": True}),
        title_text=soft_check("You told us the property has been vacant for 2 years."),
        informative_text=soft_check("This is longer than we would expect."),
        interruption_screen_question_ids=(
            "mrcdate",
            "startdate",
        ),
    ),
    Page(
        "sheltered_accommodation",
        (
            question(
                id="sheltered",
                type="radio",
                question_text="Is this property older people’s housing?",
                check_answer_label="Letting is older people’s housing",
                check_answer_prompt="Tell us if letting is older people’s housing",
                hint_text='This includes retirement living, sheltered housing and extra care housing. There is no national set limit for "older people", please answer based on your own policies.</br></br>Extra care housing is for tenants with medium to high care and support needs, often with 24 hour access to support staff provided by an agency registered with the Care Quality Commission.',
                answer_options=options(
                    {
                        "7": "Yes – for tenants with low support needs",
                        "2": "Yes – extra care housing",
                        "8": "Yes – other",
                        "3": "No",
                        "4": "Don’t know",
                    },
                    dividers=("3",),
                ),
                question_number=25,
            ),
        ),
        depends_on=when({"is_supported_housing?": True}),
    ),
)
