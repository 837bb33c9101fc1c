"""Lettings 2026/27: household characteristics (the lead tenant; other members in persons). Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    renumbered,
    revised,
    soft_check,
)
from logs_service.domain.forms.lettings.y2025 import PAGES_BY_ID as Y2025
from logs_service.domain.forms.lettings.y2026_persons import person_pages
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

LEAD_TENANT = (
    revised(renumbered(Y2025["household_members"], {"hhmemb": 29}), check_answers_card_title="Household"),
    Page(
        "no_household_member_likely_to_be_pregnant_hhmemb_check",
        (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
        depends_on=when({"no_household_member_likely_to_be_pregnant?": True}),
        title_text=soft_check("You told us somebody in the household is pregnant."),
        informative_text=soft_check(
            "Your answers for the age, sex and gender of each household member suggest there is no household member who is likely to be pregnant."
        ),
        interruption_screen_question_ids=(
            "preg_occ",
            "age1",
            "sexrab1",
            "gender_same_as_sex1",
            "age2",
            "sexrab2",
            "gender_same_as_sex2",
            "age3",
            "sexrab3",
            "gender_same_as_sex3",
            "age4",
            "sexrab4",
            "gender_same_as_sex4",
            "age5",
            "sexrab5",
            "gender_same_as_sex5",
            "age6",
            "sexrab6",
            "gender_same_as_sex6",
            "age7",
            "sexrab7",
            "gender_same_as_sex7",
            "age8",
            "sexrab8",
            "gender_same_as_sex8",
        ),
    ),
    Y2025["hhmemb_net_income_value_check"],
    renumbered(Y2025["lead_tenant_age"], {"age1_known": 30, "age1": 30}),
    Page(
        "no_household_member_likely_to_be_pregnant_lead_age_check",
        (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
        depends_on=when({"no_household_member_likely_to_be_pregnant?": True}),
        title_text=soft_check("You told us somebody in the household is pregnant."),
        informative_text=soft_check(
            "Your answers for the age, sex and gender of each household member suggest there is no household member who is likely to be pregnant."
        ),
        interruption_screen_question_ids=(
            "preg_occ",
            "age1",
            "sexrab1",
            "gender_same_as_sex1",
            "age2",
            "sexrab2",
            "gender_same_as_sex2",
            "age3",
            "sexrab3",
            "gender_same_as_sex3",
            "age4",
            "sexrab4",
            "gender_same_as_sex4",
            "age5",
            "sexrab5",
            "gender_same_as_sex5",
            "age6",
            "sexrab6",
            "gender_same_as_sex6",
            "age7",
            "sexrab7",
            "gender_same_as_sex7",
            "age8",
            "sexrab8",
            "gender_same_as_sex8",
        ),
        check_answers_card_number=1,
    ),
    Y2025["age_lead_tenant_under_retirement_value_check"],
    Y2025["age_lead_tenant_over_retirement_value_check"],
    Page(
        "lead_tenant_sex_registered_at_birth",
        (
            question(
                id="sexrab1",
                type="radio",
                question_text="What was the lead tenant's sex at birth?",
                check_answer_label="Lead tenant’s sex registered at birth",
                check_answer_prompt="Select lead tenant’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the lead tenant's gender identity.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "R": "Lead tenant prefers not to say"}, dividers=("M",)
                ),
                question_number=31,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "lead_tenant_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex1",
                type="radio",
                question_text="Is the gender the lead tenant identifies with the same as their sex registered at birth?",
                check_answer_label="Lead tenant’s gender identity same as sex registered at birth",
                check_answer_prompt="Select lead tenant’s gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Lead tenant prefers not to say"},
                    dividers=("2",),
                ),
                conditional_for={"gender_description1": (2,)},
                question_number=32,
                inferred_check_answers_value=(({"gender_same_as_sex1": 2}, "No"),),
            ),
            question(
                id="gender_description1",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=32,
            ),
        ),
        depends_on=when({"declaration": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "no_household_member_likely_to_be_pregnant_lead_check",
        (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
        depends_on=when({"no_household_member_likely_to_be_pregnant?": True}),
        title_text=soft_check("You told us somebody in the household is pregnant."),
        informative_text=soft_check(
            "Your answers for the age, sex and gender of each household member suggest there is no household member who is likely to be pregnant."
        ),
        interruption_screen_question_ids=(
            "preg_occ",
            "age1",
            "sexrab1",
            "gender_same_as_sex1",
            "age2",
            "sexrab2",
            "gender_same_as_sex2",
            "age3",
            "sexrab3",
            "gender_same_as_sex3",
            "age4",
            "sexrab4",
            "gender_same_as_sex4",
            "age5",
            "sexrab5",
            "gender_same_as_sex5",
            "age6",
            "sexrab6",
            "gender_same_as_sex6",
            "age7",
            "sexrab7",
            "gender_same_as_sex7",
            "age8",
            "sexrab8",
            "gender_same_as_sex8",
        ),
        check_answers_card_number=1,
    ),
    Y2025["gender_lead_tenant_over_retirement_value_check"],
    Y2025["lead_tenant_ethnic_group"],
    Y2025["lead_tenant_ethnic_background_arab"],
    Y2025["lead_tenant_ethnic_background_asian"],
    Y2025["lead_tenant_ethnic_background_black"],
    Y2025["lead_tenant_ethnic_background_mixed"],
    Y2025["lead_tenant_ethnic_background_white"],
    Y2025["lead_tenant_nationality"],
    Page(
        "lead_tenant_working_situation",
        (
            question(
                id="ecstat1",
                type="radio",
                question_text="Which of these best describes the lead tenant’s working situation?",
                check_answer_label="Lead tenant’s working situation",
                check_answer_prompt="Select lead tenant’s working situation",
                hint_text="This is the household member who does the most paid work. If several people do the same amount of paid work, it's the oldest household member. People providing informal care for family and friends who are not in formal employment (but may receive carer's allowance) should answer 'Not seeking work'.",
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
    Y2025["working_situation_lead_tenant_under_retirement_value_check"],
    Y2025["working_situation_lead_tenant_over_retirement_value_check"],
    Page(
        "working_situation_lead_tenant_long_term_illness_check",
        (
            are_you_sure(
                "working_situation_illness_check",
                "Working situation illness confirmation",
                "Confirm 'unable to work due to illness' working situation and long-term illness warning",
            ),
        ),
        depends_on=when({"at_least_one_working_situation_is_sickness_and_household_sickness_is_no?": True}),
        title_text=soft_check(
            "You have said that at least one person's situation is 'Unable to work because of long-term sickness or disability'."
        ),
        informative_text=soft_check(
            "You also told us there is no-one in the household with a long-lasting health condition."
        ),
        interruption_screen_question_ids=(
            "illness",
            "ecstat1",
            "ecstat2",
            "ecstat3",
            "ecstat4",
            "ecstat5",
            "ecstat6",
            "ecstat7",
            "ecstat8",
        ),
        check_answers_card_number=1,
    ),
    Y2025["working_situation_lead_tenant_net_income_value_check"],
)

HOUSEHOLD_CHARACTERISTICS = (*LEAD_TENANT, *(page for n in range(2, 9) for page in person_pages(n)))
