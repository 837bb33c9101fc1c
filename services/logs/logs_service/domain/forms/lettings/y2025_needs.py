"""Lettings 2025/26: household needs.

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
from logs_service.domain.forms.routing import when

HOUSEHOLD_NEEDS = (
    Page(
        "armed_forces",
        (
            question(
                id="armedforces",
                type="radio",
                question_text="Does anybody in the household have any links to the UK armed forces?",
                check_answer_label="Household links to UK armed forces",
                check_answer_prompt="Tell us if there are any household links to UK armed forces",
                hint_text="This excludes national service.<br><br>If there are several people in the household with links to the UK armed forces, you should answer for the regular. If there’s no regular, answer for the reserve. If there’s no reserve, answer for the spouse or civil partner.",
                answer_options=options(
                    {
                        "1": "Yes – the person is a current or former regular",
                        "4": "Yes – the person is a current or former reserve",
                        "5": "Yes – the person is a spouse or civil partner of a UK armed forces member and has been bereaved or separated from them within the last 2 years",
                        "2": "No",
                        "3": "Person prefers not to say",
                        "6": "Don’t know",
                    },
                    dividers=("3",),
                ),
                question_number=65,
            ),
        ),
    ),
    Page(
        "armed_forces_serving",
        (
            question(
                id="leftreg",
                type="radio",
                question_text="Is the person still serving in the UK armed forces?",
                check_answer_label="Person still serving in UK armed forces",
                check_answer_prompt="Tell us if the person is still serving in UK armed forces",
                answer_options=options(
                    {
                        "6": "Yes",
                        "4": "No – they left up to and including 5 years ago",
                        "5": "No – they left more than 5 years ago",
                        "3": "Person prefers not to say",
                    },
                    dividers=("5",),
                ),
                question_number=66,
            ),
        ),
        depends_on=when({"armedforces": 1}),
    ),
    Page(
        "armed_forces_injured",
        (
            question(
                id="reservist",
                type="radio",
                question_text="Was the person seriously injured or ill as a result of serving in the UK armed forces?",
                check_answer_label="Person seriously injured or ill as result of serving in UK armed forces",
                check_answer_prompt="Tell us if the person is seriously injured or ill as result of serving in UK armed forces",
                answer_options=options({"1": "Yes", "2": "No", "3": "Person prefers not to say"}, dividers=("2",)),
                question_number=67,
            ),
        ),
        depends_on=when({"armedforces": 1}, {"armedforces": 4}),
    ),
    Page(
        "pregnant",
        (
            question(
                id="preg_occ",
                type="radio",
                question_text="Is anybody in the household pregnant?",
                check_answer_label="Anybody in household pregnant",
                check_answer_prompt="Tell us if anybody in the household is pregnant",
                answer_options=options({"1": "Yes", "2": "No", "3": "Tenant prefers not to say"}, dividers=("2",)),
                question_number=68,
            ),
        ),
    ),
    Page(
        "no_females_pregnant_household_value_check",
        (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy answer"),),
        depends_on=when({"all_male_tenants_in_a_pregnant_household?": True}),
        title_text=soft_check("You told us somebody in the household is pregnant."),
        informative_text=soft_check("You also told us that all the tenants living at the property are male."),
        interruption_screen_question_ids=(
            "preg_occ",
            "sex1",
            "sex2",
            "sex3",
            "sex4",
            "sex5",
            "sex6",
            "sex7",
            "sex8",
        ),
    ),
    Page(
        "females_in_soft_age_range_in_pregnant_household_value_check",
        (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
        depends_on=when({"non_males_in_pregnant_household_not_in_pregnancy_range?": True}),
        title_text=soft_check("You told us somebody in the household is pregnant."),
        informative_text=soft_check(
            'You also told us that any female tenants living at the property are in the following age ranges:<ul class="govuk-body-l app-panel--interruption"><li>under 16 years old</li><li>over 50 years old</li></ul>'
        ),
        interruption_screen_question_ids=(
            "preg_occ",
            "sex1",
            "sex2",
            "sex3",
            "sex4",
            "sex5",
            "sex6",
            "sex7",
            "sex8",
            "age1",
            "age2",
            "age3",
            "age4",
            "age5",
            "age6",
            "age7",
            "age8",
        ),
    ),
    Page(
        "access_needs_exist",
        (
            question(
                id="housingneeds",
                type="radio",
                question_text="Does anybody in the household have any disabled access needs?",
                check_answer_label="Anybody with disabled access needs",
                check_answer_prompt="Tell us if there is anybody with disabled access needs",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=69,
            ),
        ),
    ),
    Page(
        "type_of_access_needs",
        (
            question(
                id="housingneeds_type",
                type="radio",
                question_text="What type of access needs do they have?",
                check_answer_label="Disabled access needs",
                check_answer_prompt="Select disabled access needs",
                answer_options=options(
                    {
                        "0": "Fully wheelchair accessible housing",
                        "1": "Wheelchair access to essential rooms",
                        "2": "Level access housing",
                        "3": "None of the listed options",
                    },
                    dividers=("2",),
                ),
                question_number=70,
            ),
            question(
                id="housingneeds_other",
                type="radio",
                question_text="Do they have any other disabled access needs?",
                check_answer_label="Other disabled access needs",
                check_answer_prompt="Tell us if they have any other disabled access needs",
                answer_options=options({"1": "Yes", "0": "No", "2": "Don’t know"}, dividers=("0",)),
                question_number=71,
            ),
        ),
        header="Disabled access needs",
        depends_on=when({"housingneeds": 1}),
    ),
    Page(
        "health_conditions",
        (
            question(
                id="illness",
                type="radio",
                question_text="Does anybody in the household have a physical or mental health condition (or other illness) expected to last 12 months or more?",
                check_answer_label="Anybody in household with physical or mental health condition",
                check_answer_prompt="Tell us if anybody in the household has a physical or mental health condition",
                answer_options=options({"1": "Yes", "2": "No", "3": "Tenant prefers not to say"}, dividers=("2",)),
                question_number=72,
            ),
        ),
    ),
    Page(
        "health_condition_effects",
        (
            question(
                id="condition_effects",
                type="checkbox",
                question_text="How is the person affected by their condition or illness?",
                check_answer_label="How is person affected by condition or illness",
                check_answer_prompt="Select how the person is affected by their condition or illness",
                hint_text="Select all that apply.",
                answer_options=options(
                    {
                        "illness_type_4": "Dexterity",
                        "illness_type_5": "Learning or understanding or concentrating",
                        "illness_type_2": "Hearing",
                        "illness_type_6": "Memory",
                        "illness_type_7": "Mental health",
                        "illness_type_3": "Mobility",
                        "illness_type_9": "Socially or behaviourally",
                        "illness_type_8": "Stamina or breathing or fatigue",
                        "illness_type_1": "Vision",
                        "illness_type_10": "Other",
                    },
                    hints={
                        "illness_type_4": "For example, lifting and carrying objects or using a keyboard.",
                        "illness_type_2": "For example, deafness or partial hearing.",
                        "illness_type_7": "For example, depression or anxiety.",
                        "illness_type_3": "For example, walking short distances or climbing stairs.",
                        "illness_type_9": "For example, associated with autism spectrum disorder (ASD) which includes Asperger’s or attention deficit hyperactivity disorder (ADHD).",
                        "illness_type_1": "For example, blindness or partial sight.",
                    },
                ),
                question_number=73,
            ),
        ),
        depends_on=when({"illness": 1}),
    ),
)
