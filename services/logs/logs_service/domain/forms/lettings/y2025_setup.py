"""Lettings 2025/26: the set-up section (“Before you start”).

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.checks import startdate_at_most_14_days_ahead, startdate_in_open_collection_window
from logs_service.domain.forms.lettings.builders import (
    options,
    question,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import (
    LOCATIONS,
    MANAGING_AGENTS,
    SCHEMES,
    STOCK_OWNERS,
    USERS,
    assigned_user_choice_needed,
    managing_agent_choice_needed,
    stock_owner_choice_needed,
)
from logs_service.domain.forms.routing import when

SETUP = (
    Page(
        "stock_owner",
        (
            question(
                id="owning_organisation_id",
                type="select",
                question_text="Which organisation owns this property?",
                check_answer_label="Stock owner",
                check_answer_prompt="Select stock owner",
                derived=True,
                question_number=1,
                options_source=STOCK_OWNERS,
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
                question_text="Which organisation manages this letting?",
                check_answer_label="Managing agent",
                check_answer_prompt="Select managing agent",
                derived=True,
                question_number=2,
                options_source=MANAGING_AGENTS,
            ),
        ),
        depends_on=managing_agent_choice_needed,
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
                derived=True,
                options_source=USERS,
            ),
        ),
        depends_on=assigned_user_choice_needed,
    ),
    Page(
        "needs_type",
        (
            question(
                id="needstype",
                type="radio",
                question_text="What is the needs type?",
                check_answer_label="Needs type",
                check_answer_prompt="Select needs type",
                hint_text="General needs housing includes both self-contained and shared housing without support or specific adaptations. Supported housing can include direct access hostels, group homes, residential care and nursing homes.",
                answer_options=options({"1": "General needs", "2": "Supported housing"}),
                question_number=3,
            ),
        ),
    ),
    Page(
        "scheme",
        (
            question(
                id="scheme_id",
                type="select",
                question_text="What scheme is this log for?",
                check_answer_label="Scheme name",
                check_answer_prompt="Select scheme name",
                hint_text="Enter postcode or scheme name.<br><br>A supported housing scheme provides shared or self-contained housing for a particular client group, for example younger or vulnerable people.",
                question_number=4,
                options_source=SCHEMES,
            ),
        ),
        header="Scheme",
        depends_on=when({"needstype": 2}),
    ),
    Page(
        "location",
        (
            question(
                id="location_id",
                keep_answer_when_not_routed=True,
                type="radio",
                question_text="Which location is this letting for?",
                check_answer_label="Location",
                check_answer_prompt="Select location",
                question_number=5,
                options_source=LOCATIONS,
            ),
        ),
        header="Location",
        depends_on=when(
            {"needstype": 2, "scheme_has_multiple_locations?": True, "scheme_has_large_number_of_locations?": False}
        ),
    ),
    Page(
        "location_search",
        (
            question(
                id="location_id",
                keep_answer_when_not_routed=True,
                type="select",
                question_text="Which location is this letting for?",
                check_answer_label="Location",
                check_answer_prompt="Select location",
                hint_text='<div class="govuk-inset-text">This scheme has 20 or more locations.</div>Enter postcode or address.',
                question_number=5,
                options_source=LOCATIONS,
            ),
        ),
        header="Location",
        depends_on=when(
            {"needstype": 2, "scheme_has_multiple_locations?": True, "scheme_has_large_number_of_locations?": True}
        ),
    ),
    Page(
        "renewal",
        (
            question(
                id="renewal",
                type="radio",
                question_text="Is this letting a renewal of social housing to the same tenant in the same property?",
                check_answer_label="Property renewal",
                check_answer_prompt="Tell us if it’s a property renewal",
                hint_text="If the property was previously being used as temporary accommodation, then answer 'no'.",
                answer_options=options({"1": "Yes", "0": "No"}),
                question_number=6,
            ),
        ),
    ),
    Page(
        "tenancy_start_date",
        (
            question(
                id="startdate",
                type="date",
                question_text="What is the tenancy start date?",
                check_answer_label="Tenancy start date",
                check_answer_prompt="Set tenancy start date",
                question_number=7,
                checks=(startdate_in_open_collection_window, startdate_at_most_14_days_ahead),
            ),
        ),
    ),
    Page(
        "rent_type",
        (
            question(
                id="rent_type",
                type="radio",
                question_text="What is the rent type?",
                check_answer_label="Rent type",
                check_answer_prompt="Select rent type",
                answer_options=options(
                    {
                        "0": "Social Rent",
                        "1": "Affordable Rent",
                        "2": "London Affordable Rent",
                        "3": "Rent to Buy",
                        "4": "London Living Rent",
                        "5": "Other intermediate rent product",
                        "6": "Specified accommodation - exempt accommodation, managed properties, refuges and local authority hostels",
                    }
                ),
                conditional_for={"irproduct_other": (5,)},
                question_number=8,
            ),
            question(
                id="irproduct_other",
                type="text",
                question_text="Name of rent product",
                check_answer_label="Product name",
                check_answer_prompt="Enter product name",
                question_number=8,
            ),
        ),
        header="Rent Type",
    ),
    Page(
        "tenant_code",
        (
            question(
                id="tenancycode",
                type="text",
                question_text="What is the tenant code?",
                check_answer_label="Tenant code",
                check_answer_prompt="Enter tenant code",
                hint_text="This is how you usually refer to this tenancy on your own systems.",
                width=10,
                question_number=9,
            ),
        ),
    ),
    Page(
        "property_reference",
        (
            question(
                id="propcode",
                type="text",
                question_text="What is the property reference?",
                check_answer_label="Property reference",
                check_answer_prompt="Enter property reference",
                hint_text="This is how you usually refer to this property on your own systems.",
                width=10,
                question_number=10,
            ),
        ),
    ),
    Page(
        "declaration",
        (
            question(
                id="declaration",
                type="checkbox",
                question_text="Declaration",
                check_answer_label="Tenant has seen the privacy notice",
                check_answer_prompt="Tell us if tenant has seen the privacy notice",
                answer_options=options(
                    {"declaration": "The tenant has seen or been given access to the MHCLG privacy notice"}
                ),
                question_number=11,
            ),
        ),
        header="Ministry of Housing, Communities and Local Government privacy notice",
    ),
)
