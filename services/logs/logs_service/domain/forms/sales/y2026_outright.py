"""Sales 2026/27: outright sale. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import renumbered
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

OUTRIGHT_SALE = (
    Page(
        "purchase_price_outright_sale",
        (
            question(
                id="value",
                type="numeric",
                question_text="What is the full purchase price?",
                check_answer_label="Purchase price",
                check_answer_prompt="Enter purchase price",
                min=15000,
                max=999999,
                step=1,
                width=5,
                prefix="£",
            ),
        ),
        header="About the price of the property",
        depends_on=when({"outright_sale_or_discounted_with_full_ownership?": True}),
    ),
    Y2025["about_price_outright_sale_value_check"],
    Y2025["mortgage_used_outright_sale"],
    Y2025["outright_sale_mortgage_used_mortgage_value_check"],
    Y2025["mortgage_amount_outright_sale"],
    Y2025["outright_sale_mortgage_amount_mortgage_value_check"],
    Y2025["mortgage_length_outright_sale"],
    Y2025["extra_borrowing_outright_sale"],
    Y2025["deposit_outright_sale"],
    Y2025["outright_sale_deposit_joint_purchase_value_check"],
    Y2025["outright_sale_deposit_value_check"],
    renumbered(Y2025["leasehold_charges_outright_sale"], {"has_mscharge": 121}),
    Y2025["monthly_charges_outright_sale_value_check"],
)
