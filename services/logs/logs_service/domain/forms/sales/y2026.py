"""The sales form for 2026/27: the same sections as 2025/26, with this year's pages."""

from __future__ import annotations

from logs_service.domain.forms.sales.y2025 import sections
from logs_service.domain.forms.sales.y2026_buyers import BUYERS
from logs_service.domain.forms.sales.y2026_discounted import DISCOUNTED_OWNERSHIP_SCHEME
from logs_service.domain.forms.sales.y2026_income import INCOME_BENEFITS_AND_SAVINGS
from logs_service.domain.forms.sales.y2026_outright import OUTRIGHT_SALE
from logs_service.domain.forms.sales.y2026_persons import PERSONS
from logs_service.domain.forms.sales.y2026_property import PROPERTY_INFORMATION
from logs_service.domain.forms.sales.y2026_setup import SETUP
from logs_service.domain.forms.sales.y2026_shared_ownership import SHARED_OWNERSHIP_INITIAL_PURCHASE
from logs_service.domain.forms.sales.y2026_situation import HOUSEHOLD_SITUATION, OTHER_HOUSEHOLD_INFORMATION
from logs_service.domain.forms.sales.y2026_staircasing import SHARED_OWNERSHIP_STAIRCASING_TRANSACTION

SECTIONS = sections(
    SETUP,
    PROPERTY_INFORMATION,
    BUYERS + PERSONS,
    HOUSEHOLD_SITUATION,
    OTHER_HOUSEHOLD_INFORMATION,
    INCOME_BENEFITS_AND_SAVINGS,
    (
        SHARED_OWNERSHIP_INITIAL_PURCHASE,
        SHARED_OWNERSHIP_STAIRCASING_TRANSACTION,
        DISCOUNTED_OWNERSHIP_SCHEME,
        OUTRIGHT_SALE,
    ),
)
