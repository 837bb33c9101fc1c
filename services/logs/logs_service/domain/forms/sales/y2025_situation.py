"""Sales 2025/26: household situation and other household information.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import LOCAL_AUTHORITIES
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

HOUSEHOLD_SITUATION = (
    Page(
        "buyer1_previous_tenure",
        (
            question(
                id="prevten",
                type="radio",
                question_text="What was buyer 1’s previous tenure?",
                check_answer_label="Buyer 1’s previous tenure",
                check_answer_prompt="Select buyer 1’s previous tenure",
                answer_options=options(
                    {
                        "1": "Local authority tenant",
                        "2": "Private registered provider or housing association tenant",
                        "3": "Private tenant",
                        "5": "Owner occupier",
                        "4": "Tied home or renting with job",
                        "6": "Living with family or friends",
                        "7": "Temporary accommodation",
                        "9": "Other",
                        "0": "Don’t know",
                    },
                    dividers=("9",),
                ),
                question_number=56,
            ),
        ),
    ),
    Page(
        "last_accommodation",
        (
            question(
                id="ppcodenk",
                type="radio",
                question_text="Do you know the postcode of buyer 1’s last settled accommodation?",
                check_answer_label="Postcode of buyer 1’s last settled accommodation",
                check_answer_prompt="Enter the postcode of the buyer’s last settled accommodation if known",
                hint_text="This is also known as the household’s 'last settled home'",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"ppostcode_full": (0,)},
                question_number=57,
            ),
            question(
                id="ppostcode_full",
                type="text",
                question_text="Postcode",
                check_answer_label="Postcode of buyer 1’s last settled accommodation",
                check_answer_prompt="Enter postcode of buyer 1’s last settled accommodation",
                width=5,
                question_number=57,
                inferred_check_answers_value=(({"ppcodenk": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"discounted_ownership?": False}),
    ),
    Page(
        "last_accommodation_la",
        (
            question(
                id="previous_la_known",
                keep_answer_when_not_routed=True,
                type="radio",
                question_text="Do you know the local authority of buyer 1’s last settled accommodation?",
                check_answer_label="Local authority of buyer 1’s last settled accommodation",
                check_answer_prompt="Enter the local authority of the buyer’s last settled accommodation if known",
                hint_text="This is also known as the household’s 'last settled home'",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"prevloc": (1,)},
                question_number=58,
            ),
            question(
                id="prevloc",
                keep_answer_when_not_routed=True,
                type="select",
                question_text="Select a local authority",
                check_answer_label="Local authority of buyer 1’s last settled accommodation",
                check_answer_prompt="Select local authority of buyer 1’s last settled accommodation",
                options_source=LOCAL_AUTHORITIES,
                question_number=58,
                inferred_check_answers_value=(({"previous_la_known": 0}, "Not known"),),
            ),
        ),
        depends_on=when({"is_previous_la_inferred": False, "discounted_ownership?": False}),
    ),
    Page(
        "buyer_2_living_in",
        (
            question(
                id="buy2living",
                type="radio",
                question_text="At the time of purchase, was buyer 2 living at the same address as buyer 1?",
                check_answer_label="Buyer 2 living at the same address",
                check_answer_prompt="Select buyer 2 living at the same address",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=59,
            ),
        ),
        depends_on=when({"buyer_two_will_live_in_property?": True}),
    ),
    Page(
        "buyer_2_previous_housing_situation",
        (
            question(
                id="prevtenbuy2",
                type="radio",
                question_text="What was buyer 2’s previous tenure?",
                check_answer_label="Buyer 2’s previous tenure",
                check_answer_prompt="Select buyer 2’s previous tenure",
                answer_options=options(
                    {
                        "1": "Local authority tenant",
                        "2": "Private registered provider or housing association tenant",
                        "3": "Private tenant",
                        "5": "Owner occupier",
                        "4": "Tied home or renting with job",
                        "6": "Living with family or friends",
                        "7": "Temporary accommodation",
                        "9": "Other",
                        "0": "Don’t know",
                    },
                    dividers=("9",),
                ),
                question_number=60,
            ),
        ),
        depends_on=when({"buyer_two_not_already_living_in_property?": True}),
    ),
)
OTHER_HOUSEHOLD_INFORMATION = (
    Page(
        "armed_forces",
        (
            question(
                id="hhregres",
                type="radio",
                question_text="Have any of the buyers ever served as a regular in the UK armed forces?",
                check_answer_label="Any buyer has served as regulars in the UK armed forces",
                check_answer_prompt="Tell us if any buyer has ever served as a regular in the UK armed forces",
                hint_text="A regular is somebody who has served in the Royal Navy, the Royal Marines, the Royal Air Force or Army full time and does not include reserve forces",
                answer_options=options(
                    {"1": "Yes", "7": "No", "3": "Buyer prefers not to say", "8": "Don’t know"}, dividers=("3",)
                ),
                question_number=61,
            ),
        ),
    ),
    Page(
        "buyer_still_serving",
        (
            question(
                id="hhregresstill",
                type="radio",
                question_text="Is the buyer still serving in the UK armed forces?",
                check_answer_label="Buyer still serving in the UK armed forces",
                check_answer_prompt="Tell us if the buyer is still serving in the UK armed forces",
                answer_options=options(
                    {
                        "4": "Yes",
                        "5": "No - they left up to and including 2 years ago",
                        "6": "No - they left more than 2 years ago",
                        "9": "Don’t know",
                        "10": "No",
                    },
                    dividers=("6",),
                ),
                question_number=62,
            ),
        ),
        depends_on=when({"hhregres": 1}),
    ),
    Page(
        "armed_forces_spouse",
        (
            question(
                id="armedforcesspouse",
                type="radio",
                question_text="Are any of the buyers a spouse or civil partner of a UK armed forces regular who died in service within the last 2 years?",
                check_answer_label="Any buyer is a spouse or civil partner of a UK armed forces regular who died in service within the last 2 years",
                check_answer_prompt="Tell us if any buyers are a spouse or civil partner of a UK armed forces regular who died in service within the last 2 years",
                answer_options=options(
                    {"4": "Yes", "5": "No", "6": "Buyer prefers not to say", "7": "Don’t know"}, dividers=("6",)
                ),
                question_number=63,
            ),
        ),
    ),
    Page(
        "household_disability",
        (
            question(
                id="disabled",
                type="radio",
                question_text="Does anyone in the household consider themselves to have a disability?",
                check_answer_label="Household member has a disability",
                check_answer_prompt="Tell us if someone has a disability",
                hint_text="This includes any long-term health condition that has an impact on the person’s day-to-day life",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=64,
            ),
        ),
    ),
    Page(
        "disability_wheelchair_check",
        (
            are_you_sure(
                "wheel_value_check",
                "Household member uses a wheelchair",
                "Confirm household member uses a wheelchair",
                question_text="You told us that someone in the household uses a wheelchair.",
            ),
        ),
        depends_on=when({"wheelchair_when_not_disabled?": True}),
        title_text=soft_check("You told us that someone in the household uses a wheelchair."),
        interruption_screen_question_ids=("disabled", "wheel"),
    ),
    Page(
        "household_wheelchair",
        (
            question(
                id="wheel",
                type="radio",
                question_text="Does anyone in the household use a wheelchair?",
                check_answer_label="Household member uses a wheelchair",
                check_answer_prompt="Tell us if someone uses a wheelchair",
                hint_text="This can be inside or outside the home",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=65,
            ),
        ),
    ),
    Page(
        "wheelchair_check",
        (
            are_you_sure(
                "wheel_value_check",
                "Household member uses a wheelchair",
                "Confirm household member uses a wheelchair",
                question_text="You told us that someone in the household uses a wheelchair.",
            ),
        ),
        depends_on=when({"wheelchair_when_not_disabled?": True}),
        title_text=soft_check("You told us that someone in the household uses a wheelchair."),
        interruption_screen_question_ids=("disabled", "wheel"),
    ),
)
