"""Sales 2025/26: household characteristics: the buyers (other people in persons).

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import are_you_sure, options, soft_check
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.nationalities import NATIONALITIES
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question

BUYERS = (
    Page(
        "buyer_1_age",
        (
            question(
                id="age1_known",
                type="radio",
                question_text="Do you know buyer 1’s age?",
                check_answer_label="Buyer 1’s age",
                check_answer_prompt="Enter buyer 1’s age if known",
                hint_text="Buyer 1 is the person in the household who does the most paid work. If it’s a joint purchase and the buyers do the same amount of paid work, buyer 1 is whoever is the oldest.",
                answer_options=options({"0": "Yes", "1": "No", "2": "Buyer prefers not to say"}),
                conditional_for={"age1": (0,)},
                question_number=20,
            ),
            question(
                id="age1",
                type="numeric",
                question_text="Age",
                check_answer_label="Buyer 1’s age",
                check_answer_prompt="Enter buyer 1’s age",
                min=16,
                max=110,
                step=1,
                width=2,
                question_number=20,
                inferred_check_answers_value=(
                    ({"age1_known": 1}, "Not known"),
                    ({"age1_known": 2}, "Prefers not to say"),
                ),
            ),
        ),
        depends_on=when({"buyer_has_seen_privacy_notice?": True}, {"buyer_not_interviewed?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "age_1_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_1_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age1", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age1", "ecstat1"),
        check_answers_card_number=1,
    ),
    Page(
        "age_1_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_1_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age1", "ecstat1"),
        check_answers_card_number=1,
    ),
    Page(
        "age_1_old_persons_shared_ownership_joint_purchase_value_check",
        (
            are_you_sure(
                "old_persons_shared_ownership_value_check",
                "Shared ownership confirmation",
                "Confirm shared ownership scheme",
            ),
        ),
        depends_on=when({"joint_purchase?": True, "buyers_age_for_old_persons_shared_ownership_invalid?": True}),
        title_text=soft_check("You told us the buyers are using the Older Persons Shared Ownership scheme."),
        informative_text=soft_check("At least one buyer must be aged 65 years and over to use this scheme."),
        interruption_screen_question_ids=("type", "jointpur", "age1", "age2"),
    ),
    Page(
        "age_1_old_persons_shared_ownership_value_check",
        (
            are_you_sure(
                "old_persons_shared_ownership_value_check",
                "Shared ownership confirmation",
                "Confirm shared ownership scheme",
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "buyers_age_for_old_persons_shared_ownership_invalid?": True},
            {"jointpur": None, "buyers_age_for_old_persons_shared_ownership_invalid?": True},
        ),
        title_text=soft_check("You told us the buyer is using the Older Persons Shared Ownership scheme."),
        informative_text=soft_check("At least one buyer must be aged 65 years and over to use this scheme."),
        interruption_screen_question_ids=("type", "jointpur", "age1", "age2"),
    ),
    Page(
        "buyer_1_gender_identity",
        (
            question(
                id="sex1",
                type="radio",
                question_text="Which of these best describes buyer 1’s gender identity?",
                check_answer_label="Buyer 1’s gender identity",
                check_answer_prompt="Select buyer 1’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options({"F": "Female", "M": "Male", "X": "Non-binary", "R": "Prefers not to say"}),
                question_number=21,
            ),
        ),
        depends_on=when({"buyer_has_seen_privacy_notice?": True}, {"buyer_not_interviewed?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_group",
        (
            question(
                id="ethnic_group",
                type="radio",
                question_text="What is buyer 1’s ethnic group?",
                check_answer_label="Buyer 1’s ethnic group",
                check_answer_prompt="Select buyer 1’s ethnic group",
                answer_options=options(
                    {
                        "0": "White",
                        "1": "Mixed or Multiple ethnic groups",
                        "2": "Asian or Asian British",
                        "3": "Black, African, Caribbean or Black British",
                        "4": "Arab or other ethnic group",
                        "17": "Buyer prefers not to say",
                    },
                    dividers=("4",),
                ),
                question_number=22,
            ),
        ),
        depends_on=when({"buyer_details_asked?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_background_black",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes buyer 1’s Black, African, Caribbean or Black British background?",
                check_answer_label="Buyer 1’s ethnic background",
                check_answer_prompt="Select buyer 1’s ethnic background",
                answer_options=options(
                    {
                        "13": "African",
                        "12": "Caribbean",
                        "14": "Any other Black, African, Caribbean or Black British background",
                    }
                ),
                question_number=23,
            ),
        ),
        depends_on=when({"ethnic_group": 3}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_background_asian",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes buyer 1’s Asian or Asian British background?",
                check_answer_label="Buyer 1’s ethnic background",
                check_answer_prompt="Select buyer 1’s ethnic background",
                answer_options=options(
                    {
                        "10": "Bangladeshi",
                        "15": "Chinese",
                        "8": "Indian",
                        "9": "Pakistani",
                        "11": "Any other Asian or Asian British background",
                    }
                ),
                question_number=23,
            ),
        ),
        depends_on=when({"ethnic_group": 2}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_background_arab",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes buyer 1’s Arab background?",
                check_answer_label="Buyer 1’s ethnic background",
                check_answer_prompt="Select buyer 1’s ethnic background",
                answer_options=options({"19": "Arab", "16": "Other ethnic group"}),
                question_number=23,
            ),
        ),
        depends_on=when({"ethnic_group": 4}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_background_mixed",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes buyer 1’s Mixed or Multiple ethnic groups background?",
                check_answer_label="Buyer 1’s ethnic background",
                check_answer_prompt="Select buyer 1’s ethnic background",
                answer_options=options(
                    {
                        "4": "White and Black Caribbean",
                        "5": "White and Black African",
                        "6": "White and Asian",
                        "7": "Any other Mixed or Multiple ethnic background",
                    }
                ),
                question_number=23,
            ),
        ),
        depends_on=when({"ethnic_group": 1}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_ethnic_background_white",
        (
            question(
                id="ethnic",
                type="radio",
                question_text="Which of the following best describes buyer 1’s White background?",
                check_answer_label="Buyer 1’s ethnic background",
                check_answer_prompt="Select buyer 1’s ethnic background",
                answer_options=options(
                    {
                        "1": "English, Welsh, Northern Irish, Scottish or British",
                        "2": "Irish",
                        "18": "Gypsy or Irish Traveller",
                        "20": "Roma",
                        "3": "Any other White background",
                    }
                ),
                question_number=23,
            ),
        ),
        depends_on=when({"ethnic_group": 0}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_nationality",
        (
            question(
                id="nationality_all_group",
                type="radio",
                question_text="What is buyer 1’s nationality?",
                check_answer_label="Buyer 1’s nationality",
                check_answer_prompt="Select buyer 1’s nationality",
                hint_text="If buyer 1 is a dual national of the United Kingdom and another country, enter United Kingdom. If they are a dual national of two other countries, the buyer should decide which country to enter.",
                answer_options=options({"826": "United Kingdom", "12": "Other", "0": "Buyer prefers not to say"}),
                conditional_for={"nationality_all": (12,)},
                question_number=24,
            ),
            question(
                id="nationality_all",
                type="select",
                question_text="Enter a nationality",
                check_answer_label="Buyer 1’s nationality",
                check_answer_prompt="Select buyer 1’s nationality",
                answer_options=options(NATIONALITIES),
                question_number=24,
            ),
        ),
        depends_on=when({"buyer_details_asked?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_working_situation",
        (
            question(
                id="ecstat1",
                type="radio",
                question_text="Which of these best describes buyer 1’s working situation?",
                check_answer_label="Buyer 1’s working situation",
                check_answer_prompt="Select buyer 1’s working situation",
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
                question_number=25,
                inferred_check_answers_value=(({"ecstat1": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"buyer_has_seen_privacy_notice?": True, "buyer_details_asked?": True},
            {"buyer_not_interviewed?": True, "buyer_details_asked?": True},
        ),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_1_retirement_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person is retired",
                question_text="Are you sure this person is retired?",
            ),
        ),
        depends_on=when({"person_1_retired_under_soft_min_age?": True}),
        title_text=soft_check(
            "You told us this person is aged %{age} years and retired.",
            {"key": "age1", "label": True, "i18n_template": "age"},
        ),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age1", "ecstat1"),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_1_not_retired_value_check",
        (
            are_you_sure(
                "retirement_value_check",
                "Retirement confirmation",
                "Confirm person isn’t retired",
                question_text="Are you sure this person isn’t retired?",
            ),
        ),
        depends_on=when({"person_1_not_retired_over_soft_max_age?": True}),
        title_text=soft_check("You told us this person is over 66 and not retired."),
        informative_text=soft_check("The minimum expected retirement age in England is 66."),
        interruption_screen_question_ids=("age1", "ecstat1"),
        check_answers_card_number=1,
    ),
    Page(
        "working_situation_buyer_1_income_value_check",
        (are_you_sure("income1_value_check", "Buyer 1 income confirmation", "Confirm buyer 1 income"),),
        depends_on=when({"income1_outside_soft_range_for_ecstat?": True}),
        title_text=soft_check(
            "You told us the income of buyer 1 is %{income}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income1", "i18n_template": "income"},
        ),
        informative_text=soft_check(
            "This is %{more_or_less} than we would expect for someone in this working situation.",
            {"key": "income1_more_or_less_text", "i18n_template": "more_or_less"},
        ),
        interruption_screen_question_ids=("ecstat1", "income1"),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_live_in_property",
        (
            question(
                id="buy1livein",
                type="radio",
                question_text="Will buyer 1 live in the property?",
                check_answer_label="Buyer 1 lives in the property",
                check_answer_prompt="Tell us if buyer 1 lives in the property",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=26,
            ),
        ),
        depends_on=when({"buyer_1_livein_asked?": True}),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_1_live_in_property_value_check",
        (are_you_sure("buyer_livein_value_check", "Buyer live in confirmation", "Confirm buyer 1 living situation"),),
        depends_on=when({"buyer1_livein_wrong_for_ownership_type?": True}),
        title_text=soft_check(
            "You told us that buyer 1 will not live in the property.",
            {"key": "ownership_scheme", "label": False, "i18n_template": "ownership_scheme"},
        ),
        informative_text=soft_check(
            "For %{ownership_scheme} types, the buyer usually lives in the property.",
            {"key": "ownership_scheme", "label": False, "i18n_template": "ownership_scheme"},
        ),
        interruption_screen_question_ids=("ownershipsch", "buy1livein"),
        check_answers_card_number=1,
    ),
    Page(
        "buyer_2_relationship_to_buyer_1",
        (
            question(
                id="relat2",
                type="radio",
                question_text="Is buyer 2 the partner of buyer 1?",
                check_answer_label="Buyer 2 is the partner of buyer 1",
                check_answer_prompt="Tell us if buyer 2 is the partner of buyer 1",
                answer_options=options({"P": "Yes", "X": "No", "R": "Buyer prefers not to say"}),
                question_number=27,
                inferred_check_answers_value=(({"relat2": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"joint_purchase?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_age",
        (
            question(
                id="age2_known",
                type="radio",
                question_text="Do you know buyer 2’s age?",
                check_answer_label="Buyer 2’s age",
                check_answer_prompt="Enter buyer 2’s age if known",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"age2": (0,)},
                question_number=28,
            ),
            question(
                id="age2",
                type="numeric",
                question_text="Age",
                check_answer_label="Buyer 2’s age",
                check_answer_prompt="Enter buyer 2’s age",
                min=16,
                max=110,
                step=1,
                width=2,
                question_number=28,
                inferred_check_answers_value=(({"age2_known": 1}, "Not known"),),
            ),
        ),
        depends_on=when(
            {"joint_purchase?": True, "buyer_has_seen_privacy_notice?": True},
            {"joint_purchase?": True, "buyer_not_interviewed?": True},
        ),
        check_answers_card_number=2,
    ),
    Page(
        "age_2_old_persons_shared_ownership_joint_purchase_value_check",
        (
            are_you_sure(
                "old_persons_shared_ownership_value_check",
                "Shared ownership confirmation",
                "Confirm shared ownership scheme",
            ),
        ),
        depends_on=when({"joint_purchase?": True, "buyers_age_for_old_persons_shared_ownership_invalid?": True}),
        title_text=soft_check("You told us the buyers are using the Older Persons Shared Ownership scheme."),
        informative_text=soft_check("At least one buyer must be aged 65 years and over to use this scheme."),
        interruption_screen_question_ids=("type", "jointpur", "age1", "age2"),
    ),
    Page(
        "age_2_old_persons_shared_ownership_value_check",
        (
            are_you_sure(
                "old_persons_shared_ownership_value_check",
                "Shared ownership confirmation",
                "Confirm shared ownership scheme",
            ),
        ),
        depends_on=when(
            {"not_joint_purchase?": True, "buyers_age_for_old_persons_shared_ownership_invalid?": True},
            {"jointpur": None, "buyers_age_for_old_persons_shared_ownership_invalid?": True},
        ),
        title_text=soft_check("You told us the buyer is using the Older Persons Shared Ownership scheme."),
        informative_text=soft_check("At least one buyer must be aged 65 years and over to use this scheme."),
        interruption_screen_question_ids=("type", "jointpur", "age1", "age2"),
    ),
    Page(
        "age_2_buyer_retirement_value_check",
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
        check_answers_card_number=2,
    ),
    Page(
        "age_2_buyer_not_retired_value_check",
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
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_gender_identity",
        (
            question(
                id="sex2",
                type="radio",
                question_text="Which of these best describes buyer 2’s gender identity?",
                check_answer_label="Buyer 2’s gender identity",
                check_answer_prompt="Select buyer 2’s gender identity",
                hint_text="This should be however they personally choose to identify from the options below. This may or may not be the same as their biological sex or the sex they were assigned at birth.",
                answer_options=options(
                    {"F": "Female", "M": "Male", "X": "Non-binary", "R": "Buyer prefers not to say"}
                ),
                question_number=29,
                inferred_check_answers_value=(({"sex2": "R"}, "Prefers not to say"),),
            ),
        ),
        depends_on=when(
            {"joint_purchase?": True, "buyer_has_seen_privacy_notice?": True},
            {"joint_purchase?": True, "buyer_not_interviewed?": True},
        ),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_group",
        (
            question(
                id="ethnic_group2",
                type="radio",
                question_text="What is buyer 2’s ethnic group?",
                check_answer_label="Buyer 2’s ethnic group",
                check_answer_prompt="Select buyer 2’s ethnic group",
                answer_options=options(
                    {
                        "0": "White",
                        "1": "Mixed or Multiple ethnic groups",
                        "2": "Asian or Asian British",
                        "3": "Black, African, Caribbean or Black British",
                        "4": "Arab or other ethnic group",
                        "17": "Buyer prefers not to say",
                    },
                    dividers=("4",),
                ),
                question_number=30,
            ),
        ),
        depends_on=when({"buyer_2_details_asked?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_background_black",
        (
            question(
                id="ethnicbuy2",
                type="radio",
                question_text="Which of the following best describes buyer 2’s Black, African, Caribbean or Black British background?",
                check_answer_label="Buyer 2’s ethnic background",
                check_answer_prompt="Select buyer 2’s ethnic background",
                answer_options=options(
                    {
                        "13": "African",
                        "12": "Caribbean",
                        "14": "Any other Black, African, Caribbean or Black British background",
                    }
                ),
                question_number=31,
            ),
        ),
        depends_on=when({"ethnic_group2": 3}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_background_asian",
        (
            question(
                id="ethnicbuy2",
                type="radio",
                question_text="Which of the following best describes buyer 2’s Asian or Asian British background?",
                check_answer_label="Buyer 2’s ethnic background",
                check_answer_prompt="Select buyer 2’s ethnic background",
                answer_options=options(
                    {
                        "10": "Bangladeshi",
                        "15": "Chinese",
                        "8": "Indian",
                        "9": "Pakistani",
                        "11": "Any other Asian or Asian British background",
                    }
                ),
                question_number=31,
            ),
        ),
        depends_on=when({"ethnic_group2": 2}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_background_arab",
        (
            question(
                id="ethnicbuy2",
                type="radio",
                question_text="Which of the following best describes buyer 2’s Arab background?",
                check_answer_label="Buyer 2’s ethnic background",
                check_answer_prompt="Select buyer 2’s ethnic background",
                answer_options=options({"19": "Arab", "16": "Other ethnic group"}),
                question_number=31,
            ),
        ),
        depends_on=when({"ethnic_group2": 4}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_background_mixed",
        (
            question(
                id="ethnicbuy2",
                type="radio",
                question_text="Which of the following best describes buyer 2’s Mixed or Multiple ethnic groups background?",
                check_answer_label="Buyer 2’s ethnic background",
                check_answer_prompt="Select buyer 2’s ethnic background",
                answer_options=options(
                    {
                        "4": "White and Black Caribbean",
                        "5": "White and Black African",
                        "6": "White and Asian",
                        "7": "Any other Mixed or Multiple ethnic background",
                    }
                ),
                question_number=31,
            ),
        ),
        depends_on=when({"ethnic_group2": 1}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_ethnic_background_white",
        (
            question(
                id="ethnicbuy2",
                type="radio",
                question_text="Which of the following best describes buyer 2’s White background?",
                check_answer_label="Buyer 2’s ethnic background",
                check_answer_prompt="Select buyer 2’s ethnic background",
                answer_options=options(
                    {
                        "1": "English, Welsh, Northern Irish, Scottish or British",
                        "2": "Irish",
                        "18": "Gypsy or Irish Traveller",
                        "20": "Roma",
                        "3": "Any other White background",
                    }
                ),
                question_number=31,
            ),
        ),
        depends_on=when({"ethnic_group2": 0}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_nationality",
        (
            question(
                id="nationality_all_buyer2_group",
                type="radio",
                question_text="What is buyer 2’s nationality?",
                check_answer_label="Buyer 2’s nationality",
                check_answer_prompt="Select buyer 2’s nationality",
                hint_text="If buyer 1 is a dual national of the United Kingdom and another country, enter United Kingdom. If they are a dual national of two other countries, the buyer should decide which country to enter.",
                answer_options=options({"826": "United Kingdom", "12": "Other", "0": "Buyer prefers not to say"}),
                conditional_for={"nationality_all_buyer2": (12,)},
                question_number=32,
            ),
            question(
                id="nationality_all_buyer2",
                type="select",
                question_text="Enter a nationality",
                check_answer_label="Buyer 2’s nationality",
                check_answer_prompt="Select buyer 2’s nationality",
                answer_options=options(NATIONALITIES),
                question_number=32,
            ),
        ),
        depends_on=when({"buyer_2_details_asked?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_working_situation",
        (
            question(
                id="ecstat2",
                type="radio",
                question_text="Which of these best describes buyer 2’s working situation?",
                check_answer_label="Buyer 2’s working situation",
                check_answer_prompt="Select buyer 2’s working situation",
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
                question_number=33,
                inferred_check_answers_value=(({"ecstat2": 10}, "Prefers not to say"),),
            ),
        ),
        depends_on=when({"buyer_2_details_asked?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "working_situation_2_retirement_value_check_joint_purchase",
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
        check_answers_card_number=2,
    ),
    Page(
        "working_situation_2_not_retired_value_check_joint_purchase",
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
        check_answers_card_number=2,
    ),
    Page(
        "working_situation_buyer_2_income_value_check",
        (are_you_sure("income2_value_check", "Buyer 2 income confirmation", "Confirm buyer 2 income"),),
        depends_on=when({"income2_outside_soft_range_for_ecstat?": True}),
        title_text=soft_check(
            "You told us the income of buyer 2 is %{income}.",
            {"key": "field_formatted_as_currency", "arguments_for_key": "income2", "i18n_template": "income"},
        ),
        informative_text=soft_check(
            "This is %{more_or_less} than we would expect for someone in this working situation.",
            {"key": "income2_more_or_less_text", "i18n_template": "more_or_less"},
        ),
        interruption_screen_question_ids=("ecstat2", "income2"),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_live_in_property",
        (
            question(
                id="buy2livein",
                type="radio",
                question_text="Will buyer 2 live in the property?",
                check_answer_label="Buyer 2 lives in the property",
                check_answer_prompt="Tell us if buyer 2 lives in the property",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=34,
            ),
        ),
        depends_on=when({"buyer_2_livein_asked?": True}),
        check_answers_card_number=2,
    ),
    Page(
        "buyer_2_live_in_property_value_check",
        (are_you_sure("buyer_livein_value_check", "Buyer live in confirmation", "Confirm buyer 2 living situation"),),
        depends_on=when({"buyer2_livein_wrong_for_ownership_type?": True}),
        title_text=soft_check(
            "You told us that buyer 2 will not live in the property.",
            {"key": "ownership_scheme", "label": False, "i18n_template": "ownership_scheme"},
        ),
        informative_text=soft_check(
            "For %{ownership_scheme} types, the buyer usually lives in the property.",
            {"key": "ownership_scheme", "label": False, "i18n_template": "ownership_scheme"},
        ),
        interruption_screen_question_ids=("ownershipsch", "buy2livein"),
        check_answers_card_number=2,
    ),
    Page(
        "number_of_others_in_property",
        (
            question(
                id="hholdcount",
                type="numeric",
                question_text="Besides the buyer, how many other people live or will live in the property?",
                check_answer_label="Number of other people living in the property",
                check_answer_prompt="Enter number of other people living in the property",
                hint_text="Include all people living in the property who are not the buyer. In later questions you will only be asked for details about the first 5 other people for a sole purchase.",
                min=0,
                max=15,
                step=1,
                width=2,
                question_number=35,
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
                question_text="Besides the buyers, how many other people live or will live in the property?",
                check_answer_label="Number of other people living in the property",
                check_answer_prompt="Enter number of other people living in the property",
                hint_text="Include all people living in the property who are not the buyers. In later questions you will only be asked for details about the first 4 other people for a joint purchase.",
                min=0,
                max=15,
                step=1,
                width=2,
                question_number=35,
            ),
        ),
        depends_on=when({"joint_purchase?": True, "buyer_details_asked?": True}),
    ),
)
