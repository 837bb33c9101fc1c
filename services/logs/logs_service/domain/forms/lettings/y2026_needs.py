"""Lettings 2026/27: household needs. Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    renumbered,
    soft_check,
)
from logs_service.domain.forms.lettings.y2025 import PAGES_BY_ID as Y2025
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

HOUSEHOLD_NEEDS = (
    renumbered(Y2025["armed_forces"], {"armedforces": 72}),
    renumbered(Y2025["armed_forces_serving"], {"leftreg": 73}),
    renumbered(Y2025["armed_forces_injured"], {"reservist": 74}),
    renumbered(Y2025["pregnant"], {"preg_occ": 75}),
    Page(
        "no_household_member_likely_to_be_pregnant_check",
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
    renumbered(Y2025["access_needs_exist"], {"housingneeds": 76}),
    renumbered(Y2025["type_of_access_needs"], {"housingneeds_type": 77, "housingneeds_other": 78}),
    renumbered(Y2025["health_conditions"], {"illness": 79}),
    Page(
        "working_situation_long_term_illness_check",
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
    ),
    renumbered(Y2025["health_condition_effects"], {"condition_effects": 80}),
)
