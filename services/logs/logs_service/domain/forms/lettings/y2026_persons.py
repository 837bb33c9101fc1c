"""Lettings 2026/27: the questions asked about each other household member (persons 2 to 8)."""

from __future__ import annotations

from logs_service.domain.forms.lettings import y2025_persons
from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when


def person_pages(n: int) -> tuple[Page, ...]:
    """The pages about household member n (2 to 8), in form order."""
    # 2025 pages that 2026 asks unchanged (including person 2's "1 person" wording).
    unchanged = {page.id: page for page in y2025_persons.person_pages(n)}
    return (
        unchanged[f"person_{n}_known"],
        Page(
            f"person_{n}_age",
            (
                question(
                    id=f"age{n}_known",
                    type="radio",
                    question_text=f"Do you know person {n}’s age?",
                    check_answer_label=f"Person {n}’s age",
                    check_answer_prompt=f"Enter person {n}’s age if known",
                    answer_options=options({"0": "Yes", "1": "No"}),
                    conditional_for={f"age{n}": (0,)},
                    question_number=5 * n + 27,
                ),
                question(
                    id=f"age{n}",
                    type="numeric",
                    question_text="Age",
                    check_answer_label=f"Person {n}’s age",
                    check_answer_prompt=f"Enter person {n}’s age",
                    hint_text="Answer 1 for children aged under 1 year old",
                    min=1,
                    max=120,
                    step=1,
                    width=2,
                    question_number=5 * n + 27,
                    inferred_check_answers_value=(({f"age{n}_known": 1}, "Not known"),),
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        unchanged[f"age_{n}_net_income_value_check"],
        Page(
            f"person_{n}_lead_partner",
            (
                question(
                    id=f"relat{n}",
                    type="radio",
                    question_text=f"Is tenant {n} the partner of tenant 1?",
                    check_answer_label=f"Person {n} lead tenant’s partner",
                    check_answer_prompt=f"Tell us if person {n} is the lead tenant’s partner",
                    answer_options=options({"P": "Yes", "X": "No", "R": "Tenant prefers not to say"}),
                    question_number=5 * n + 28,
                ),
            ),
            depends_on=when(
                {f"details_known_{n}": 0, f"age{n}": {"operator": ">=", "operand": 16}},
                {f"details_known_{n}": 0, f"age{n}": None},
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"no_household_member_likely_to_be_pregnant_person_age_{n}_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
            depends_on=when({"no_household_member_likely_to_be_pregnant?": True, f"details_known_{n}": 0}),
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
            check_answers_card_number=n,
        ),
        unchanged[f"age_{n}_under_retirement_value_check"],
        unchanged[f"age_{n}_over_retirement_value_check"],
        Page(
            f"person_{n}_sex_registered_at_birth",
            (
                question(
                    id=f"sexrab{n}",
                    type="radio",
                    question_text=f"What was person {n}'s sex at birth?",
                    check_answer_label=f"Person {n}’s sex registered at birth",
                    check_answer_prompt=f"Select person {n}’s sex registered at birth",
                    hint_text="This is the sex that was registered at birth. The next question will ask about their gender identity.",
                    answer_options=options(
                        {"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)
                    ),
                    question_number=5 * n + 29,
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        Page(
            f"person_{n}_gender_same_as_sex",
            (
                question(
                    id=f"gender_same_as_sex{n}",
                    type="radio",
                    question_text=f"Is the gender person {n} identifies with the same as their sex registered at birth?",
                    check_answer_label=f"Person {n}’s gender identity same as sex registered at birth",
                    check_answer_prompt=f"Select person {n}’s gender identity same as sex registered at birth",
                    answer_options=options(
                        {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"},
                        dividers=("2",),
                    ),
                    conditional_for={f"gender_description{n}": (2,)},
                    question_number=5 * n + 30,
                    inferred_check_answers_value=(({f"gender_same_as_sex{n}": 2}, "No"),),
                ),
                question(
                    id=f"gender_description{n}",
                    type="text",
                    question_text="Enter gender identity",
                    check_answer_label="Gender identity description",
                    check_answer_prompt="Enter gender identity description",
                    question_number=5 * n + 30,
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        Page(
            f"no_household_member_likely_to_be_pregnant_person_{n}_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
            depends_on=when({"no_household_member_likely_to_be_pregnant?": True, f"details_known_{n}": 0}),
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
            check_answers_card_number=n,
        ),
        unchanged[f"gender_{n}_over_retirement_value_check"],
        Page(
            f"person_{n}_working_situation",
            (
                question(
                    id=f"ecstat{n}",
                    type="radio",
                    question_text=f"Which of these best describes person {n}’s working situation?",
                    check_answer_label=f"Person {n}’s working situation",
                    check_answer_prompt=f"Select person {n}’s working situation",
                    hint_text="People providing informal care for family and friends who are not in formal employment (but may receive carer's allowance) should answer 'Not seeking work'.",
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
                            "9": "Child under 16",
                            "0": "Other",
                            "10": "Person prefers not to say",
                        },
                        dividers=("0",),
                    ),
                    question_number=5 * n + 31,
                ),
            ),
            depends_on=when(
                {f"details_known_{n}": 0, f"age{n}": {"operator": ">", "operand": 15}},
                {f"details_known_{n}": 0, f"age{n}": None},
            ),
            check_answers_card_number=n,
        ),
        unchanged[f"working_situation_{n}_under_retirement_value_check"],
        unchanged[f"working_situation_{n}_over_retirement_value_check"],
        Page(
            f"working_situation_{n}_long_term_illness_check",
            (
                are_you_sure(
                    "working_situation_illness_check",
                    "Working situation illness confirmation",
                    "Confirm 'unable to work due to illness' working situation and long-term illness warning",
                ),
            ),
            depends_on=when(
                {
                    "at_least_one_working_situation_is_sickness_and_household_sickness_is_no?": True,
                    f"details_known_{n}": 0,
                }
            ),
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
            check_answers_card_number=n,
        ),
        unchanged[f"working_situation_{n}_net_income_value_check"],
    )
