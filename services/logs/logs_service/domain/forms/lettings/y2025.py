"""The lettings form for 2025/26: its sections and subsections, in form order."""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import pages_by_id
from logs_service.domain.forms.lettings.y2025_household import HOUSEHOLD_CHARACTERISTICS
from logs_service.domain.forms.lettings.y2025_income import INCOME_AND_BENEFITS
from logs_service.domain.forms.lettings.y2025_needs import HOUSEHOLD_NEEDS
from logs_service.domain.forms.lettings.y2025_property import PROPERTY_INFORMATION
from logs_service.domain.forms.lettings.y2025_setup import SETUP
from logs_service.domain.forms.lettings.y2025_situation import HOUSEHOLD_SITUATION
from logs_service.domain.forms.lettings.y2025_tenancy import TENANCY_INFORMATION
from logs_service.domain.forms.model import Page, Section, Subsection
from logs_service.domain.forms.routing import when

# Every subsection after set up waits for it (the scheme and location may come later).
AFTER_SETUP = when({"non_location_setup_questions_completed?": True})


def sections(
    setup: tuple[Page, ...],
    property_information: tuple[Page, ...],
    tenancy: tuple[Page, ...],
    characteristics: tuple[Page, ...],
    needs: tuple[Page, ...],
    situation: tuple[Page, ...],
    income: tuple[Page, ...],
) -> tuple[Section, ...]:
    """The lettings form's sections and subsections, the same in 2025/26 and 2026/27."""
    return (
        Section("setup", "Before you start", (Subsection("setup", "Set up this lettings log", setup),)),
        Section(
            "tenancy_and_property",
            "Property and tenancy information",
            (
                Subsection("property_information", "Property information", property_information, AFTER_SETUP),
                Subsection("tenancy_information", "Tenancy information", tenancy, AFTER_SETUP),
            ),
        ),
        Section(
            "household",
            "About the household",
            (
                Subsection("household_characteristics", "Household characteristics", characteristics, AFTER_SETUP),
                Subsection("household_needs", "Household needs", needs, AFTER_SETUP),
                Subsection("household_situation", "Household situation", situation, AFTER_SETUP),
            ),
        ),
        Section(
            "rent_and_charges",
            "Finances",
            (Subsection("income_and_benefits", "Income, benefits and outgoings", income, AFTER_SETUP),),
        ),
    )


SECTIONS = sections(
    SETUP,
    PROPERTY_INFORMATION,
    TENANCY_INFORMATION,
    HOUSEHOLD_CHARACTERISTICS,
    HOUSEHOLD_NEEDS,
    HOUSEHOLD_SITUATION,
    INCOME_AND_BENEFITS,
)
PAGES_BY_ID = pages_by_id(page for section in SECTIONS for sub in section.subsections for page in sub.pages)
