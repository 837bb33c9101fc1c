"""Sales 2025/26: household characteristics: the other people living in the property.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

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
        depends_on=when({"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 1}}),
    ),
    Page(
        "person_2_relationship_to_buyer_1",
        (
            question(
                id="relat2",
                type="radio",
                question_text="Is person 2 the partner of buyer 1?",
                check_answer_label="Person 2 is the partner of buyer 1",
                check_answer_prompt="Tell us if person 2 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                question_number=36,
                inferred_check_answers_value=(({"relat2": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"details_known_2": 1}),
    ),
    Page(
        "relationship_2_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_2_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age2", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age2", "relat2"),
    ),
    Page(
        "relationship_2_multiple_partners_value_check",
        (are_you_sure("multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"),),
        depends_on=when({"multiple_partners?": True}),
        title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
    ),
    Page(
        "person_2_age",
        (
            question(
                id="age2_known",
                type="radio",
                question_text="Do you know person 2’s age?",
                check_answer_label="Person 2’s age",
                check_answer_prompt="Enter person 2’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age2": (0,)},
                question_number=37,
            ),
            question(
                id="age2",
                type="numeric",
                question_text="Age",
                check_answer_label="Person 2’s age",
                check_answer_prompt="Enter person 2’s age",
                min=0,
                max=110,
                step=1,
                width=3,
                question_number=37,
                inferred_check_answers_value=(({"age2_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"details_known_2": 1}),
    ),
    Page(
        "age_2_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_2_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age2", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age2", "ecstat2"),
    ),
    Page(
        "age_2_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_2_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age2", "ecstat2"),
    ),
    Page(
        "age_2_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_2_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age2", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age2", "relat2"),
    ),
    Page(
        "person_2_gender_identity",
        (
            question(
                id="sex2",
                type="radio",
                question_text="Which of these best describes person 2’s gender identity?",
                check_answer_label="Person 2’s gender identity",
                check_answer_prompt="Select person 2’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                ),
                question_number=38,
                inferred_check_answers_value=(({"sex2": "R"}, "Prefers not to say"),),
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
                question_number=39,
                inferred_check_answers_value=(({"ecstat2": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_2": 1, "age2": {"operator": ">", "operand": 15}}, {"details_known_2": 1, "age2": None}
        ),
    ),
    Page(
        "working_situation_2_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_2_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age2", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age2", "ecstat2"),
    ),
    Page(
        "working_situation_2_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_2_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age2", "ecstat2"),
    ),
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
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 2}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 1}},
        ),
    ),
    Page(
        "person_3_relationship_to_buyer_1",
        (
            question(
                id="relat3",
                type="radio",
                question_text="Is person 3 the partner of buyer 1?",
                check_answer_label="Person 3 is the partner of buyer 1",
                check_answer_prompt="Tell us if person 3 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                question_number=40,
                inferred_check_answers_value=(({"relat3": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"details_known_3": 1}),
    ),
    Page(
        "relationship_3_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_3_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age3", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age3", "relat3"),
    ),
    Page(
        "relationship_3_multiple_partners_value_check",
        (are_you_sure("multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"),),
        depends_on=when({"multiple_partners?": True}),
        title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
    ),
    Page(
        "person_3_age",
        (
            question(
                id="age3_known",
                type="radio",
                question_text="Do you know person 3’s age?",
                check_answer_label="Person 3’s age",
                check_answer_prompt="Enter person 3’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age3": (0,)},
                question_number=41,
            ),
            question(
                id="age3",
                type="numeric",
                question_text="Age",
                check_answer_label="Person 3’s age",
                check_answer_prompt="Enter person 3’s age",
                min=0,
                max=110,
                step=1,
                width=3,
                question_number=41,
                inferred_check_answers_value=(({"age3_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"details_known_3": 1}),
    ),
    Page(
        "age_3_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_3_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age3", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age3", "ecstat3"),
    ),
    Page(
        "age_3_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_3_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age3", "ecstat3"),
    ),
    Page(
        "age_3_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_3_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age3", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age3", "relat3"),
    ),
    Page(
        "person_3_gender_identity",
        (
            question(
                id="sex3",
                type="radio",
                question_text="Which of these best describes person 3’s gender identity?",
                check_answer_label="Person 3’s gender identity",
                check_answer_prompt="Select person 3’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                ),
                question_number=42,
                inferred_check_answers_value=(({"sex3": "R"}, "Prefers not to say"),),
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
                inferred_check_answers_value=(({"ecstat3": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_3": 1, "age3": {"operator": ">", "operand": 15}}, {"details_known_3": 1, "age3": None}
        ),
    ),
    Page(
        "working_situation_3_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_3_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age3", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age3", "ecstat3"),
    ),
    Page(
        "working_situation_3_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_3_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age3", "ecstat3"),
    ),
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
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 3}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 2}},
        ),
    ),
    Page(
        "person_4_relationship_to_buyer_1",
        (
            question(
                id="relat4",
                type="radio",
                question_text="Is person 4 the partner of buyer 1?",
                check_answer_label="Person 4 is the partner of buyer 1",
                check_answer_prompt="Tell us if person 4 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                question_number=44,
                inferred_check_answers_value=(({"relat4": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"details_known_4": 1}),
    ),
    Page(
        "relationship_4_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_4_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age4", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age4", "relat4"),
    ),
    Page(
        "relationship_4_multiple_partners_value_check",
        (are_you_sure("multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"),),
        depends_on=when({"multiple_partners?": True}),
        title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
    ),
    Page(
        "person_4_age",
        (
            question(
                id="age4_known",
                type="radio",
                question_text="Do you know person 4’s age?",
                check_answer_label="Person 4’s age",
                check_answer_prompt="Enter person 4’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age4": (0,)},
                question_number=45,
            ),
            question(
                id="age4",
                type="numeric",
                question_text="Age",
                check_answer_label="Person 4’s age",
                check_answer_prompt="Enter person 4’s age",
                min=0,
                max=110,
                step=1,
                width=3,
                question_number=45,
                inferred_check_answers_value=(({"age4_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"details_known_4": 1}),
    ),
    Page(
        "age_4_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_4_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age4", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age4", "ecstat4"),
    ),
    Page(
        "age_4_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_4_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age4", "ecstat4"),
    ),
    Page(
        "age_4_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_4_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age4", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age4", "relat4"),
    ),
    Page(
        "person_4_gender_identity",
        (
            question(
                id="sex4",
                type="radio",
                question_text="Which of these best describes person 4’s gender identity?",
                check_answer_label="Person 4’s gender identity",
                check_answer_prompt="Select person 4’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                ),
                question_number=46,
                inferred_check_answers_value=(({"sex4": "R"}, "Prefers not to say"),),
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
                question_number=47,
                inferred_check_answers_value=(({"ecstat4": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_4": 1, "age4": {"operator": ">", "operand": 15}}, {"details_known_4": 1, "age4": None}
        ),
    ),
    Page(
        "working_situation_4_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_4_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age4", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age4", "ecstat4"),
    ),
    Page(
        "working_situation_4_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_4_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age4", "ecstat4"),
    ),
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
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 4}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 3}},
        ),
    ),
    Page(
        "person_5_relationship_to_buyer_1",
        (
            question(
                id="relat5",
                type="radio",
                question_text="Is person 5 the partner of buyer 1?",
                check_answer_label="Person 5 is the partner of buyer 1",
                check_answer_prompt="Tell us if person 5 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                question_number=48,
                inferred_check_answers_value=(({"relat5": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"details_known_5": 1}),
    ),
    Page(
        "relationship_5_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_5_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age5", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age5", "relat5"),
    ),
    Page(
        "relationship_5_multiple_partners_value_check",
        (are_you_sure("multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"),),
        depends_on=when({"multiple_partners?": True}),
        title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
    ),
    Page(
        "person_5_age",
        (
            question(
                id="age5_known",
                type="radio",
                question_text="Do you know person 5’s age?",
                check_answer_label="Person 5’s age",
                check_answer_prompt="Enter person 5’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age5": (0,)},
                question_number=49,
            ),
            question(
                id="age5",
                type="numeric",
                question_text="Age",
                check_answer_label="Person 5’s age",
                check_answer_prompt="Enter person 5’s age",
                min=0,
                max=110,
                step=1,
                width=3,
                question_number=49,
                inferred_check_answers_value=(({"age5_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"details_known_5": 1}),
    ),
    Page(
        "age_5_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_5_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age5", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age5", "ecstat5"),
    ),
    Page(
        "age_5_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_5_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age5", "ecstat5"),
    ),
    Page(
        "age_5_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_5_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age5", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age5", "relat5"),
    ),
    Page(
        "person_5_gender_identity",
        (
            question(
                id="sex5",
                type="radio",
                question_text="Which of these best describes person 5’s gender identity?",
                check_answer_label="Person 5’s gender identity",
                check_answer_prompt="Select person 5’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                ),
                question_number=50,
                inferred_check_answers_value=(({"sex5": "R"}, "Prefers not to say"),),
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
                question_number=51,
                inferred_check_answers_value=(({"ecstat5": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_5": 1, "age5": {"operator": ">", "operand": 15}}, {"details_known_5": 1, "age5": None}
        ),
    ),
    Page(
        "working_situation_5_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_5_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age5", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age5", "ecstat5"),
    ),
    Page(
        "working_situation_5_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_5_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age5", "ecstat5"),
    ),
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
            {"not_joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 5}},
            {"joint_purchase?": True, "hholdcount": {"operator": ">=", "operand": 4}},
        ),
    ),
    Page(
        "person_6_relationship_to_buyer_1",
        (
            question(
                id="relat6",
                type="radio",
                question_text="Is person 6 the partner of buyer 1?",
                check_answer_label="Person 6 is the partner of buyer 1",
                check_answer_prompt="Tell us if person 6 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Person prefers not to say"}),
                question_number=52,
                inferred_check_answers_value=(({"relat6": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"details_known_6": 1}),
    ),
    Page(
        "relationship_6_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_6_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age6", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age6", "relat6"),
    ),
    Page(
        "relationship_6_multiple_partners_value_check",
        (are_you_sure("multiple_partners_value_check", "Multiple partners confirmation", "Confirm multiple partners"),),
        depends_on=when({"multiple_partners?": True}),
        title_text=soft_check("You told us there are more than 1 persons with 'Partner' relationship to buyer 1."),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("relat2", "relat3", "relat4", "relat5", "relat6"),
    ),
    Page(
        "person_6_age",
        (
            question(
                id="age6_known",
                type="radio",
                question_text="Do you know person 6’s age?",
                check_answer_label="Person 6’s age",
                check_answer_prompt="Enter person 6’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age6": (0,)},
                question_number=53,
            ),
            question(
                id="age6",
                type="numeric",
                question_text="Age",
                check_answer_label="Person 6’s age",
                check_answer_prompt="Enter person 6’s age",
                min=0,
                max=110,
                step=1,
                width=3,
                question_number=53,
                inferred_check_answers_value=(({"age6_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"details_known_6": 1}),
    ),
    Page(
        "age_6_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_6_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age6", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age6", "ecstat6"),
    ),
    Page(
        "age_6_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_6_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age6", "ecstat6"),
    ),
    Page(
        "age_6_partner_under_16_value_check",
        (are_you_sure("partner_under_16_value_check", "Partner under 16 confirmation", "Confirm partner’s age"),),
        depends_on=when({"person_6_partner_under_16?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
            {"key": "age6", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("Are you sure this is correct?"),
        interruption_screen_question_ids=("age6", "relat6"),
    ),
    Page(
        "person_6_gender_identity",
        (
            question(
                id="sex6",
                type="radio",
                question_text="Which of these best describes person 6’s gender identity?",
                check_answer_label="Person 6’s gender identity",
                check_answer_prompt="Select person 6’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Person prefers not to say"}
                ),
                question_number=54,
                inferred_check_answers_value=(({"sex6": "R"}, "Prefers not to say"),),
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
                question_number=55,
                inferred_check_answers_value=(({"ecstat6": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"details_known_6": 1, "age6": {"operator": ">", "operand": 15}}, {"details_known_6": 1, "age6": None}
        ),
    ),
    Page(
        "working_situation_6_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_6_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age6", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age6", "ecstat6"),
    ),
    Page(
        "working_situation_6_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_6_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age6", "ecstat6"),
    ),
)
