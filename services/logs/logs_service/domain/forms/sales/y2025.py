"""The sales form for 2025/26: its sections and subsections, in form order."""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import pages_by_id
from logs_service.domain.forms.model import Page, Section, Subsection
from logs_service.domain.forms.routing import when
from logs_service.domain.forms.sales.y2025_buyers import BUYERS
from logs_service.domain.forms.sales.y2025_discounted import DISCOUNTED_OWNERSHIP_SCHEME
from logs_service.domain.forms.sales.y2025_income import INCOME_BENEFITS_AND_SAVINGS
from logs_service.domain.forms.sales.y2025_outright import OUTRIGHT_SALE
from logs_service.domain.forms.sales.y2025_persons import PERSONS
from logs_service.domain.forms.sales.y2025_property import PROPERTY_INFORMATION
from logs_service.domain.forms.sales.y2025_setup import SETUP
from logs_service.domain.forms.sales.y2025_shared_ownership import SHARED_OWNERSHIP_INITIAL_PURCHASE
from logs_service.domain.forms.sales.y2025_situation import HOUSEHOLD_SITUATION, OTHER_HOUSEHOLD_INFORMATION
from logs_service.domain.forms.sales.y2025_staircasing import SHARED_OWNERSHIP_STAIRCASING_TRANSACTION

SETUP_LABEL = "Set up this sales log"
AFTER_SETUP = when({"setup_completed?": True})
NOT_STAIRCASING = when({"setup_completed?": True, "is_staircase?": False})


def sections(
    setup: tuple[Page, ...],
    property_information: tuple[Page, ...],
    characteristics: tuple[Page, ...],
    situation: tuple[Page, ...],
    other_information: tuple[Page, ...],
    income: tuple[Page, ...],
    sale_information: tuple[tuple[Page, ...], tuple[Page, ...], tuple[Page, ...], tuple[Page, ...]],
) -> tuple[Section, ...]:
    """The sales form's sections and subsections, the same in 2025/26 and 2026/27. Sale information has
    one subsection per ownership scheme (shared ownership twice: initial purchase and staircasing)."""
    initial, staircasing, discounted, outright = sale_information
    return (
        Section("setup", "Before you start", (Subsection("setup", SETUP_LABEL, setup),)),
        Section(
            "property_information",
            "Property information",
            (Subsection("property_information", "Property information", property_information, AFTER_SETUP),),
        ),
        Section(
            "household",
            "About the household",
            (
                Subsection("household_characteristics", "Household characteristics", characteristics, AFTER_SETUP),
                Subsection("household_situation", "Household situation", situation, NOT_STAIRCASING),
                Subsection(
                    "other_household_information", "Other household information", other_information, NOT_STAIRCASING
                ),
            ),
        ),
        Section(
            "finances",
            "Finances",
            (Subsection("income_benefits_and_savings", "Income, benefits and savings", income, NOT_STAIRCASING),),
        ),
        Section(
            "sale_information",
            "Sale information",
            (
                Subsection(
                    "shared_ownership_initial_purchase",
                    "Shared ownership - initial purchase",
                    initial,
                    when({"ownershipsch": 1, "setup_completed?": True, "staircase": 2}),
                ),
                Subsection(
                    "shared_ownership_staircasing_transaction",
                    "Shared ownership - staircasing transaction",
                    staircasing,
                    when({"ownershipsch": 1, "setup_completed?": True, "staircase": 1}),
                ),
                Subsection(
                    "discounted_ownership_scheme",
                    "Discounted ownership scheme",
                    discounted,
                    when({"ownershipsch": 2, "setup_completed?": True}),
                ),
                Subsection(
                    "outright_sale", "Outright sale", outright, when({"ownershipsch": 3, "setup_completed?": True})
                ),
            ),
        ),
    )


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
PAGES_BY_ID = pages_by_id(page for section in SECTIONS for sub in section.subsections for page in sub.pages)
