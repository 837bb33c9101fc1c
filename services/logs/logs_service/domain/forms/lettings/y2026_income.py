"""Lettings 2026/27: income, benefits and outgoings. Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

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

INCOME_AND_BENEFITS = (
    renumbered(Y2025["income_known"], {"net_income_known": 93}),
    renumbered(Y2025["income_amount"], {"incfreq": 94, "earnings": 95}),
    Y2025["income_amount_net_income_value_check"],
    renumbered(Y2025["housing_benefit"], {"hb": 96}),
    renumbered(Y2025["benefits_proportion"], {"benefits": 97}),
    renumbered(Y2025["rent_or_other_charges"], {"household_charge": 98}),
    Page(
        "rent_period",
        (
            question(
                id="period",
                type="radio",
                question_text="How often does the household pay rent and other charges?",
                check_answer_label="Frequency of household rent and charges",
                check_answer_prompt="Select frequency of household rent and charges",
                hint_text="Select how often the household is charged. This may be different to how often they pay.<br><br>Only options relevant to your organisation are shown below. To change these, go to the 'About your organisation' page or contact our helpdesk using the link at the bottom of this page.",
                answer_options=options(
                    {
                        "2": "Every 2 weeks",
                        "3": "Every 4 weeks",
                        "4": "Every calendar month",
                        "9": "Weekly for 46 weeks",
                        "8": "Weekly for 47 weeks",
                        "7": "Weekly for 48 weeks",
                        "6": "Weekly for 49 weeks",
                        "5": "Weekly for 50 weeks",
                        "11": "Weekly for 51 weeks",
                        "1": "Weekly for 52 weeks",
                        "10": "Weekly for 53 weeks",
                    }
                ),
                question_number=99,
            ),
        ),
        depends_on=when(
            {"needstype": 1}, {"needstype": 2, "household_charge": 0}, {"needstype": 2, "household_charge": None}
        ),
    ),
    renumbered(Y2025["rent_weekly"], {"brent": 100, "scharge": 101, "pscharge": 102, "supcharg": 103}),
    renumbered(Y2025["rent_bi_weekly"], {"brent": 100, "scharge": 101, "pscharge": 102, "supcharg": 103}),
    renumbered(Y2025["rent_4_weekly"], {"brent": 100, "scharge": 101, "pscharge": 102, "supcharg": 103}),
    renumbered(Y2025["rent_monthly"], {"brent": 100, "scharge": 101, "pscharge": 102, "supcharg": 103}),
    Y2025["brent_rent_value_check"],
    Y2025["scharge_value_check"],
    Y2025["pscharge_value_check"],
    Y2025["supcharg_value_check"],
    renumbered(Y2025["outstanding"], {"hbrentshortfall": 104}),
    renumbered(Y2025["outstanding_amount"], {"tshortfall_known": 105, "tshortfall": 105}),
)
