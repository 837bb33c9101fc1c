"""Lettings 2025/26: household characteristics (the lead tenant; other members in persons).

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
)
from logs_service.domain.forms.lettings.y2025_persons import person_pages
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.nationalities import NATIONALITIES
from logs_service.domain.forms.routing import when

LEAD_TENANT = (
    Page(
        "household_members",
        (
            question(
                id="hhmemb",
                type="numeric",
                question_text="How many people live in the household for this letting?",
                check_answer_label="Number of household members",
                check_answer_prompt="Enter total number of household members",
                hint_text="You can answer up to 15 people. You will be asked to add details for a maximum of 8 people in the next questions.",
                min=1,
                max=15,
                step=1,
                width=2,
                question_number=30,
            ),
        ),
        depends_on=when({"declaration": 1}),
    ),
    Page(
        "no_females_pregnant_household_lead_hhmemb_value_check",
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
        "females_in_soft_age_range_in_pregnant_household_lead_hhmemb_value_check",
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
        "hhmemb_net_income_value_check",
        (are_you_sure("net_income_value_check", "Net income confirmation", "Confirm net income"),),
        depends_on=when({"net_income_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us that the household’s income is %{earnings} %{incfreq}.",
            {"key": "incfreq", "label": True, "i18n_template": "incfreq"},
            {"key": "field_formatted_as_currency", "arguments_for_key": "earnings", "i18n_template": "earnings"},
        ),
        informative_text=soft_check(
            "This is %{net_income_higher_or_lower_text} than we would expect for the household’s working situation.",
            {
                "key": "net_income_higher_or_lower_text",
                "label": False,
                "i18n_template": "net_income_higher_or_lower_text",
            },
        ),
        interruption_screen_question_ids=(
            "incfreq",
            "earnings",
            "hhmemb",
            "ecstat1",
            "age2",
            "ecstat2",
            "age3",
            "ecstat3",
            "age4",
            "ecstat4",
            "age5",
            "ecstat5",
            "age6",
            "ecstat6",
            "age7",
            "ecstat7",
            "age8",
            "ecstat8",
        ),
    ),
    Page(
        "lead_tenant_age",
        (
            question(
                id="age1_known",
                type="radio",
                question_text="Do you know the lead tenant’s age?",
                check_answer_label="Lead tenant’s age",
                check_answer_prompt="Enter lead tenant’s age if known",
                hint_text="The lead tenant is the person in the household who does the most paid work. If several people do the same paid work, the lead tenant is whoever is the oldest.",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age1": (0,)},
                question_number=31,
            ),
            question(
                id="age1",
                type="numeric",
                question_text="Age",
                check_answer_label="Lead tenant’s age",
                check_answer_prompt="Enter lead tenant’s age",
                min=16,
                max=120,
                step=1,
                width=2,
                question_number=31,
                inferred_check_answers_value=(({"age1_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "no_females_pregnant_household_lead_age_value_check",
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
        check_answers_card_number=1,
    ),
    Page(
        "females_in_soft_age_range_in_pregnant_household_lead_age_value_check",
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
        check_answers_card_number=1,
    ),
    Page(
        "age_lead_tenant_under_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm retirement status",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_1_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age1", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=(
            "ecstat1",
            "age1",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "age_lead_tenant_over_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm retirement status",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_1_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("Are you sure this person isn’t retired?"),
        interruption_screen_question_ids=(
            "ecstat1",
            "age1",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_gender_identity",
        (
            question(
                id="sex1",
                type="radio",
                question_text="Which of these best describes the lead tenant’s gender identity?",
                check_answer_label="Lead tenant’s gender identity",
                check_answer_prompt="Select lead tenant’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Tenant prefers not to say"}, dividers=("X",)
                ),
                question_number=32,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "no_females_pregnant_household_lead_value_check",
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
        check_answers_card_number=1,
    ),
    Page(
        "females_in_soft_age_range_in_pregnant_household_lead_value_check",
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
        check_answers_card_number=1,
    ),
    Page(
        "gender_lead_tenant_over_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm retirement status",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_1_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("Are you sure this person isn’t retired?"),
        interruption_screen_question_ids=(
            "ecstat1",
            "age1",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_group",
        (
            question(
                id="ethnic_group",
                type="radio",
                question_text="What is the lead tenant’s ethnic group?",
                check_answer_label="Lead tenant’s ethnic group",
                check_answer_prompt="Select lead tenant’s ethnic group",
                answer_options=options(
                    {
                        "0": "White",
                        "1": "Mixed or Multiple ethnic groups",
                        "2": "Asian or Asian British",
                        "3": "Black, African, Caribbean or Black British",
                        "4": "Arab or other ethnic group",
                        "17": "Tenant prefers not to say",
                    },
                    dividers=("4",),
                ),
                question_number=33,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_background_arab",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes the lead tenant’s Arab background?",
                check_answer_label="Lead tenant’s ethnic background",
                check_answer_prompt="Select lead tenant’s ethnic background",
                answer_options=options({"19": "Arab", "16": "Other ethnic group"}),
                question_number=34,
            ),
        ),
        depends_on=when({"ethnic_group": 4}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_background_asian",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes lead tenant’s Asian or Asian British background?",
                check_answer_label="Lead tenant’s ethnic background",
                check_answer_prompt="Select lead tenant’s ethnic background",
                answer_options=options(
                    {
                        "10": "Bangladeshi",
                        "15": "Chinese",
                        "8": "Indian",
                        "9": "Pakistani",
                        "11": "Any other Asian or Asian British background",
                    }
                ),
                question_number=34,
            ),
        ),
        depends_on=when({"ethnic_group": 2}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_background_black",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes lead tenant’s Black, African, Caribbean or Black British background?",
                check_answer_label="Lead tenant’s ethnic background",
                check_answer_prompt="Select lead tenant’s ethnic background",
                answer_options=options(
                    {
                        "13": "African",
                        "12": "Caribbean",
                        "14": "Any other Black, African, Caribbean or Black British background",
                    }
                ),
                question_number=34,
            ),
        ),
        depends_on=when({"ethnic_group": 3}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_background_mixed",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes lead tenant’s Mixed or Multiple ethnic groups background?",
                check_answer_label="Lead tenant’s ethnic background",
                check_answer_prompt="Select lead tenant’s ethnic background",
                answer_options=options(
                    {
                        "4": "White and Black Caribbean",
                        "5": "White and Black African",
                        "6": "White and Asian",
                        "7": "Any other Mixed or Multiple ethnic background",
                    }
                ),
                question_number=34,
            ),
        ),
        depends_on=when({"ethnic_group": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_ethnic_background_white",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes lead tenant’s White background?",
                check_answer_label="Lead tenant’s ethnic background",
                check_answer_prompt="Select lead tenant’s ethnic background",
                answer_options=options(
                    {
                        "1": "English, Welsh, Northern Irish, Scottish or British",
                        "2": "Irish",
                        "18": "Gypsy or Irish Traveller",
                        "20": "Roma",
                        "3": "Any other White background",
                    }
                ),
                question_number=34,
            ),
        ),
        depends_on=when({"ethnic_group": 0}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_nationality",
        (
            question(
                id="nationality_all_group",
                type="radio",
                question_text="What is the nationality of the lead tenant?",
                check_answer_label="Lead tenant’s nationality",
                check_answer_prompt="Select lead tenant’s nationality",
                hint_text="If the lead tenant is a dual national of the United Kingdom and another country, enter United Kingdom. If they are a dual national of two other countries, the tenant should decide which country to enter.",
                answer_options=options({"826": "United Kingdom", "12": "Other", "0": "Tenant prefers not to say"}),
                conditional_for={"nationality_all": (12,)},
                question_number=35,
            ),
            question(
                id="nationality_all",
                type="select",
                question_text="Enter a nationality",
                check_answer_label="Lead tenant’s nationality",
                check_answer_prompt="Select lead tenant’s nationality",
                answer_options=options(NATIONALITIES),
                question_number=35,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_working_situation",
        (
            question(
                id="ecstat1",
                type="radio",
                question_text="Which of these best describes the lead tenant’s working situation?",
                check_answer_label="Lead tenant’s working situation",
                check_answer_prompt="Select lead tenant’s working situation",
                answer_options=options(
                    {
                        "1": "Full-time – 30 hours or more per week",
                        "2": "Part-time – Less than 30 hours per week",
                        "7": "Full-time student",
                        "3": "In government training into work",
                        "4": "Jobseeker",
                        "6": "Not seeking work",
                        "8": "Unable to work because of long-term sickness or disability",
                        "5": "Retired",
                        "0": "Other",
                        "10": "Tenant prefers not to say",
                    },
                    dividers=("0",),
                ),
                question_number=36,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_lead_tenant_under_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm retirement status",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_1_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age1", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=(
            "ecstat1",
            "age1",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_lead_tenant_over_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm retirement status",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_1_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("Are you sure this person isn’t retired?"),
        interruption_screen_question_ids=(
            "ecstat1",
            "age1",
        ),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_lead_tenant_net_income_value_check",
        (are_you_sure("net_income_value_check", "Net income confirmation", "Confirm net income"),),
        depends_on=when({"net_income_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us that the household’s income is %{earnings} %{incfreq}.",
            {"key": "incfreq", "label": True, "i18n_template": "incfreq"},
            {"key": "field_formatted_as_currency", "arguments_for_key": "earnings", "i18n_template": "earnings"},
        ),
        informative_text=soft_check(
            "This is %{net_income_higher_or_lower_text} than we would expect for the household’s working situation.",
            {
                "key": "net_income_higher_or_lower_text",
                "label": False,
                "i18n_template": "net_income_higher_or_lower_text",
            },
        ),
        interruption_screen_question_ids=(
            "incfreq",
            "earnings",
            "hhmemb",
            "ecstat1",
            "age2",
            "ecstat2",
            "age3",
            "ecstat3",
            "age4",
            "ecstat4",
            "age5",
            "ecstat5",
            "age6",
            "ecstat6",
            "age7",
            "ecstat7",
            "age8",
            "ecstat8",
        ),
    ),
)

HOUSEHOLD_CHARACTERISTICS = (*LEAD_TENANT, *(page for n in range(2, 9) for page in person_pages(n)))
