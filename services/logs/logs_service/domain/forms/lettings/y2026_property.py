"""Lettings 2026/27: property information. Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    options,
    question,
    renumbered,
)
from logs_service.domain.forms.lettings.y2025 import PAGES_BY_ID as Y2025
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

PROPERTY_INFORMATION = (
    Y2025["first_time_property_let_as_social_housing"],
    Y2025["property_let_type"],
    Y2025["property_vacancy_reason_not_first_let"],
    Y2025["property_vacancy_reason_first_let"],
    Y2025["address_search"],
    Y2025["address"],
    Y2025["property_local_authority"],
    Y2025["local_authority_rent_value_check"],
    Y2025["property_unit_type"],
    renumbered(Y2025["property_wheelchair_accessible"], {"wchair": 20}),
    renumbered(Y2025["property_number_of_bedrooms"], {"beds": 21}),
    Y2025["beds_rent_value_check"],
    renumbered(Y2025["void_date"], {"voiddate": 22}),
    Y2025["void_date_value_check"],
    Page(
        "property_major_repairs",
        (
            question(
                id="majorrepairs",
                type="radio",
                question_text="Were any major repairs carried out during the void period?",
                check_answer_label="Major repairs carried out during void period",
                check_answer_prompt="Select major repairs carried out during void period",
                hint_text="Major repairs are works which could not reasonably be carried out with a tenant in occupation, and which need to be carried out in a property while it is vacant. They are works that have prevented the re-letting of the property because of their scale and extent. They involve remedial works that are necessary for the property to remain habitable and include structural repairs, site works and service installations.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"mrcdate": (1,)},
                question_number=23,
            ),
            question(
                id="mrcdate",
                type="date",
                question_text="When were the repairs completed?",
                check_answer_label="Completion date of repairs",
                check_answer_prompt="Set completion date of repairs",
                question_number=23,
            ),
        ),
        depends_on=when({"is_renewal?": False, "vacancy_reason_not_renewal_or_first_let?": True}),
    ),
    Y2025["property_major_repairs_value_check"],
    renumbered(Y2025["sheltered_accommodation"], {"sheltered": 24}),
)
