"""Sales 2026/27: property information. Written as changes to 2025/26:
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

PROPERTY_INFORMATION = (
    Y2025["address_search"],
    Y2025["address"],
    Y2025["property_local_authority"],
    Y2025["local_authority_buyer_1_income_max_value_check"],
    Y2025["local_authority_buyer_2_income_max_value_check"],
    Y2025["local_authority_combined_income_max_value_check"],
    Y2025["about_price_la_value_check"],
    Y2025["property_unit_type"],
    Page(
        "building_height_class",
        (
            question(
                id="buildheightclass",
                type="radio",
                question_text="What is the building height classification?",
                check_answer_label="Building height classification",
                check_answer_prompt="Select building height classification",
                answer_options=options({"1": "High-rise", "2": "Low-rise", "3": "Don't know"}),
                question_number=17,
            ),
        ),
        header="Building height classification",
        depends_on=when({"proptype": 1}, {"proptype": 2}, {"proptype": 9}),
    ),
    renumbered(Y2025["property_number_of_bedrooms"], {"beds": 18}),
    Y2025["about_price_bedrooms_value_check"],
    Y2025["monthly_charges_property_type_value_check"],
    Y2025["percentage_discount_proptype_value_check"],
    renumbered(Y2025["property_building_type"], {"builtype": 19}),
    renumbered(Y2025["property_wheelchair_accessible"], {"wchair": 20}),
)
