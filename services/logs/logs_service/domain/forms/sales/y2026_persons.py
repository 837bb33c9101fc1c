"""Sales 2026/27: household characteristics: the other people living in the property. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options, renumbered
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import When, when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025


def _details_asked(n: int) -> When:
    """From 2026/27 the household count includes the buyers: person n's details are asked when it reaches n
    (for a joint purchase person 2 is the second buyer, so their page is for sole purchases only)."""
    not_joint = {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": n}}
    if n == 2:
        return when(not_joint)
    return when(not_joint, {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": n}})


def person_pages(n: int) -> tuple[Page, ...]:
    """Person n's pages (2 to 6): 2025/26's relationship and age pages renumbered and its soft checks, and
    this year's sex registered at birth, gender identity and working situation. Five question numbers per
    person, from 39 for person 2."""
    q = 5 * n + 29
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
        renumbered(Y2025[f"person_{n}_relationship_to_buyer_1"], {f"relat{n}": q}),
        Y2025[f"relationship_{n}_partner_under_16_value_check"],
        Y2025[f"relationship_{n}_multiple_partners_value_check"],
        renumbered(Y2025[f"person_{n}_age"], {f"age{n}_known": q + 1, f"age{n}": q + 1}),
        Y2025[f"age_{n}_retirement_value_check"],
        Y2025[f"age_{n}_not_retired_value_check"],
        Y2025[f"age_{n}_partner_under_16_value_check"],
        Page(
            f"person_{n}_sex_registered_at_birth",
            (
                question(
                    id=f"sexrab{n}",
                    type="radio",
                    question_text=f"What was person {n}'s sex at birth?",
                    check_answer_label=f"Person {n}’s sex registered at birth",
                    check_answer_prompt=f"Select person {n}’s sex registered at birth",
                    hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                    answer_options=options(
                        {"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)
                    ),
                    question_number=q + 2,
                ),
            ),
            depends_on=when({f"details_known_{n}": 1}),
            check_answers_card_number=n,
        ),
        Page(
            f"person_{n}_gender_same_as_sex",
            (
                question(
                    id=f"gender_same_as_sex{n}",
                    type="radio",
                    question_text=f"Is the gender person {n} identifies with the same as their sex registered at birth?",
                    check_answer_label=f"Person {n}'s gender identity same as sex registered at birth",
                    check_answer_prompt=f"Select person {n}'s gender identity same as sex registered at birth",
                    answer_options=options(
                        {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"},
                        dividers=("2",),
                    ),
                    conditional_for={f"gender_description{n}": (2,)},
                    question_number=q + 3,
                    inferred_check_answers_value=(({f"gender_same_as_sex{n}": 2}, "No"),),
                ),
                question(
                    id=f"gender_description{n}",
                    type="text",
                    question_text="Enter gender identity",
                    check_answer_label="Gender identity description",
                    check_answer_prompt="Enter gender identity description",
                    question_number=q + 3,
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
                    hint_text="People providing informal care for family and friends who are not in formal employment (but may receive carer's allowance) should answer 'Not seeking work'.",
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
                    question_number=q + 4,
                    inferred_check_answers_value=(({f"ecstat{n}": 10}, "Prefers not to say"),),
                ),
            ),
            depends_on=when(
                {f"details_known_{n}": 1, f"age{n}": {"operator": ">", "operand": 15}},
                {f"details_known_{n}": 1, f"age{n}": None},
            ),
            check_answers_card_number=n,
        ),
        Y2025[f"working_situation_{n}_retirement_value_check"],
        Y2025[f"working_situation_{n}_not_retired_value_check"],
    )


PERSONS = tuple(page for n in range(2, 7) for page in person_pages(n))
