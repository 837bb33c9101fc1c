"""Sales 2026/27: shared ownership, staircasing transaction. Written as changes to 2025/26:
`Y2025[...]` is last year's page unchanged, `renumbered(...)` the same page with this year's
question numbers.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates
(`sales/predicates.py`).
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import options, renumbered
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.sales.builders import question
from logs_service.domain.forms.sales.y2025 import PAGES_BY_ID as Y2025

SHARED_OWNERSHIP_STAIRCASING_TRANSACTION = (
    renumbered(Y2025["about_staircasing_joint_purchase"], {"stairbought": 98, "stairowned": 99}),
    renumbered(Y2025["about_staircasing_not_joint_purchase"], {"stairbought": 98, "stairowned": 99}),
    renumbered(Y2025["staircase_sale"], {"staircasesale": 100}),
    Y2025["staircase_bought_value_check"],
    Y2025["staircase_owned_value_check_joint_purchase"],
    Y2025["staircase_owned_value_check_not_joint_purchase"],
    renumbered(Y2025["staircase_first_time"], {"firststair": 101}),
    renumbered(Y2025["staircase_previous"], {"numstair": 102, "lasttransaction": 103, "initialpurchase": 104}),
    renumbered(Y2025["staircase_initial_date"], {"initialpurchase": 104}),
    Page(
        "value_shared_ownership_staircase",
        (
            question(
                id="value",
                type="numeric",
                question_text="What was the full purchase price for this staircasing transaction?",
                check_answer_label="Full purchase price",
                check_answer_prompt="Enter full purchase price",
                hint_text="Enter the full purchase price of the property before any discounts are applied. For shared ownership, enter the full purchase price paid for 100% equity (this is equal to the value of the share owned by the PRP plus the value bought by the purchaser in the current and all previous transactions).",
                min=15000,
                max=999999,
                step=1,
                width=10,
                prefix="£",
                question_number=105,
            ),
        ),
        header="About the price of the property",
    ),
    Y2025["about_price_shared_ownership_value_check_staircasing"],
    renumbered(Y2025["staircase_equity"], {"equity": 106}),
    Page(
        "staircase_mortgage_used_shared_ownership",
        (
            question(
                id="mortgageused",
                type="radio",
                question_text="Was a mortgage used for this staircasing transaction?",
                check_answer_label="Mortgage used",
                check_answer_prompt="Tell us if a mortgage was used",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=107,
            ),
        ),
    ),
    renumbered(Y2025["monthly_rent_staircasing_owned"], {"mrentprestaircasing": 108}),
    renumbered(Y2025["monthly_rent_staircasing"], {"mrentprestaircasing": 108, "mrent": 109}),
    Page(
        "service_charge_staircasing",
        (
            question(
                id="has_mscharge",
                type="radio",
                question_text="Does the property have any service charges?",
                check_answer_label="Property service charges",
                check_answer_prompt="Enter service charges if any",
                hint_text="This includes any charges for day-to-day maintenance and repairs, building insurance, and any contributions to a sinking or reserved fund. It does not include estate management fees.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"mscharge": (1,)},
                question_number=110,
            ),
            question(
                id="mscharge",
                type="numeric",
                question_text="Enter the total monthly charge",
                check_answer_label="Monthly service charges",
                check_answer_prompt="Enter monthly service charges",
                min=1,
                max=9999.99,
                step=0.01,
                width=5,
                prefix="£",
                question_number=110,
            ),
        ),
    ),
    Page(
        "service_charge_changed",
        (
            question(
                id="hasservicechargeschanged",
                type="radio",
                question_text="Will the service charge change after this staircasing transaction takes place?",
                check_answer_label="Service charge will change",
                check_answer_prompt="Tell us if the service charge will change",
                hint_text="This includes any charges for day-to-day maintenance and repairs, building insurance, and any contributions to a sinking or reserved fund. It does not include estate management fees.",
                answer_options=options({"1": "Yes", "2": "No"}),
                conditional_for={"newservicecharges": (1,)},
                question_number=111,
            ),
            question(
                id="newservicecharges",
                type="numeric",
                question_text="Enter the new total monthly charge",
                check_answer_label="New monthly service charges",
                check_answer_prompt="Enter new monthly service charges",
                min=0,
                max=9999.99,
                step=0.01,
                width=5,
                prefix="£",
                question_number=111,
            ),
        ),
    ),
    Y2025["monthly_charges_staircasing_value_check"],
)
