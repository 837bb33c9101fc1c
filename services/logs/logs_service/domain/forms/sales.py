"""The sales form: so far only its organisation questions, from the setup section ("Set up this
sales log") of the live 2025/26 and 2026/27 forms. The sale completion date and the rest of setup
are still to come, so sales logs have no collection year yet."""

from __future__ import annotations

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import Page, Question, Section, Subsection
from logs_service.domain.forms.predicates import (
    MANAGING_AGENTS,
    STOCK_OWNERS,
    managing_agent_choice_needed,
    stock_owner_choice_needed,
)

SETUP_LABEL = "Set up this sales log"

OWNING_ORGANISATION = Question(
    id="owning_organisation_id",
    type="select",
    question_text="Which organisation owns this log?",
    check_answer_label="Owning organisation",
    check_answer_prompt="Select owning organisation",
    options_source=STOCK_OWNERS,
    derived=True,
)

MANAGING_ORGANISATION = Question(
    id="managing_organisation_id",
    type="select",
    question_text="Which organisation is reporting this sale?",
    check_answer_label="Reported by",
    check_answer_prompt="Select reporting organisation",
    options_source=MANAGING_AGENTS,
    derived=True,
)


def sales_form(start_year: int) -> Form:
    pages = (
        Page("owning_organisation", (OWNING_ORGANISATION,), depends_on=stock_owner_choice_needed),
        Page("managing_organisation", (MANAGING_ORGANISATION,), depends_on=managing_agent_choice_needed),
    )
    setup = Section("setup", "Before you start", (Subsection("setup", SETUP_LABEL, pages),))
    return Form(log_type="sales", start_year=start_year, sections=(setup,))
