"""Lettings 2026/27: the set-up section (“Before you start”). Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.checks import startdate_at_most_14_days_ahead, startdate_in_open_collection_window
from logs_service.domain.forms.lettings.builders import (
    options,
    question,
)
from logs_service.domain.forms.lettings.y2025 import PAGES_BY_ID as Y2025
from logs_service.domain.forms.model import Page

SETUP = (
    Y2025["stock_owner"],
    Y2025["managing_organisation"],
    Y2025["assigned_to"],
    Page(
        "needs_type",
        (
            question(
                id="needstype",
                type="radio",
                question_text="What is the needs type?",
                check_answer_label="Needs type",
                check_answer_prompt="Select needs type",
                answer_options=options({"1": "General needs", "2": "Supported housing"}),
                question_number=3,
            ),
        ),
        header="Needs type",
    ),
    Y2025["scheme"],
    Y2025["location"],
    Y2025["location_search"],
    Y2025["renewal"],
    Page(
        "tenancy_start_date",
        (
            question(
                id="startdate",
                type="date",
                question_text="What is the tenancy start date?",
                check_answer_label="Tenancy start date",
                check_answer_prompt="Set tenancy start date",
                hint_text="The tenancy start date can be up to 14 days from today. If your tenancy starts more than 14 days into the future, please wait until you are within 14 days of the start date before submitting your log. <br><br>For example, if you’re answering this question on 1 April, you can enter a tenancy start date up to and including 15 April.",
                question_number=7,
                checks=(startdate_in_open_collection_window, startdate_at_most_14_days_ahead),
            ),
        ),
    ),
    Y2025["rent_type"],
    Y2025["tenant_code"],
    Y2025["property_reference"],
    Y2025["declaration"],
)
