"""Answer codes and labels of organisations, schemes and locations: the live service's codes, used by its
forms, bulk upload, CSV downloads and CDS export. Labels are its wording, kept verbatim."""

from __future__ import annotations

PROVIDER_TYPE_LABELS = {"LA": "Local authority", "PRP": "Private registered provider"}

# The lettings form's `period` question (2025/26), in the form's order.
RENT_PERIODS: dict[int, str] = {
    2: "Every 2 weeks",
    3: "Every 4 weeks",
    4: "Every calendar month",
    9: "Weekly for 46 weeks",
    8: "Weekly for 47 weeks",
    7: "Weekly for 48 weeks",
    6: "Weekly for 49 weeks",
    5: "Weekly for 50 weeks",
    11: "Weekly for 51 weeks",
    1: "Weekly for 52 weeks",
    10: "Weekly for 53 weeks",
}

YES_NO: dict[int, str] = {1: "Yes", 0: "No"}

SCHEME_TYPES: dict[int, str] = {
    5: "Direct Access Hostel",
    4: "Foyer",
    7: "Housing for older people",
    6: "Other Supported Housing",
}

REGISTERED_UNDER_CARE_ACT: dict[int, str] = {
    4: "Yes – registered care home providing nursing care",
    3: "Yes – registered care home providing personal care",
    2: "Yes – part registered as a care home",
    1: "No",
}

CLIENT_GROUPS: dict[str, str] = {
    "O": "Homeless families with support needs",
    "H": "Offenders and people at risk of offending",
    "M": "Older people with support needs",
    "L": "People at risk of domestic violence",
    "A": "People with a physical or sensory disability",
    "G": "People with alcohol problems",
    "F": "People with drug problems",
    "B": "People with HIV or AIDS",
    "D": "People with learning disabilities",
    "E": "People with mental health problems",
    "I": "Refugees (permanent)",
    "S": "Rough sleepers",
    "N": "Single homeless people with support needs",
    "R": "Teenage parents",
    "Q": "Young people at risk",
    "P": "Young people leaving care",
}

SUPPORT_TYPES: dict[int, str] = {
    2: "Low level",
    3: "Medium level",
    4: "High level",
    5: "Nursing care in a care home",
}

INTENDED_STAYS: dict[str, str] = {
    "V": "Very short stay",
    "S": "Short stay",
    "M": "Medium stay",
    "P": "Permanent",
}

ARRANGEMENT_TYPES: dict[str, str] = {
    "D": "The same organisation that owns the housing stock",
    "R": "Another registered housing provider",
    "V": "A registered charity or voluntary organisation",
    "O": "Another organisation",
}
ARRANGEMENT_SAME_ORGANISATION = "D"

MOBILITY_TYPES: dict[str, str] = {
    "W": "Wheelchair-user standard",
    "A": "Fitted with equipment and adaptations",
    "M": "Property designed to accessible general standard",
    "N": "None",
}

TYPES_OF_UNIT: dict[int, str] = {
    6: "Bungalow",
    1: "Self-contained flat or bedsit",
    2: "Self-contained flat or bedsit with common facilities",
    7: "Self-contained house",
    3: "Shared flat",
    4: "Shared house or hostel",
}

# Statuses of schemes and locations.
INCOMPLETE = "incomplete"
ACTIVE = "active"
ACTIVATING_SOON = "activating_soon"
DEACTIVATING_SOON = "deactivating_soon"
DEACTIVATED = "deactivated"
REACTIVATING_SOON = "reactivating_soon"

# Statuses of organisations.
ORGANISATION_ACTIVE = "active"
ORGANISATION_DEACTIVATED = "deactivated"
ORGANISATION_MERGED = "merged"
