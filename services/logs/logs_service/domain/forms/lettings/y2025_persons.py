"""Lettings 2025/26: the questions asked about each other household member (persons 2 to 8)."""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

# Where one person's page reads differently from the pattern (person 2: "1 person", not "1 people").
_EXCEPTIONS: dict[tuple[int, int], Page] = {
    (2, 0): Page(
        "person_2_known",
        (
            question(
                id="details_known_2",
                type="radio",
                question_text="Do you know details for person 2?",
                check_answer_label="Details known for person 2",
                check_answer_prompt="Tell us if you know person 2’s details",
                hint_text="You must provide details for everyone in the household if you know them.",
                answer_options=options({"0": "Yes", "1": "No"}),
            ),
        ),
        header="You’ve given us the details for 1 person in the household",
        depends_on=when({"hhmemb": {"operator": ">=", "operand": 2}}),
        check_answers_card_number=2,
    )
}


def person_pages(n: int) -> tuple[Page, ...]:
    """The pages about household member n (2 to 8), in form order."""
    pages = (
        Page(
            f"person_{n}_known",
            (
                question(
                    id=f"details_known_{n}",
                    type="radio",
                    question_text=f"Do you know details for person {n}?",
                    check_answer_label=f"Details known for person {n}",
                    check_answer_prompt=f"Tell us if you know person {n}’s details",
                    hint_text="You must provide details for everyone in the household if you know them.",
                    answer_options=options({"0": "Yes", "1": "No"}),
                ),
            ),
            header=f"You’ve given us the details for {n - 1} people in the household",
            depends_on=when({"hhmemb": {"operator": ">=", "operand": n}}),
            check_answers_card_number=n,
        ),
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
                    question_number=4 * n + 29,
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        Page(
            f"relationship_{n}_partner_under_16_value_check",
            (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
            depends_on=when({f"person_{n}_partner_under_16?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and has 'Partner' relationship to the lead tenant.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=(
                f"age{n}",
                f"relat{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"relationship_{n}_multiple_partners_value_check",
            (
                are_you_sure(
                    "multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"
                ),
            ),
            depends_on=when({"multiple_partners?": True}),
            title_text=soft_check(
                "You told us there are more than 1 persons with 'Partner' relationship to the lead tenant."
            ),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=(
                "relat2",
                "relat3",
                "relat4",
                "relat5",
                "relat6",
                "relat7",
                "relat8",
            ),
            check_answers_card_number=n,
        ),
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
                    question_number=4 * n + 30,
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
                    question_number=4 * n + 30,
                    inferred_check_answers_value=(({f"age{n}_known": 1}, "Not known"),),
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        Page(
            f"no_females_pregnant_household_person_{n}_age_value_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy answer"),),
            depends_on=when({"all_male_tenants_in_a_pregnant_household?": True, f"age{n}_known": 0}),
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
            check_answers_card_number=n,
        ),
        Page(
            f"females_in_soft_age_range_in_pregnant_household_person_{n}_age_value_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
            depends_on=when({"non_males_in_pregnant_household_not_in_pregnancy_range?": True, f"age{n}_known": 0}),
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
            check_answers_card_number=n,
        ),
        Page(
            f"age_{n}_under_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm retirement status",
                    question_text="Are you sure this person is retired?",
                ),
            ),
            depends_on=when({f"person_{n}_retired_under_soft_min_age?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and retired.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("The minimum expected retirement age in England is 66."),
            interruption_screen_question_ids=(
                f"ecstat{n}",
                f"age{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"age_{n}_over_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm retirement status",
                    question_text="Are you sure this person isn’t retired?",
                ),
            ),
            depends_on=when({f"person_{n}_not_retired_over_soft_max_age?": True}),
            title_text=soft_check("You told us this person is over 66 and not retired."),
            informative_text=soft_check("Are you sure this person isn’t retired?"),
            interruption_screen_question_ids=(
                f"ecstat{n}",
                f"age{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"age_{n}_partner_under_16_value_check",
            (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
            depends_on=when({f"person_{n}_partner_under_16?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and has 'Partner' relationship to the lead tenant.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=(
                f"age{n}",
                f"relat{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"age_{n}_net_income_value_check",
            (are_you_sure("net_income_value_check", "Net income confirmation", "Confirm net income"),),
            depends_on=when({"net_income_soft_validation_triggered?": True, f"details_known_{n}": 0}),
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
            f"person_{n}_gender_identity",
            (
                question(
                    id=f"sex{n}",
                    type="radio",
                    question_text=f"Which of these best describes person {n}’s gender identity?",
                    check_answer_label=f"Person {n}’s gender identity",
                    check_answer_prompt=f"Select person {n}’s gender identity",
                    hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                    answer_options=options(
                        {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"},
                        dividers=("X",),
                    ),
                    question_number=4 * n + 31,
                ),
            ),
            depends_on=when({f"details_known_{n}": 0}),
            check_answers_card_number=n,
        ),
        Page(
            f"no_females_pregnant_household_person_{n}_value_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy answer"),),
            depends_on=when({"all_male_tenants_in_a_pregnant_household?": True, f"details_known_{n}": 0}),
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
            check_answers_card_number=n,
        ),
        Page(
            f"females_in_soft_age_range_in_pregnant_household_person_{n}_value_check",
            (are_you_sure("pregnancy_value_check", "Pregnancy confirmation", "Confirm pregnancy status"),),
            depends_on=when({"non_males_in_pregnant_household_not_in_pregnancy_range?": True, f"details_known_{n}": 0}),
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
            check_answers_card_number=n,
        ),
        Page(
            f"gender_{n}_over_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm retirement status",
                    question_text="Are you sure this person isn’t retired?",
                ),
            ),
            depends_on=when({f"person_{n}_not_retired_over_soft_max_age?": True}),
            title_text=soft_check("You told us this person is over 66 and not retired."),
            informative_text=soft_check("Are you sure this person isn’t retired?"),
            interruption_screen_question_ids=(
                f"ecstat{n}",
                f"age{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"person_{n}_working_situation",
            (
                question(
                    id=f"ecstat{n}",
                    type="radio",
                    question_text=f"Which of these best describes person {n}’s working situation?",
                    check_answer_label=f"Person {n}’s working situation",
                    check_answer_prompt=f"Select person {n}’s working situation",
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
                    question_number=4 * n + 32,
                ),
            ),
            depends_on=when(
                {f"details_known_{n}": 0, f"age{n}": {"operator": ">", "operand": 15}},
                {f"details_known_{n}": 0, f"age{n}": None},
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"working_situation_{n}_under_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm retirement status",
                    question_text="Are you sure this person is retired?",
                ),
            ),
            depends_on=when({f"person_{n}_retired_under_soft_min_age?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and retired.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("The minimum expected retirement age in England is 66."),
            interruption_screen_question_ids=(
                f"ecstat{n}",
                f"age{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"working_situation_{n}_over_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm retirement status",
                    question_text="Are you sure this person isn’t retired?",
                ),
            ),
            depends_on=when({f"person_{n}_not_retired_over_soft_max_age?": True}),
            title_text=soft_check("You told us this person is over 66 and not retired."),
            informative_text=soft_check("Are you sure this person isn’t retired?"),
            interruption_screen_question_ids=(
                f"ecstat{n}",
                f"age{n}",
            ),
            check_answers_card_number=n,
        ),
        Page(
            f"working_situation_{n}_net_income_value_check",
            (are_you_sure("net_income_value_check", "Net income confirmation", "Confirm net income"),),
            depends_on=when({"net_income_soft_validation_triggered?": True, f"details_known_{n}": 0}),
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
    return tuple(_EXCEPTIONS.get((n, i), page) for i, page in enumerate(pages))
