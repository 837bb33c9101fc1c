"""Sales 2026/27: household characteristics: the other people living in the property. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options, renumbered
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

PERSONS = (
    Page(
        "person_2_known",
        (
            question(
                id="details_known_2",
                type="radio",
                question_text="Do you know the details for person 2?",
                check_answer_label="Details known for person 2?",
                check_answer_prompt="Tell us if you know person 2’s details",
                answer_options=options({"1": "Yes", "2": "No"}),
            ),
        ),
        depends_on=when({"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 2}}),
    ),
    renumbered(Y2025["person_2_relationship_to_buyer_1"], {"relat2": 39}),
    Y2025["relationship_2_partner_under_16_value_check"],
    Y2025["relationship_2_multiple_partners_value_check"],
    renumbered(Y2025["person_2_age"], {"age2_known": 40, "age2": 40}),
    Y2025["age_2_retirement_value_check"],
    Y2025["age_2_not_retired_value_check"],
    Y2025["age_2_partner_under_16_value_check"],
    Page(
        "person_2_sex_registered_at_birth",
        (
            question(
                id="sexrab2",
                type="radio",
                question_text="What was person 2's sex at birth?",
                check_answer_label="Person 2’s sex registered at birth",
                check_answer_prompt="Select person 2’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)),
                question_number=41,
            ),
        ),
        depends_on=when({"details_known_2": 1}),
    ),
    Page(
        "person_2_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex2",
                type="radio",
                question_text="Is the gender person 2 identifies with the same as their sex registered at birth?",
                check_answer_label="Person 2's gender identity same as sex registered at birth",
                check_answer_prompt="Select person 2's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description2": (2,)},
                question_number=42,
                inferred_check_answers_value=(({"gender_same_as_sex2": 2}, "No"),),
            ),
            question(
                id="gender_description2",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=42,
            ),
        ),
        depends_on=when({"details_known_2": 1}),
    ),
    Page(
        "person_2_working_situation",
        (
            question(
                id="ecstat2",
                type="radio",
                question_text="Which of these best describes person 2’s working situation?",
                check_answer_label="Person 2’s working situation",
                check_answer_prompt="Select person 2’s working situation",
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
                question_number=43,
                inferred_check_answers_value=(({"ecstat2": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_2": 1, "age2": {"operator": ">", "operand": 15}}, {"details_known_2": 1, "age2": None}
        ),
    ),
    Y2025["working_situation_2_retirement_value_check"],
    Y2025["working_situation_2_not_retired_value_check"],
    Page(
        "person_3_known",
        (
            question(
                id="details_known_3",
                type="radio",
                question_text="Do you know the details for person 3?",
                check_answer_label="Details known for person 3?",
                check_answer_prompt="Tell us if you know person 3’s details",
                answer_options=options({"1": "Yes", "2": "No"}),
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 3}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 3}},
        ),
    ),
    renumbered(Y2025["person_3_relationship_to_buyer_1"], {"relat3": 44}),
    Y2025["relationship_3_partner_under_16_value_check"],
    Y2025["relationship_3_multiple_partners_value_check"],
    renumbered(Y2025["person_3_age"], {"age3_known": 45, "age3": 45}),
    Y2025["age_3_retirement_value_check"],
    Y2025["age_3_not_retired_value_check"],
    Y2025["age_3_partner_under_16_value_check"],
    Page(
        "person_3_sex_registered_at_birth",
        (
            question(
                id="sexrab3",
                type="radio",
                question_text="What was person 3's sex at birth?",
                check_answer_label="Person 3’s sex registered at birth",
                check_answer_prompt="Select person 3’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)),
                question_number=46,
            ),
        ),
        depends_on=when({"details_known_3": 1}),
    ),
    Page(
        "person_3_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex3",
                type="radio",
                question_text="Is the gender person 3 identifies with the same as their sex registered at birth?",
                check_answer_label="Person 3's gender identity same as sex registered at birth",
                check_answer_prompt="Select person 3's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description3": (2,)},
                question_number=47,
                inferred_check_answers_value=(({"gender_same_as_sex3": 2}, "No"),),
            ),
            question(
                id="gender_description3",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=47,
            ),
        ),
        depends_on=when({"details_known_3": 1}),
    ),
    Page(
        "person_3_working_situation",
        (
            question(
                id="ecstat3",
                type="radio",
                question_text="Which of these best describes person 3’s working situation?",
                check_answer_label="Person 3’s working situation",
                check_answer_prompt="Select person 3’s working situation",
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
                question_number=48,
                inferred_check_answers_value=(({"ecstat3": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_3": 1, "age3": {"operator": ">", "operand": 15}}, {"details_known_3": 1, "age3": None}
        ),
    ),
    Y2025["working_situation_3_retirement_value_check"],
    Y2025["working_situation_3_not_retired_value_check"],
    Page(
        "person_4_known",
        (
            question(
                id="details_known_4",
                type="radio",
                question_text="Do you know the details for person 4?",
                check_answer_label="Details known for person 4?",
                check_answer_prompt="Tell us if you know person 4’s details",
                answer_options=options({"1": "Yes", "2": "No"}),
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 4}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 4}},
        ),
    ),
    renumbered(Y2025["person_4_relationship_to_buyer_1"], {"relat4": 49}),
    Y2025["relationship_4_partner_under_16_value_check"],
    Y2025["relationship_4_multiple_partners_value_check"],
    renumbered(Y2025["person_4_age"], {"age4_known": 50, "age4": 50}),
    Y2025["age_4_retirement_value_check"],
    Y2025["age_4_not_retired_value_check"],
    Y2025["age_4_partner_under_16_value_check"],
    Page(
        "person_4_sex_registered_at_birth",
        (
            question(
                id="sexrab4",
                type="radio",
                question_text="What was person 4's sex at birth?",
                check_answer_label="Person 4’s sex registered at birth",
                check_answer_prompt="Select person 4’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)),
                question_number=51,
            ),
        ),
        depends_on=when({"details_known_4": 1}),
    ),
    Page(
        "person_4_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex4",
                type="radio",
                question_text="Is the gender person 4 identifies with the same as their sex registered at birth?",
                check_answer_label="Person 4's gender identity same as sex registered at birth",
                check_answer_prompt="Select person 4's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description4": (2,)},
                question_number=52,
                inferred_check_answers_value=(({"gender_same_as_sex4": 2}, "No"),),
            ),
            question(
                id="gender_description4",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=52,
            ),
        ),
        depends_on=when({"details_known_4": 1}),
    ),
    Page(
        "person_4_working_situation",
        (
            question(
                id="ecstat4",
                type="radio",
                question_text="Which of these best describes person 4’s working situation?",
                check_answer_label="Person 4’s working situation",
                check_answer_prompt="Select person 4’s working situation",
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
                question_number=53,
                inferred_check_answers_value=(({"ecstat4": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_4": 1, "age4": {"operator": ">", "operand": 15}}, {"details_known_4": 1, "age4": None}
        ),
    ),
    Y2025["working_situation_4_retirement_value_check"],
    Y2025["working_situation_4_not_retired_value_check"],
    Page(
        "person_5_known",
        (
            question(
                id="details_known_5",
                type="radio",
                question_text="Do you know the details for person 5?",
                check_answer_label="Details known for person 5?",
                check_answer_prompt="Tell us if you know person 5’s details",
                answer_options=options({"1": "Yes", "2": "No"}),
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 5}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 5}},
        ),
    ),
    renumbered(Y2025["person_5_relationship_to_buyer_1"], {"relat5": 54}),
    Y2025["relationship_5_partner_under_16_value_check"],
    Y2025["relationship_5_multiple_partners_value_check"],
    renumbered(Y2025["person_5_age"], {"age5_known": 55, "age5": 55}),
    Y2025["age_5_retirement_value_check"],
    Y2025["age_5_not_retired_value_check"],
    Y2025["age_5_partner_under_16_value_check"],
    Page(
        "person_5_sex_registered_at_birth",
        (
            question(
                id="sexrab5",
                type="radio",
                question_text="What was person 5's sex at birth?",
                check_answer_label="Person 5’s sex registered at birth",
                check_answer_prompt="Select person 5’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)),
                question_number=56,
            ),
        ),
        depends_on=when({"details_known_5": 1}),
    ),
    Page(
        "person_5_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex5",
                type="radio",
                question_text="Is the gender person 5 identifies with the same as their sex registered at birth?",
                check_answer_label="Person 5's gender identity same as sex registered at birth",
                check_answer_prompt="Select person 5's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description5": (2,)},
                question_number=57,
                inferred_check_answers_value=(({"gender_same_as_sex5": 2}, "No"),),
            ),
            question(
                id="gender_description5",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=57,
            ),
        ),
        depends_on=when({"details_known_5": 1}),
    ),
    Page(
        "person_5_working_situation",
        (
            question(
                id="ecstat5",
                type="radio",
                question_text="Which of these best describes person 5’s working situation?",
                check_answer_label="Person 5’s working situation",
                check_answer_prompt="Select person 5’s working situation",
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
                question_number=58,
                inferred_check_answers_value=(({"ecstat5": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_5": 1, "age5": {"operator": ">", "operand": 15}}, {"details_known_5": 1, "age5": None}
        ),
    ),
    Y2025["working_situation_5_retirement_value_check"],
    Y2025["working_situation_5_not_retired_value_check"],
    Page(
        "person_6_known",
        (
            question(
                id="details_known_6",
                type="radio",
                question_text="Do you know the details for person 6?",
                check_answer_label="Details known for person 6?",
                check_answer_prompt="Tell us if you know person 6’s details",
                answer_options=options({"1": "Yes", "2": "No"}),
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 6}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 6}},
        ),
    ),
    renumbered(Y2025["person_6_relationship_to_buyer_1"], {"relat6": 59}),
    Y2025["relationship_6_partner_under_16_value_check"],
    Y2025["relationship_6_multiple_partners_value_check"],
    renumbered(Y2025["person_6_age"], {"age6_known": 60, "age6": 60}),
    Y2025["age_6_retirement_value_check"],
    Y2025["age_6_not_retired_value_check"],
    Y2025["age_6_partner_under_16_value_check"],
    Page(
        "person_6_sex_registered_at_birth",
        (
            question(
                id="sexrab6",
                type="radio",
                question_text="What was person 6's sex at birth?",
                check_answer_label="Person 6’s sex registered at birth",
                check_answer_prompt="Select person 6’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the person's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Person prefers not to say"}, dividers=("M",)),
                question_number=61,
            ),
        ),
        depends_on=when({"details_known_6": 1}),
    ),
    Page(
        "person_6_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex6",
                type="radio",
                question_text="Is the gender person 6 identifies with the same as their sex registered at birth?",
                check_answer_label="Person 6's gender identity same as sex registered at birth",
                check_answer_prompt="Select person 6's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Person prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description6": (2,)},
                question_number=62,
                inferred_check_answers_value=(({"gender_same_as_sex6": 2}, "No"),),
            ),
            question(
                id="gender_description6",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=62,
            ),
        ),
        depends_on=when({"details_known_6": 1}),
    ),
    Page(
        "person_6_working_situation",
        (
            question(
                id="ecstat6",
                type="radio",
                question_text="Which of these best describes person 6’s working situation?",
                check_answer_label="Person 6’s working situation",
                check_answer_prompt="Select person 6’s working situation",
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
                question_number=63,
                inferred_check_answers_value=(({"ecstat6": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_6": 1, "age6": {"operator": ">", "operand": 15}}, {"details_known_6": 1, "age6": None}
        ),
    ),
    Y2025["working_situation_6_retirement_value_check"],
    Y2025["working_situation_6_not_retired_value_check"],
)
