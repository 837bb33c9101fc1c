"""Sales 2026/27: income, benefits and savings. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import renumbered, revised
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

INCOME_BENEFITS_AND_SAVINGS = (
    renumbered(Y2025["buyer_1_income"], {"income1nk": 74, "income1": 74}),
    Y2025["buyer_1_income_ecstat_value_check"],
    Y2025["buyer_1_income_discounted_max_value_check"],
    Y2025["buyer_1_combined_income_max_value_check"],
    Y2025["buyer_1_income_mortgage_value_check"],
    renumbered(Y2025["buyer_1_mortgage"], {"inc1mort": 75}),
    Y2025["buyer_1_mortgage_value_check"],
    renumbered(Y2025["buyer_2_income"], {"income2nk": 76, "income2": 76}),
    Y2025["buyer_2_income_mortgage_value_check"],
    Y2025["buyer_2_income_ecstat_value_check"],
    Y2025["buyer_2_income_discounted_max_value_check"],
    Y2025["buyer_2_combined_income_max_value_check"],
    renumbered(Y2025["buyer_2_mortgage"], {"inc2mort": 77}),
    Y2025["buyer_2_mortgage_value_check"],
    # From 2026/27 the benefits question has an "All buyers" card on check answers.
    revised(renumbered(Y2025["housing_benefits_joint_purchase"], {"hb": 78}), check_answers_card_title="All buyers"),
    revised(
        renumbered(Y2025["housing_benefits_not_joint_purchase"], {"hb": 78}), check_answers_card_title="All buyers"
    ),
    renumbered(Y2025["savings_joint_purchase"], {"savingsnk": 79, "savings": 79}),
    renumbered(Y2025["savings"], {"savingsnk": 79, "savings": 79}),
    Y2025["savings_joint_purchase_value_check"],
    Y2025["savings_value_check"],
    Y2025["savings_deposit_joint_purchase_value_check"],
    Y2025["savings_deposit_value_check"],
    renumbered(Y2025["previous_ownership_joint_purchase"], {"prevown": 80}),
    renumbered(Y2025["previous_ownership_not_joint_purchase"], {"prevown": 80}),
    renumbered(Y2025["previous_shared"], {"prevshared": 81}),
)
