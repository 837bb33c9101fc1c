"""Lettings 2026/27: tenancy information. Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

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

TENANCY_INFORMATION = (
    renumbered(Y2025["joint"], {"joint": 25}),
    renumbered(Y2025["starter_tenancy"], {"startertenancy": 26}),
    renumbered(Y2025["tenancy_type"], {"tenancy": 27, "tenancyother": 27}),
    renumbered(Y2025["starter_tenancy_type"], {"tenancy": 27, "tenancyother": 27}),
    Page(
        "tenancyother_value_check",
        (
            are_you_sure(
                "tenancyother_value_check", "Tenancy other confirmation", "Confirm tenancy type", question_text=""
            ),
        ),
        depends_on=when({"tenancyother_might_be_introductory_or_starter_period?": True}),
        title_text=soft_check(
            "You told us that the type of tenancy was %{tenancyother}.",
            {"key": "tenancyother", "i18n_template": "tenancyother"},
        ),
        informative_text=soft_check(
            "We already know whether the tenancy is introductory or has a starter period from your previous answer. Your answer to the type of main tenancy question should be the type of tenancy that the tenant will roll onto after any introductory or starter period. Choose from the categories or write a description if no category is suitable."
        ),
        interruption_screen_question_ids=(
            "startertenancy",
            "tenancy",
            "tenancyother",
        ),
    ),
    renumbered(Y2025["tenancy_length"], {"tenancylength": 28}),
    renumbered(Y2025["tenancy_length_affordable_rent"], {"tenancylength": 28}),
    renumbered(Y2025["tenancy_length_intermediate_rent"], {"tenancylength": 28}),
    renumbered(Y2025["tenancy_length_periodic"], {"tenancylength": 28}),
)
