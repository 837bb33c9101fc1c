"""The lettings form: so far its setup section ("Set up this lettings log"), 2025/26 and 2026/27.

Texts, codes, labels and prompts are the live service's (reference forms `lettings_2025.json` and
`lettings_2026.json`, section "setup"). Not yet here: the scheme and location pages (supported
housing), the assigned-user page, the privacy-notice declaration and the rent type's reveal of
`irproduct_other`; and every section after setup.
"""

from __future__ import annotations

from logs_service.domain.forms.checks import startdate_at_most_14_days_ahead, startdate_in_open_collection_window
from logs_service.domain.forms.model import AnswerOption, Form, Page, Question
from logs_service.domain.forms.predicates import (
    MANAGING_AGENTS,
    STOCK_OWNERS,
    managing_agent_choice_needed,
    stock_owner_choice_needed,
)

SETUP_LABEL = "Set up this lettings log"


def _options(*pairs: tuple[str, str]) -> tuple[AnswerOption, ...]:
    return tuple(AnswerOption(value, label) for value, label in pairs)


OWNING_ORGANISATION = Question(
    id="owning_organisation_id",
    type="select",
    question_text="Which organisation owns this property?",
    check_answer_label="Stock owner",
    check_answer_prompt="Select stock owner",
    options_source=STOCK_OWNERS,
    derived=True,
)

MANAGING_ORGANISATION = Question(
    id="managing_organisation_id",
    type="select",
    question_text="Which organisation manages this letting?",
    check_answer_label="Managing agent",
    check_answer_prompt="Select managing agent",
    options_source=MANAGING_AGENTS,
    derived=True,
)

NEEDSTYPE_HINT_2025 = (
    "General needs housing includes both self-contained and shared housing without support or specific "
    "adaptations. Supported housing can include direct access hostels, group homes, residential care and nursing "
    "homes."
)

RENEWAL = Question(
    id="renewal",
    type="radio",
    question_text="Is this letting a renewal of social housing to the same tenant in the same property?",
    hint_text="If the property was previously being used as temporary accommodation, then answer 'no'.",
    check_answer_label="Property renewal",
    check_answer_prompt="Tell us if it’s a property renewal",
    answer_options=_options(("1", "Yes"), ("0", "No")),
)

STARTDATE_HINT_2026 = (
    "The tenancy start date can be up to 14 days from today. If your tenancy starts more than 14 days into the "
    "future, please wait until you are within 14 days of the start date before submitting your log. <br><br>For "
    "example, if you’re answering this question on 1 April, you can enter a tenancy start date up to and including "
    "15 April."
)

SPECIFIED_ACCOMMODATION = (
    "Specified accommodation - exempt accommodation, managed properties, refuges and local authority hostels"
)

RENT_TYPE = Question(
    id="rent_type",
    type="radio",
    question_text="What is the rent type?",
    check_answer_label="Rent type",
    check_answer_prompt="Select rent type",
    answer_options=_options(
        ("0", "Social Rent"),
        ("1", "Affordable Rent"),
        ("2", "London Affordable Rent"),
        ("3", "Rent to Buy"),
        ("4", "London Living Rent"),
        ("5", "Other intermediate rent product"),
        (
            "6",
            "Specified accommodation - exempt accommodation, managed properties, refuges and local authority hostels",
        ),
    ),
)

TENANCYCODE = Question(
    id="tenancycode",
    type="text",
    question_text="What is the tenant code?",
    hint_text="This is how you usually refer to this tenancy on your own systems.",
    check_answer_label="Tenant code",
    check_answer_prompt="Enter tenant code",
    width=10,
    optional=True,
)

PROPCODE = Question(
    id="propcode",
    type="text",
    question_text="What is the property reference?",
    hint_text="This is how you usually refer to this property on your own systems.",
    check_answer_label="Property reference",
    check_answer_prompt="Enter property reference",
    width=10,
    optional=True,
)


def _needstype(hint_text: str) -> Question:
    return Question(
        id="needstype",
        type="radio",
        question_text="What is the needs type?",
        hint_text=hint_text,
        check_answer_label="Needs type",
        check_answer_prompt="Select needs type",
        answer_options=_options(("1", "General needs"), ("2", "Supported housing")),
    )


def _startdate(hint_text: str) -> Question:
    return Question(
        id="startdate",
        type="date",
        question_text="What is the tenancy start date?",
        hint_text=hint_text,
        check_answer_label="Tenancy start date",
        check_answer_prompt="Set tenancy start date",
        checks=(startdate_in_open_collection_window, startdate_at_most_14_days_ahead),
    )


def _setup_pages(start_year: int) -> tuple[Page, ...]:
    later = start_year >= 2026  # 2026/27 moved the needs type hint into a page header and hinted the date
    return (
        Page("stock_owner", (OWNING_ORGANISATION,), depends_on=stock_owner_choice_needed),
        Page("managing_organisation", (MANAGING_ORGANISATION,), depends_on=managing_agent_choice_needed),
        Page(
            "needs_type",
            (_needstype("" if later else NEEDSTYPE_HINT_2025),),
            header="Needs type" if later else "",
        ),
        Page("renewal", (RENEWAL,)),
        Page("tenancy_start_date", (_startdate(STARTDATE_HINT_2026 if later else ""),)),
        Page("rent_type", (RENT_TYPE,), header="Rent Type"),
        Page("tenant_code", (TENANCYCODE,)),
        Page("property_reference", (PROPCODE,)),
    )


def lettings_form(start_year: int) -> Form:
    return Form(log_type="lettings", start_year=start_year, section_label=SETUP_LABEL, pages=_setup_pages(start_year))
