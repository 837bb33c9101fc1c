"""The lettings form, one definition per collection year (2026/27 written as changes to 2025/26)."""

from __future__ import annotations

from logs_service.domain.forms.form import Form


def lettings_form(start_year: int) -> Form:
    if start_year >= 2026:
        from logs_service.domain.forms.lettings.y2026 import SECTIONS
    else:
        from logs_service.domain.forms.lettings.y2025 import SECTIONS
    return Form(log_type="lettings", start_year=start_year, sections=SECTIONS)
