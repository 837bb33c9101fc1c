"""The lettings form for 2026/27: the same sections as 2025/26, with this year's pages."""

from __future__ import annotations

from logs_service.domain.forms.lettings.y2025 import sections
from logs_service.domain.forms.lettings.y2026_household import HOUSEHOLD_CHARACTERISTICS
from logs_service.domain.forms.lettings.y2026_income import INCOME_AND_BENEFITS
from logs_service.domain.forms.lettings.y2026_needs import HOUSEHOLD_NEEDS
from logs_service.domain.forms.lettings.y2026_property import PROPERTY_INFORMATION
from logs_service.domain.forms.lettings.y2026_setup import SETUP
from logs_service.domain.forms.lettings.y2026_situation import HOUSEHOLD_SITUATION
from logs_service.domain.forms.lettings.y2026_tenancy import TENANCY_INFORMATION

SECTIONS = sections(
    SETUP,
    PROPERTY_INFORMATION,
    TENANCY_INFORMATION,
    HOUSEHOLD_CHARACTERISTICS,
    HOUSEHOLD_NEEDS,
    HOUSEHOLD_SITUATION,
    INCOME_AND_BENEFITS,
)
