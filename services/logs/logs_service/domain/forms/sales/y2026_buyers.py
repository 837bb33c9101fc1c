"""Sales 2026/27: household characteristics: the buyers (other people in persons). Written as changes to 2025/26:
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

BUYERS = (
    renumbered(Y2025["buyer_1_age"], {"age1_known": 21, "age1": 21}),
    Y2025["age_1_retirement_value_check"],
    Y2025["age_1_not_retired_value_check"],
    Y2025["age_1_old_persons_shared_ownership_joint_purchase_value_check"],
    Y2025["age_1_old_persons_shared_ownership_value_check"],
    Page(
        "buyer_1_sex_registered_at_birth",
        (
            question(
                id="sexrab1",
                type="radio",
                question_text="What was buyer 1's sex at birth?",
                check_answer_label="Buyer 1’s sex registered at birth",
                check_answer_prompt="Select buyer 1’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the buyer's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Buyer prefers not to say"}, dividers=("M",)),
                question_number=22,
            ),
        ),
        depends_on=when({"buyer_has_seen_privacy_notice?": True}, {"buyer_not_interviewed?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex1",
                type="radio",
                question_text="Is the gender buyer 1 identifies with the same as their sex registered at birth?",
                check_answer_label="Buyer 1's gender identity same as sex registered at birth",
                check_answer_prompt="Select buyer 1's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Buyer prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description1": (2,)},
                question_number=23,
                inferred_check_answers_value=(({"gender_same_as_sex1": 2}, "No"),),
            ),
            question(
                id="gender_description1",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=23,
            ),
        ),
        depends_on=when({"buyer_has_seen_privacy_notice?": True}, {"buyer_not_interviewed?": True}),
        check_answers_card_number=1,
    ),
    renumbered(Y2025["buyer_1_ethnic_group"], {"ethnic_group": 24}),
    renumbered(Y2025["buyer_1_ethnic_background_black"], {"ethnic": 25}),
    renumbered(Y2025["buyer_1_ethnic_background_asian"], {"ethnic": 25}),
    renumbered(Y2025["buyer_1_ethnic_background_arab"], {"ethnic": 25}),
    renumbered(Y2025["buyer_1_ethnic_background_mixed"], {"ethnic": 25}),
    renumbered(Y2025["buyer_1_ethnic_background_white"], {"ethnic": 25}),
    renumbered(Y2025["buyer_1_nationality"], {"nationality_all_group": 26, "nationality_all": 26}),
    Page(
        "buyer_1_working_situation",
        (
            question(
                id="ecstat1",
                type="radio",
                question_text="Which of these best describes buyer 1’s working situation?",
                check_answer_label="Buyer 1’s working situation",
                check_answer_prompt="Select buyer 1’s working situation",
                hint_text="This is the household member who does the most paid work. If several people do the same amount of paid work, it's the oldest household member. People providing informal care for family and friends who are not in formal employment (but may receive carer's allowance) should answer 'Not seeking work'.",
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
                        "0": "Other",
                        "10": "Buyer prefers not to say",
                    }
                ),
                question_number=27,
                inferred_check_answers_value=(({"ecstat1": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"buyer_has_seen_privacy_notice?": True, "buyer_details_asked?": True},
            {"buyer_not_interviewed?": True, "buyer_details_asked?": True},
        ),
        check_answers_card_number=1,
    ),
    Y2025["working_situation_1_retirement_value_check"],
    Y2025["working_situation_1_not_retired_value_check"],
    Y2025["working_situation_buyer_1_income_value_check"],
    renumbered(Y2025["buyer_1_live_in_property"], {"buy1livein": 28}),
    Y2025["buyer_1_live_in_property_value_check"],
    renumbered(Y2025["buyer_2_relationship_to_buyer_1"], {"relat2": 29}),
    renumbered(Y2025["buyer_2_age"], {"age2_known": 30, "age2": 30}),
    Y2025["age_2_old_persons_shared_ownership_joint_purchase_value_check"],
    Y2025["age_2_old_persons_shared_ownership_value_check"],
    Y2025["age_2_buyer_retirement_value_check"],
    Y2025["age_2_buyer_not_retired_value_check"],
    Page(
        "buyer_2_sex_registered_at_birth",
        (
            question(
                id="sexrab2",
                type="radio",
                question_text="What was buyer 2's sex at birth?",
                check_answer_label="Buyer 2’s sex registered at birth",
                check_answer_prompt="Select buyer 2’s sex registered at birth",
                hint_text="This is the sex that was registered at birth. The next question will ask about the buyer's gender identity.",
                answer_options=options({"F": "Female", "M": "Male", "R": "Buyer prefers not to say"}, dividers=("M",)),
                question_number=31,
            ),
        ),
        depends_on=when(
            {"joint_purchase?": True, "buyer_has_seen_privacy_notice?": True},
            {"joint_purchase?": True, "buyer_not_interviewed?": True},
        ),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_gender_same_as_sex",
        (
            question(
                id="gender_same_as_sex2",
                type="radio",
                question_text="Is the gender buyer 2 identifies with the same as their sex registered at birth?",
                check_answer_label="Buyer 2's gender identity same as sex registered at birth",
                check_answer_prompt="Select buyer 2's gender identity same as sex registered at birth",
                answer_options=options(
                    {"1": "Yes", "2": "No, enter gender identity", "3": "Buyer prefers not to say"}, dividers=("2",)
                ),
                conditional_for={"gender_description2": (2,)},
                question_number=32,
                inferred_check_answers_value=(({"gender_same_as_sex2": 2}, "No"),),
            ),
            question(
                id="gender_description2",
                type="text",
                question_text="Enter gender identity",
                check_answer_label="Gender identity description",
                check_answer_prompt="Enter gender identity description",
                question_number=32,
            ),
        ),
        depends_on=when(
            {"joint_purchase?": True, "buyer_has_seen_privacy_notice?": True},
            {"joint_purchase?": True, "buyer_not_interviewed?": True},
        ),
        check_answers_card_number=2,
    ),
    renumbered(Y2025["buyer_2_ethnic_group"], {"ethnic_group2": 33}),
    renumbered(Y2025["buyer_2_ethnic_background_black"], {"ethnicbuy2": 34}),
    renumbered(Y2025["buyer_2_ethnic_background_asian"], {"ethnicbuy2": 34}),
    renumbered(Y2025["buyer_2_ethnic_background_arab"], {"ethnicbuy2": 34}),
    renumbered(Y2025["buyer_2_ethnic_background_mixed"], {"ethnicbuy2": 34}),
    renumbered(Y2025["buyer_2_ethnic_background_white"], {"ethnicbuy2": 34}),
    renumbered(Y2025["buyer_2_nationality"], {"nationality_all_buyer2_group": 35, "nationality_all_buyer2": 35}),
    Page(
        "buyer_2_working_situation",
        (
            question(
                id="ecstat2",
                type="radio",
                question_text="Which of these best describes buyer 2’s working situation?",
                check_answer_label="Buyer 2’s working situation",
                check_answer_prompt="Select buyer 2’s working situation",
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
                        "10": "Buyer prefers not to say",
                    }
                ),
                question_number=36,
                inferred_check_answers_value=(({"ecstat2": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"buyer_2_details_asked?": True}),
        check_answers_card_number=2,
    ),
    Y2025["working_situation_2_retirement_value_check_joint_purchase"],
    Y2025["working_situation_2_not_retired_value_check_joint_purchase"],
    Y2025["working_situation_buyer_2_income_value_check"],
    renumbered(Y2025["buyer_2_live_in_property"], {"buy2livein": 37}),
    Y2025["buyer_2_live_in_property_value_check"],
    Page(
        "number_of_others_in_property",
        (
            question(
                id="hholdcount",
                type="numeric",
                question_text="In total, how many people live in the property?",
                check_answer_label="Number of people living in the property",
                check_answer_prompt="Enter number of people living in the property",
                hint_text="Include all people who are living or will live in the property.",
                min=1,
                max=15,
                step=1,
                width=2,
                question_number=38,
            ),
        ),
        depends_on=when({"joint_purchase?": False, "buyer_details_asked?": True}),
    ),
    Page(
        "number_of_others_in_property_joint_purchase",
        (
            question(
                id="hholdcount",
                type="numeric",
                question_text="In total, how many people live in the property?",
                check_answer_label="Number of people living in the property",
                check_answer_prompt="Enter number of people living in the property",
                hint_text="Include all people who are living or will live in the property.",
                min=1,
                max=15,
                step=1,
                width=2,
                question_number=38,
            ),
        ),
        depends_on=when({"joint_purchase?": True, "buyer_details_asked?": True}),
    ),
)
