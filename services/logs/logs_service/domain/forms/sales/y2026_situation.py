"""Sales 2026/27: household situation and other household information. Written as changes to 2025/26:
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

HOUSEHOLD_SITUATION = (
    renumbered(Y2025["buyer1_previous_tenure"], {"prevten": 64}),
    renumbered(Y2025["last_accommodation"], {"ppcodenk": 65, "ppostcode_full": 65}),
    renumbered(Y2025["last_accommodation_la"], {"previous_la_known": 66, "prevloc": 66}),
    renumbered(Y2025["buyer_2_living_in"], {"buy2living": 67}),
    renumbered(Y2025["buyer_2_previous_housing_situation"], {"prevtenbuy2": 68}),
)
OTHER_HOUSEHOLD_INFORMATION = (
    renumbered(Y2025["armed_forces"], {"hhregres": 69}),
    Page(
        "buyer_still_serving",
        (
            question(
                id="hhregresstill",
                type="radio",
                question_text="Is the buyer still serving in the UK armed forces?",
                check_answer_label="Buyer still serving in the UK armed forces",
                check_answer_prompt="Tell us if the buyer is still serving in the UK armed forces",
                answer_options=options(
                    {
                        "4": "Yes",
                        "5": "No - they left up to and including 2 years ago",
                        "6": "No - they left more than 2 years ago",
                        "9": "Don’t know",
                    },
                    dividers=("6",),
                ),
                question_number=70,
            ),
        ),
        depends_on=when({"hhregres": 1}),
    ),
    renumbered(Y2025["armed_forces_spouse"], {"armedforcesspouse": 71}),
    renumbered(Y2025["household_disability"], {"disabled": 72}),
    Y2025["disability_wheelchair_check"],
    renumbered(Y2025["household_wheelchair"], {"wheel": 73}),
    Y2025["wheelchair_check"],
)
