"""Sales 2025/26: household characteristics: the other people living in the property.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import When, when
from logs_service.domain.forms.sales.builders import question


def _details_asked(n: int) -> When:
    """Person n's details are asked when the household count includes them: buyer 1 and person 2..n, or
    both buyers and person 3..n for a joint purchase."""
    not_joint = {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": n - 1}}
    if n == 2:  # with a joint purchase, person 2 is the second buyer
        return when(not_joint)
    return when(not_joint, {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": n - 2}})


def _retirement_checks(after: str, n: int) -> tuple[Page, Page]:
    """The two retirement soft checks, asked after person n's age and again after their working situation."""
    return (
        Page(
            f"{after}_{n}_retirement_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm person is retired",
                    question_text="Are you sure this person is retired?",
                ),
            ),
            depends_on=when({f"person_{n}_retired_under_soft_min_age?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and retired.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("The minimum expected retirement age in England is 66."),
            interruption_screen_question_ids=(f"age{n}", f"ecstat{n}"),
            check_answers_card_number=n,
        ),
        Page(
            f"{after}_{n}_not_retired_value_check",
            (
                are_you_sure(
                    "retirement_value_check",
                    "Retirement confirmation",
                    "Confirm person isn’t retired",
                    question_text="Are you sure this person isn’t retired?",
                ),
            ),
            depends_on=when({f"person_{n}_not_retired_over_soft_max_age?": True}),
            title_text=soft_check("You told us this person is over 66 and not retired."),
            informative_text=soft_check("The minimum expected retirement age in England is 66."),
            interruption_screen_question_ids=(f"age{n}", f"ecstat{n}"),
            check_answers_card_number=n,
        ),
    )


def person_pages(n: int) -> tuple[Page, ...]:
    """Person n's pages (2 to 6): details known, relationship to buyer 1, age, gender identity and working
    situation, each with its soft checks. Four question numbers per person, from 36 for person 2."""
    q = 4 * n + 28
    return (
        Page(
            f"person_{n}_known",
            (
                question(
                    id=f"details_known_{n}",
                    type="radio",
                    question_text=f"Do you know the details for person {n}?",
                    check_answer_label=f"Details known for person {n}?",
                    check_answer_prompt=f"Tell us if you know person {n}’s details",
                    answer_options=options({"1": "Yes", "2": "No"}),
                ),
            ),
            depends_on=_details_asked(n),
            check_answers_card_number=n,
        ),
        Page(
            f"person_{n}_relationship_to_buyer_1",
            (
                question(
                    id=f"relat{n}",
                    type="radio",
                    question_text=f"Is person {n} the partner of buyer 1?",
                    check_answer_label=f"Person {n} is the partner of buyer 1",
                    check_answer_prompt=f"Tell us if person {n} is the partner of buyer 1",
                    answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                    question_number=q,
                    inferred_check_answers_value=(({f"relat{n}": "R"}, "Prefers not to say"),),
                ),
            ),
            depends_on=when({f"details_known_{n}": 1}),
            check_answers_card_number=n,
        ),
        Page(
            f"relationship_{n}_partner_under_16_value_check",
            (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
            depends_on=when({f"person_{n}_partner_under_16?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=(f"age{n}", f"relat{n}"),
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
            title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
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
                    question_number=q + 1,
                ),
                question(
                    id=f"age{n}",
                    type="numeric",
                    question_text="Age",
                    check_answer_label=f"Person {n}’s age",
                    check_answer_prompt=f"Enter person {n}’s age",
                    min=0,
                    max=110,
                    step=1,
                    width=3,
                    question_number=q + 1,
                    inferred_check_answers_value=(({f"age{n}_known": 1}, "Not known"),),
                ),
            ),
            depends_on=when({f"details_known_{n}": 1}),
            check_answers_card_number=n,
        ),
        *_retirement_checks("age", n),
        Page(
            f"age_{n}_partner_under_16_value_check",
            (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
            depends_on=when({f"person_{n}_partner_under_16?": True}),
            title_text=soft_check(
                "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
                {"key": f"age{n}", "label": True, "i18n_template": "age"},
            ),
            informative_text=soft_check("Are you sure this is correct?"),
            interruption_screen_question_ids=(f"age{n}", f"relat{n}"),
            check_answers_card_number=n,
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
                        {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                    ),
                    question_number=q + 2,
                    inferred_check_answers_value=(({f"sex{n}": "R"}, "Prefers not to say"),),
                ),
            ),
            depends_on=when({f"details_known_{n}": 1}),
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
                            "3": "In government training into work",
                            "4": "Jobseeker",
                            "5": "Retired",
                            "6": "Not seeking work",
                            "7": "Full-time student",
                            "8": "Unable to work because of long-term sickness or disability",
                            "9": "Child under 16",
                            "0": "Other",
                            "10": "Person prefers not to say",
                        }
                    ),
                    question_number=q + 3,
                    inferred_check_answers_value=(({f"ecstat{n}": 10}, "Prefers not to say"),),
                ),
            ),
            depends_on=when(
                {f"details_known_{n}": 1, f"age{n}": {"operator": ">", "operand": 15}},
                {f"details_known_{n}": 1, f"age{n}": None},
            ),
            check_answers_card_number=n,
        ),
        *_retirement_checks("working_situation", n),
    )


PERSONS = tuple(page for n in range(2, 7) for page in person_pages(n))
