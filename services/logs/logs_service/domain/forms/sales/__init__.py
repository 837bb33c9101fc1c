"""The sales form, one definition per collection year (2026/27 written as changes to 2025/26), with its
own named routing predicates (`sales/predicates.py`)."""

from __future__ import annotations

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.sales.predicates import NAMED

SETUP_LABEL = "Set up this sales log"


def sales_form(start_year: int) -> Form:
    if start_year >= 2026:
        from logs_service.domain.forms.sales.y2026 import SECTIONS
    else:
        from logs_service.domain.forms.sales.y2025 import SECTIONS
    return Form(log_type="sales", start_year=start_year, sections=SECTIONS, predicates=NAMED)
