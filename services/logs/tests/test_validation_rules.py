"""Every lettings validation rule: a failing case and its boundary (just inside), from a table."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from logs_service.domain.validation import DORMANT, NOT_IMPLEMENTED, RULES_BY_ID, Facts, validate
from logs_service.domain.validation.engine import soft_check_fires
from logs_service.domain.validation.entities import (
    LocationFacts,
    MemoryLookups,
    OrganisationFacts,
    Period,
    SchemeFacts,
)
from logs_service.domain.validation.reference import LocalAuthority, RentRange, TableReference

REFERENCE = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "validations" / "lettings.jsonl"
TODAY = date(2026, 5, 1)
START = "2026-04-20"
LA_CODE = "E07000223"
REFERENCE_DATA = TableReference.of(
    [
        RentRange(2026, LA_CODE, 2, 1, Decimal("74.68"), Decimal("165.75"), Decimal("25.84"), Decimal("1000")),
        RentRange(2026, LA_CODE, 4, 1, Decimal("94.09"), Decimal("201.80"), Decimal("25.84"), Decimal("1000")),
        RentRange(2026, LA_CODE, 0, 2, Decimal("60"), Decimal("300"), Decimal("30"), Decimal("900")),
        RentRange(2025, LA_CODE, 2, 1, Decimal("70"), Decimal("160"), Decimal("25"), Decimal("900")),
    ],
    [
        LocalAuthority(LA_CODE, "Adur", 2021),
        LocalAuthority("E08000016", "Barnsley", 2021, 2025),
        LocalAuthority("E08000038", "Barnsley", 2026),
    ],
)
MERGE_DAY = date(2026, 4, 10)
LOOKUPS = MemoryLookups(
    organisations=(
        OrganisationFacts("org-a", "Active HA", rent_periods=(1, 2)),
        OrganisationFacts("org-new", "Absorbing HA"),
        OrganisationFacts("org-m1", "Merged One", merge_date=MERGE_DAY, absorbing_organisation_id="org-new"),
        OrganisationFacts("org-m2", "Merged Two", merge_date=MERGE_DAY, absorbing_organisation_id="org-new"),
        OrganisationFacts("org-m3", "Merged Three", merge_date=date(2026, 4, 15), absorbing_organisation_id="org-a"),
        OrganisationFacts("org-nodsa", "Unsigned HA", data_sharing_agreement_signed=False),
        OrganisationFacts(
            "org-late", "New Start HA", available_from=date(2026, 4, 21), has_absorbed_organisations=True
        ),
    ),
    schemes=(
        SchemeFacts("s-ok", "Rose Court", "active", "org-a"),
        SchemeFacts("s-new", "New Court", "incomplete", "org-a"),
        SchemeFacts("s-off", "Old Court", "deactivated", "org-a", (Period(date(2026, 4, 20)),)),
        SchemeFacts("s-back", "Back Court", "active", "org-a", (Period(date(2026, 4, 1), date(2026, 4, 20)),)),
    ),
    all_locations=(
        LocationFacts("l-1", "AA1 1AA", "s-ok", "active", startdate=date(2026, 4, 20)),
        LocationFacts("l-draft", "AA1 1AB", "s-new", "incomplete", confirmed=False),
        LocationFacts("l-off", "AA1 1AC", "s-off", "active"),
        LocationFacts("l-back", "AA1 1AD", "s-back", "active"),
    ),
)
SCHEME = {"owning_organisation_id": "org-a", "scheme_id": "s-ok"}
RENT = {"startdate": START, "la": LA_CODE, "beds": 2, "rent_type": 0, "needstype": 1, "period": 1}
INCOME = {"startdate": START, "hhmemb": 1, "ecstat1": 1, "incfreq": 1}

# (rule id, year, answers, fires, owner provider type)
Case = tuple[str, int, dict[str, Any], bool, str]
CASES: list[Case] = [
    # setup
    ("setup.startdate_outside_collection_window", 2026, {"startdate": "2025-03-31"}, True, ""),
    ("setup.startdate_outside_collection_window", 2026, {"startdate": "2025-04-01"}, False, ""),
    ("setup.startdate_outside_collection_window", 2026, {"startdate": "2027-04-01"}, True, ""),
    ("setup.startdate_more_than_14_days_ahead", 2026, {"startdate": "2026-05-16"}, True, ""),
    ("setup.startdate_more_than_14_days_ahead", 2026, {"startdate": "2026-05-15"}, False, ""),
    ("setup.irproduct_other_missing", 2026, {"rent_type": 5}, True, ""),
    ("setup.irproduct_other_missing", 2026, {"rent_type": 5, "irproduct_other": "Rent to save"}, False, ""),
    # setup: organisations (merged on 10 April 2026: on or before the start date is inactive)
    (
        "setup.owning_org_merged_before_startdate",
        2026,
        {"startdate": "2026-04-10", "owning_organisation_id": "org-m1"},
        True,
        "",
    ),
    (
        "setup.owning_org_merged_before_startdate",
        2026,
        {"startdate": "2026-04-09", "owning_organisation_id": "org-m1"},
        False,
        "",
    ),
    (
        "setup.managing_org_merged_before_startdate",
        2026,
        {"startdate": "2026-04-10", "managing_organisation_id": "org-m1"},
        True,
        "",
    ),
    (
        "setup.managing_org_merged_before_startdate",
        2026,
        {"startdate": "2026-04-09", "managing_organisation_id": "org-m1"},
        False,
        "",
    ),
    ("setup.startdate_org_merged", 2026, {"startdate": "2026-04-10", "managing_organisation_id": "org-m1"}, True, ""),
    ("setup.startdate_org_merged", 2026, {"startdate": "2026-04-09", "managing_organisation_id": "org-m1"}, False, ""),
    # setup: an absorbing organisation active from 21 April 2026 (before that day it is not yet active)
    (
        "setup.owning_org_absorbing_not_yet_active",
        2026,
        {"startdate": START, "owning_organisation_id": "org-late"},
        True,
        "",
    ),
    (
        "setup.owning_org_absorbing_not_yet_active",
        2026,
        {"startdate": "2026-04-21", "owning_organisation_id": "org-late"},
        False,
        "",
    ),
    (
        "setup.managing_org_absorbing_not_yet_active",
        2026,
        {"startdate": START, "managing_organisation_id": "org-late"},
        True,
        "",
    ),
    (
        "setup.managing_org_absorbing_not_yet_active",
        2026,
        {"startdate": "2026-04-21", "managing_organisation_id": "org-late"},
        False,
        "",
    ),
    ("setup.startdate_org_not_yet_active", 2026, {"startdate": START, "owning_organisation_id": "org-late"}, True, ""),
    (
        "setup.startdate_org_not_yet_active",
        2026,
        {"startdate": "2026-04-21", "owning_organisation_id": "org-late"},
        False,
        "",
    ),
    ("setup.owning_org_dsa_not_signed", 2026, {"owning_organisation_id": "org-nodsa"}, True, ""),
    ("setup.owning_org_dsa_not_signed", 2026, {"owning_organisation_id": "org-a"}, False, ""),
    ("setup.managing_org_dsa_not_signed", 2026, {"managing_organisation_id": "org-nodsa"}, True, ""),
    ("setup.managing_org_dsa_not_signed", 2026, {"managing_organisation_id": "org-a"}, False, ""),
    ("financial.rent_period_not_used_by_org", 2026, {"managing_organisation_id": "org-a", "period": 4}, True, ""),
    ("financial.rent_period_not_used_by_org", 2026, {"managing_organisation_id": "org-a", "period": 2}, False, ""),
    ("financial.rent_period_not_used_by_org", 2026, {"managing_organisation_id": "org-new", "period": 4}, False, ""),
    # setup: schemes and locations
    ("setup.scheme_incomplete", 2026, {**SCHEME, "scheme_id": "s-new"}, True, ""),
    ("setup.scheme_incomplete", 2026, SCHEME, False, ""),
    ("setup.scheme_no_completed_locations", 2026, {**SCHEME, "scheme_id": "s-new"}, True, ""),
    ("setup.scheme_no_completed_locations", 2026, SCHEME, False, ""),
    ("setup.scheme_inactive_on_startdate", 2026, {**SCHEME, "scheme_id": "s-off", "startdate": START}, True, ""),
    (
        "setup.scheme_inactive_on_startdate",
        2026,
        {**SCHEME, "scheme_id": "s-off", "startdate": "2026-04-19"},
        False,
        "",
    ),
    (
        "setup.scheme_inactive_on_startdate",
        2026,
        {**SCHEME, "scheme_id": "s-back", "startdate": "2026-04-19"},
        True,
        "",
    ),
    ("setup.scheme_inactive_on_startdate", 2026, {**SCHEME, "scheme_id": "s-back", "startdate": START}, False, ""),
    ("setup.scheme_no_active_locations_on_startdate", 2026, {**SCHEME, "startdate": "2026-04-19"}, True, ""),
    ("setup.scheme_no_active_locations_on_startdate", 2026, {**SCHEME, "startdate": START}, False, ""),
    (
        "setup.location_inactive_on_startdate",
        2026,
        {**SCHEME, "location_id": "l-1", "startdate": "2026-04-19"},
        True,
        "",
    ),
    ("setup.location_inactive_on_startdate", 2026, {**SCHEME, "location_id": "l-1", "startdate": START}, False, ""),
    ("setup.location_incomplete", 2026, {**SCHEME, "scheme_id": "s-new", "location_id": "l-draft"}, True, ""),
    ("setup.location_incomplete", 2026, {**SCHEME, "location_id": "l-1"}, False, ""),
    (
        "property.postcode_differs_from_location",
        2026,
        {**SCHEME, "location_id": "l-1", "postcode_full": "AA1 1AB"},
        True,
        "",
    ),
    (
        "property.postcode_differs_from_location",
        2026,
        {**SCHEME, "location_id": "l-1", "postcode_full": "aa11aa"},
        False,
        "",
    ),
    (
        "property.postcode_differs_from_location",
        2025,
        {**SCHEME, "location_id": "l-1", "postcode_full": "AA1 1AB"},
        False,
        "",
    ),
    # dates
    ("date.invalid_date", 2026, {"mrcdate": "2026-02-30"}, True, ""),
    ("date.invalid_date", 2026, {"mrcdate": "2026-02-28"}, False, ""),
    ("date.mrcdate_on_first_let", 2026, {"mrcdate": "2026-01-01", "rsnvac": 16}, True, ""),
    ("date.mrcdate_on_first_let", 2026, {"mrcdate": "2026-01-01", "rsnvac": 14}, False, ""),
    ("date.mrcdate_after_startdate", 2026, {"startdate": START, "mrcdate": "2026-04-21"}, True, ""),
    ("date.mrcdate_after_startdate", 2026, {"startdate": START, "mrcdate": START}, False, ""),
    ("date.mrcdate_over_20_years_before_startdate", 2026, {"startdate": START, "mrcdate": "2006-04-19"}, True, ""),
    ("date.mrcdate_over_20_years_before_startdate", 2026, {"startdate": START, "mrcdate": "2006-04-20"}, False, ""),
    ("date.voiddate_after_mrcdate", 2026, {"voiddate": "2026-01-02", "mrcdate": "2026-01-01"}, True, ""),
    ("date.voiddate_after_mrcdate", 2026, {"voiddate": "2026-01-01", "mrcdate": "2026-01-01"}, False, ""),
    ("date.voiddate_after_startdate", 2026, {"startdate": START, "voiddate": "2026-04-21"}, True, ""),
    ("date.voiddate_after_startdate", 2026, {"startdate": START, "voiddate": START}, False, ""),
    ("date.voiddate_over_20_years_before_startdate", 2026, {"startdate": START, "voiddate": "2006-04-19"}, True, ""),
    ("date.voiddate_over_20_years_before_startdate", 2026, {"startdate": START, "voiddate": "2006-04-20"}, False, ""),
    # property
    ("property.temp_relet_but_prevten_not_temporary", 2026, {"rsnvac": 9, "prevten": 4}, True, ""),
    ("property.temp_relet_but_prevten_not_temporary", 2026, {"rsnvac": 9, "prevten": 30}, False, ""),
    ("property.temp_relet_invalid_referral", 2025, {"rsnvac": 9, "referral": 8}, True, ""),
    ("property.temp_relet_invalid_referral", 2025, {"rsnvac": 9, "referral": 9}, False, ""),
    ("property.temp_relet_invalid_referral", 2026, {"rsnvac": 9, "referral": 8}, False, ""),
    ("property.renewal_reason_but_not_renewal", 2026, {"renewal": 0, "rsnvac": 14}, True, ""),
    ("property.renewal_reason_but_not_renewal", 2026, {"renewal": 1, "rsnvac": 14}, False, ""),
    ("property.shared_single_tenant_bedrooms", 2026, {"unittype_gn": 4, "hhmemb": 1, "beds": 4}, True, ""),
    ("property.shared_single_tenant_bedrooms", 2026, {"unittype_gn": 4, "hhmemb": 1, "beds": 3}, False, ""),
    ("property.shared_bedrooms", 2026, {"unittype_gn": 9, "hhmemb": 2, "beds": 8}, True, ""),
    ("property.shared_bedrooms", 2026, {"unittype_gn": 9, "hhmemb": 2, "beds": 7}, False, ""),
    ("property.shared_bedrooms", 2026, {"unittype_gn": 9, "hhmemb": 1, "beds": 8}, False, ""),
    ("property.uprn_format", 2026, {"uprn": "1234567890123"}, True, ""),
    ("property.uprn_format", 2026, {"uprn": "123456789012"}, False, ""),
    ("property.postcode_format", 2026, {"postcode_known": 1, "postcode_full": "AA1 1A"}, True, ""),
    ("property.postcode_format", 2026, {"postcode_known": 1, "postcode_full": "aa1 1aa"}, False, ""),
    ("property.ppostcode_format", 2026, {"ppcodenk": 0, "ppostcode_full": "12345"}, True, ""),
    ("property.ppostcode_format", 2026, {"ppcodenk": 0, "ppostcode_full": "SW1A 1AA"}, False, ""),
    ("property.la_not_in_england", 2026, {"la": "W06000015"}, True, ""),
    ("property.la_not_in_england", 2026, {"la": LA_CODE}, False, ""),
    ("property.la_not_active_on_startdate", 2026, {"la": "E08000016", "startdate": "2025-04-01"}, True, ""),
    ("property.la_not_active_on_startdate", 2026, {"la": "E08000016", "startdate": "2025-03-31"}, False, ""),
    ("property.la_not_active_on_startdate", 2026, {"la": "E08000038", "startdate": "2026-03-31"}, True, ""),
    ("property.la_not_active_on_startdate", 2026, {"la": "E08000038", "startdate": "2026-04-01"}, False, ""),
    # household
    ("household.reasonable_preference_reason_not_required", 2026, {"reasonpref": 2, "rp_medwel": 1}, True, ""),
    ("household.reasonable_preference_reason_not_required", 2026, {"reasonpref": 1, "rp_medwel": 1}, False, ""),
    ("household.reasonother_missing", 2026, {"reason": 20}, True, ""),
    ("household.reasonother_missing", 2026, {"reason": 20, "reasonother": "x"}, False, ""),
    ("household.reasonother_not_required", 2026, {"reason": 1, "reasonother": "x"}, True, ""),
    ("household.reasonother_not_required", 2026, {"reason": 1}, False, ""),
    ("household.reasonother_is_homelessness", 2026, {"reason": 20, "reasonother": " Temp Accommodation."}, True, ""),
    ("household.reasonother_is_homelessness", 2026, {"reason": 20, "reasonother": "homeless family"}, False, ""),
    ("household.reservist_not_required", 2026, {"armedforces": 3, "reservist": 1}, True, ""),
    ("household.reservist_not_required", 2026, {"armedforces": 1, "reservist": 1}, False, ""),
    ("household.leftreg_not_required", 2026, {"armedforces": 4, "leftreg": 1}, True, ""),
    ("household.leftreg_not_required", 2026, {"armedforces": 1, "leftreg": 1}, False, ""),
    ("household.child_status_over_16", 2026, {"age2": 17, "ecstat2": 9}, True, ""),
    ("household.child_status_over_16", 2026, {"age2": 16, "ecstat2": 9}, False, ""),
    ("household.condition_effects_without_illness", 2026, {"illness": 2, "illness_type_3": 1}, True, ""),
    ("household.condition_effects_without_illness", 2026, {"illness": 1, "illness_type_3": 1}, False, ""),
    ("household.foster_care_lead_over_25", 2026, {"prevten": 13, "age1": 26}, True, ""),
    ("household.foster_care_lead_over_25", 2026, {"prevten": 13, "age1": 25}, False, ""),
    ("household.internal_transfer_from_non_social", 2025, {"referral": 1, "prevten": 3}, True, ""),
    ("household.internal_transfer_from_non_social", 2025, {"referral": 1, "prevten": 30}, False, ""),
    ("household.internal_transfer_prevten_la_general_needs", 2025, {"referral": 1, "prevten": 30}, True, "PRP"),
    ("household.internal_transfer_prevten_la_general_needs", 2025, {"referral": 1, "prevten": 30}, False, "LA"),
    (
        "household.internal_transfer_prevten_not_social_2026",
        2026,
        {"owning_organisation_id": "o", "referral_register": 6, "referral_noms": 3, "prevten": 3},
        True,
        "",
    ),
    (
        "household.internal_transfer_prevten_not_social_2026",
        2026,
        {"owning_organisation_id": "o", "referral_register": 6, "referral_noms": 3, "prevten": 40},
        False,
        "",
    ),
    ("household.prevloc_missing", 2026, {"previous_la_known": 1}, True, ""),
    ("household.prevloc_missing", 2026, {"previous_la_known": 1, "prevloc": LA_CODE}, False, ""),
    ("household.just_moved_but_renewal", 2026, {"layear": 1, "renewal": 1}, True, ""),
    ("household.just_moved_but_renewal", 2026, {"layear": 2, "renewal": 1}, False, ""),
    (
        "household.just_moved_but_same_la",
        2026,
        {"startdate": START, "layear": 1, "la": LA_CODE, "prevloc": LA_CODE},
        True,
        "",
    ),
    (
        "household.just_moved_but_same_la",
        2026,
        {"startdate": START, "layear": 1, "la": LA_CODE, "prevloc": "E1"},
        False,
        "",
    ),
    (
        "household.access_needs_combination",
        2026,
        {"housingneeds": 1, "housingneeds_type": 3, "housingneeds_other": 2},
        True,
        "",
    ),
    (
        "household.access_needs_combination",
        2026,
        {"housingneeds": 1, "housingneeds_type": 3, "housingneeds_other": 1},
        False,
        "",
    ),
    # financial
    ("financial.benefits_all_but_working", 2026, {"benefits": 1, "ecstat1": 2}, True, ""),
    ("financial.benefits_all_but_working", 2026, {"benefits": 1, "ecstat1": 3, "relat2": "X", "ecstat2": 1}, False, ""),
    ("financial.income_over_hard_max", 2026, {**INCOME, "earnings": 1231}, True, ""),
    ("financial.income_over_hard_max", 2026, {**INCOME, "earnings": 1230}, False, ""),
    ("financial.income_over_hard_max", 2026, {**INCOME, "incfreq": 2, "earnings": 5333}, True, ""),  # 1230.69 -> 1231
    ("financial.income_over_hard_max", 2026, {**INCOME, "incfreq": 2, "earnings": 5332}, False, ""),  # 1230.46 -> 1230
    ("financial.income_under_hard_min", 2026, {**INCOME, "earnings": 89}, True, ""),
    ("financial.income_under_hard_min", 2026, {**INCOME, "earnings": 90}, False, ""),
    ("financial.incfreq_missing", 2026, {"earnings": 100}, True, ""),
    ("financial.incfreq_missing", 2026, {"earnings": 100, "incfreq": 1}, False, ""),
    ("financial.earnings_missing", 2026, {"incfreq": 1}, True, ""),
    ("financial.earnings_missing", 2026, {"incfreq": 1, "earnings": 0}, False, ""),
    ("financial.negative_amount", 2026, {"brent": -0.01}, True, ""),
    ("financial.negative_amount", 2026, {"brent": 0}, False, ""),
    ("financial.tshortfall_not_expected", 2026, {"tshortfall": 10, "hbrentshortfall": 2}, True, ""),
    ("financial.tshortfall_not_expected", 2026, {"tshortfall": 10, "hbrentshortfall": 1}, False, ""),
    (
        "financial.tshortfall_without_housing_benefit",
        2026,
        {"startdate": START, "hbrentshortfall": 1, "hb": 9},
        True,
        "",
    ),
    (
        "financial.tshortfall_without_housing_benefit",
        2026,
        {"startdate": START, "hbrentshortfall": 1, "hb": 1},
        False,
        "",
    ),
    (
        "financial.tshortfall_over_total_charge",
        2026,
        {"tshortfall": 100.01, "tcharge": 100, "hb": 1, "period": 1},
        True,
        "",
    ),
    (
        "financial.tshortfall_over_total_charge",
        2026,
        {"tshortfall": 100, "tcharge": 100, "hb": 1, "period": 1},
        False,
        "",
    ),
    ("financial.tshortfall_not_positive", 2026, {"tshortfall": 0, "tcharge": 100, "hb": 6, "period": 1}, True, ""),
    ("financial.tshortfall_not_positive", 2026, {"tshortfall": 0.01, "tcharge": 100, "hb": 6, "period": 1}, False, ""),
    ("financial.total_charge_under_10", 2026, {"tcharge": 9.99, "period": 1}, True, ""),
    ("financial.total_charge_under_10", 2026, {"tcharge": 10, "period": 1}, False, ""),
    ("financial.total_charge_under_10", 2026, {"tcharge": 43.31, "period": 4}, True, ""),  # x 12 / 52 = 9.9946 -> 9.99
    (
        "financial.total_charge_under_10",
        2026,
        {"tcharge": 43.32, "period": 4},
        False,
        "",
    ),  # x 12 / 52 = 9.9969 -> 10.00
    ("financial.charges_answered_more_than_once", 2026, {"tcharge": 100, "household_charge": 1}, True, ""),
    ("financial.charges_answered_more_than_once", 2026, {"tcharge": 100, "household_charge": 0}, False, ""),
    ("financial.scharge_over_hard_max", 2026, {"scharge": 500.01, "period": 1}, True, "LA"),
    ("financial.scharge_over_hard_max", 2026, {"scharge": 500, "period": 1}, False, "LA"),
    ("financial.scharge_over_hard_max", 2026, {"scharge": 800, "period": 1}, False, "PRP"),
    ("financial.pscharge_over_hard_max", 2026, {"pscharge": 700.01, "period": 1}, True, "PRP"),
    ("financial.pscharge_over_hard_max", 2026, {"pscharge": 200, "period": 1}, False, "LA"),
    ("financial.supcharg_over_hard_max", 2026, {"supcharg": 200.01, "period": 1}, True, "LA"),
    ("financial.supcharg_over_hard_max", 2026, {"supcharg": 800, "period": 1}, False, "PRP"),
    ("financial.rent_below_hard_min", 2026, {**RENT, "brent": 25.83}, True, "PRP"),
    ("financial.rent_below_hard_min", 2026, {**RENT, "brent": 25.84}, False, "PRP"),
    ("financial.rent_below_hard_min", 2026, {**RENT, "brent": 25.83}, False, "LA"),  # no LA social rent row here
    ("financial.rent_above_hard_max", 2026, {**RENT, "brent": 1000.01}, True, "PRP"),
    ("financial.rent_above_hard_max", 2026, {**RENT, "brent": 1000}, False, "PRP"),
    ("financial.rent_above_hard_max", 2026, {**RENT, "needstype": 2, "beds": None, "brent": 900.01}, True, "PRP"),
    ("financial.housing_benefit_but_no_benefit_income", 2026, {"hb": 6, "benefits": 3}, True, ""),
    ("financial.housing_benefit_but_no_benefit_income", 2026, {"hb": 6, "benefits": 2}, False, ""),
    ("financial.housing_benefit_but_no_benefit_income", 2025, {"hb": 6, "benefits": 3}, False, ""),
    # tenancy
    ("tenancy.supported_fixed_term_length", 2026, {"needstype": 2, "tenancy": 4, "tenancylength": 100}, True, ""),
    ("tenancy.supported_fixed_term_length", 2026, {"needstype": 2, "tenancy": 4, "tenancylength": 1}, False, ""),
    (
        "tenancy.general_needs_social_fixed_term_length",
        2026,
        {"needstype": 1, "rent_type": 1, "tenancy": 6, "tenancylength": 1},
        True,
        "",
    ),
    (
        "tenancy.general_needs_social_fixed_term_length",
        2026,
        {"needstype": 1, "rent_type": 1, "tenancy": 6, "tenancylength": 2},
        False,
        "",
    ),
    (
        "tenancy.general_needs_other_fixed_term_length",
        2026,
        {"needstype": 1, "rent_type": 3, "tenancy": 4, "tenancylength": 0},
        True,
        "",
    ),
    (
        "tenancy.general_needs_other_fixed_term_length",
        2026,
        {"needstype": 1, "rent_type": 3, "tenancy": 4, "tenancylength": 1},
        False,
        "",
    ),
    ("tenancy.periodic_length", 2026, {"tenancy": 8, "tenancylength": 100}, True, ""),
    ("tenancy.periodic_length", 2026, {"tenancy": 8, "tenancylength": 99}, False, ""),
    ("tenancy.length_not_required", 2026, {"tenancy": 3, "tenancylength": 5}, True, ""),
    ("tenancy.length_not_required", 2026, {"tenancy": 4, "tenancylength": 5}, False, ""),
    ("tenancy.tenancyother_missing", 2026, {"tenancy": 3}, True, ""),
    ("tenancy.tenancyother_missing", 2026, {"tenancy": 3, "tenancyother": "x"}, False, ""),
    ("tenancy.tenancyother_not_required", 2026, {"tenancy": 4, "tenancyother": "x"}, True, ""),
    ("tenancy.tenancyother_not_required", 2026, {"tenancy": 3, "tenancyother": "x"}, False, ""),
    ("tenancy.joint_with_one_person", 2026, {"startdate": START, "joint": 1, "hhmemb": 1}, True, ""),
    ("tenancy.joint_with_one_person", 2026, {"startdate": START, "joint": 1, "hhmemb": 2}, False, ""),
    # soft
    ("soft.rent_outside_soft_range", 2026, {**RENT, "brent": 74.68}, True, "PRP"),
    ("soft.rent_outside_soft_range", 2026, {**RENT, "brent": 74.69}, False, "PRP"),
    ("soft.rent_outside_soft_range", 2026, {**RENT, "brent": 165.75}, True, "PRP"),
    ("soft.rent_outside_soft_range", 2026, {**RENT, "brent": 165.74}, False, "PRP"),
    ("soft.rent_outside_soft_range", 2026, {**RENT, "brent": 1000.01}, False, "PRP"),
    ("soft.rent_outside_soft_range", 2026, {**RENT, "beds": 6, "brent": 201.81}, True, "PRP"),
    ("soft.void_date_over_2_years", 2026, {"startdate": START, "voiddate": "2024-04-20"}, True, ""),  # 730 days
    ("soft.void_date_over_2_years", 2026, {"startdate": START, "voiddate": "2024-04-21"}, False, ""),
    ("soft.void_date_over_2_years", 2026, {"startdate": START, "voiddate": "2006-04-25"}, True, ""),  # 7300 days
    ("soft.void_date_over_2_years", 2026, {"startdate": START, "voiddate": "2006-04-24"}, False, ""),
    ("soft.major_repairs_over_2_years", 2026, {"startdate": START, "mrcdate": "2024-04-20"}, True, ""),
    ("soft.major_repairs_over_2_years", 2026, {"startdate": START, "mrcdate": "2024-04-21"}, False, ""),
    ("soft.pregnant_all_male_household_2025", 2025, {"preg_occ": 1, "hhmemb": 2, "sex1": "M", "sex2": "M"}, True, ""),
    ("soft.pregnant_all_male_household_2025", 2025, {"preg_occ": 1, "hhmemb": 2, "sex1": "M", "sex2": "F"}, False, ""),
    ("soft.pregnant_no_female_16_to_50_2025", 2025, {"preg_occ": 1, "hhmemb": 1, "sex1": "F", "age1": 51}, True, ""),
    ("soft.pregnant_no_female_16_to_50_2025", 2025, {"preg_occ": 1, "hhmemb": 1, "sex1": "F", "age1": 50}, False, ""),
    ("soft.pregnant_no_female_16_to_50_2025", 2025, {"preg_occ": 1, "hhmemb": 1, "sex1": "F", "age1": 15}, True, ""),
    ("soft.pregnant_no_female_16_to_50_2025", 2025, {"preg_occ": 1, "hhmemb": 1, "sex1": "F", "age1": 16}, False, ""),
    (
        "soft.pregnant_no_likely_member_2026",
        2026,
        {"preg_occ": 1, "hhmemb": 1, "sexrab1": "F", "gender_same_as_sex1": 1, "age1": 56},
        True,
        "",
    ),
    (
        "soft.pregnant_no_likely_member_2026",
        2026,
        {"preg_occ": 1, "hhmemb": 1, "sexrab1": "F", "gender_same_as_sex1": 1, "age1": 55},
        False,
        "",
    ),
    (
        "soft.pregnant_no_likely_member_2026",
        2026,
        {"preg_occ": 1, "hhmemb": 1, "sexrab1": "M", "gender_same_as_sex1": 1},
        True,
        "",
    ),
    ("soft.net_income_outside_soft_range", 2026, {**INCOME, "earnings": 143}, True, ""),
    ("soft.net_income_outside_soft_range", 2026, {**INCOME, "earnings": 144}, False, ""),
    ("soft.net_income_outside_soft_range", 2026, {**INCOME, "earnings": 730}, True, ""),
    ("soft.net_income_outside_soft_range", 2026, {**INCOME, "earnings": 729}, False, ""),
    ("soft.retired_under_66", 2026, {"age1": 65, "ecstat1": 5}, True, ""),
    ("soft.retired_under_66", 2026, {"age1": 66, "ecstat1": 5}, False, ""),
    ("soft.not_retired_over_66", 2026, {"age3": 67, "ecstat3": 1}, True, ""),
    ("soft.not_retired_over_66", 2026, {"age3": 66, "ecstat3": 1}, False, ""),
    ("soft.not_retired_over_66", 2026, {"age3": 67, "ecstat3": 10}, False, ""),
    ("soft.partner_under_16", 2025, {"age2": 15, "relat2": "P"}, True, ""),
    ("soft.partner_under_16", 2025, {"age2": 16, "relat2": "P"}, False, ""),
    ("soft.multiple_partners", 2025, {"hhmemb": 3, "relat2": "P", "relat3": "P"}, True, ""),
    ("soft.multiple_partners", 2025, {"hhmemb": 2, "relat2": "P", "relat3": "P"}, False, ""),
    ("soft.reasonother_matches_existing_category", 2026, {"reason": 20, "reasonother": "Damp flat"}, True, ""),
    ("soft.reasonother_matches_existing_category", 2026, {"reason": 20, "reasonother": "Dampness"}, False, ""),
    ("soft.la_referral_for_general_needs", 2025, {"needstype": 1, "referral": 4}, True, ""),
    ("soft.la_referral_for_general_needs", 2025, {"needstype": 2, "referral": 4}, False, ""),
    ("soft.scharge_high", 2026, {"needstype": 1, "period": 1, "scharge": 25.01}, True, "LA"),
    ("soft.scharge_high", 2026, {"needstype": 1, "period": 1, "scharge": 25}, False, "LA"),
    ("soft.scharge_high", 2026, {"needstype": 1, "period": 1, "scharge": 500.01}, False, "LA"),
    ("soft.pscharge_high", 2026, {"needstype": 2, "period": 1, "pscharge": 100.01}, True, "PRP"),
    ("soft.pscharge_high", 2026, {"needstype": 2, "period": 1, "pscharge": 100}, False, "PRP"),
    ("soft.supcharg_high", 2026, {"needstype": 2, "period": 1, "supcharg": 85.01}, True, "PRP"),
    ("soft.supcharg_high", 2026, {"needstype": 2, "period": 1, "supcharg": 85}, False, "PRP"),
    ("soft.tenancyother_is_starter_period", 2026, {"tenancy": 3, "tenancyother": "Intro tenancy"}, True, ""),
    ("soft.tenancyother_is_starter_period", 2026, {"tenancy": 3, "tenancyother": "Introduction"}, False, ""),
    ("soft.sick_or_disabled_but_no_illness", 2026, {"hhmemb": 2, "ecstat2": 8, "illness": 2}, True, ""),
    ("soft.sick_or_disabled_but_no_illness", 2026, {"hhmemb": 2, "ecstat2": 8, "illness": 1}, False, ""),
]


def facts(year: int, answers: dict[str, Any], provider: str = "") -> Facts:
    given = {name: value for name, value in answers.items() if value is not None}
    return Facts(given, year, TODAY, owner_provider_type=provider, reference=REFERENCE_DATA, lookups=LOOKUPS)


def fired(rule_id: str, year: int, answers: dict[str, Any], provider: str) -> bool:
    rule = RULES_BY_ID[rule_id]
    if rule.kind == "soft":
        return soft_check_fires(rule_id, facts(year, answers, provider))
    result = validate(facts(year, answers, provider), rules=[rule])
    return bool(result.errors)


@pytest.mark.parametrize(("rule_id", "year", "answers", "fires", "provider"), CASES)
def test_rule_fires_only_past_its_boundary(
    rule_id: str, year: int, answers: dict[str, Any], fires: bool, provider: str
) -> None:
    assert fired(rule_id, year, answers, provider) is fires


def test_every_implemented_rule_has_a_failing_and_a_passing_case() -> None:
    failing = {case[0] for case in CASES if case[3]}
    passing = {case[0] for case in CASES if not case[3]}
    missing = {rule_id for rule_id in RULES_BY_ID if rule_id not in failing or rule_id not in passing}
    assert not missing


def test_errors_go_on_every_field_the_rule_names_with_its_message() -> None:
    result = validate(facts(2026, {"startdate": START, "mrcdate": "2026-04-21"}))
    assert {(e.field, e.message) for e in result.errors} == {
        ("mrcdate", "Enter a major repairs date that is before the tenancy start date."),
        ("startdate", "Enter a tenancy start date that is after the major repair date."),
    }


def test_rent_range_error_names_every_rent_field() -> None:
    result = validate(facts(2026, {**RENT, "brent": 10}, "PRP"))
    fields = {e.field for e in result.errors if e.rule == "financial.rent_below_hard_min"}
    assert fields == set(RULES_BY_ID["financial.rent_below_hard_min"].fields)


def test_income_message_fills_amounts_as_currency() -> None:
    result = validate(facts(2026, {**INCOME, "earnings": 1231}))
    messages = {e.field: e.message for e in result.errors if e.rule == "financial.income_over_hard_max"}
    assert messages["earnings"] == (
        "The household’s income cannot be greater than £1,230.00 per week given the household’s working situation."
    )
    assert set(messages) == {"earnings", "hhmemb", "ecstat1"}


def test_charge_maximum_message_is_per_period() -> None:
    class PeriodLabels:
        def label(self, field_name: str, value: Any) -> str:
            return "Every calendar month" if field_name == "period" else ""

    given = {"scharge": 2200, "period": 4, "needstype": 1}
    result = validate(Facts(given, 2026, TODAY, owner_provider_type="LA", labels=PeriodLabels()))
    assert result.errors[0].message == (
        "Enter a value for the service charge between £0 and £2,166.67 paid every calendar month. £2,166.67 is the max "
        "limit for rent and charges paid every calendar month for general needs lettings owned by a local authority."
    )


def test_confirmed_warning_is_not_reported_again() -> None:
    answers = {"age1": 60, "ecstat1": 5}
    assert [w.rule for w in validate(facts(2026, answers)).warnings] == ["soft.retired_under_66"]
    warning = validate(facts(2026, answers)).warnings[0]
    assert warning.message == "You told us this person is aged 60 years and retired."
    assert warning.confirmation_field == "retirement_value_check"
    assert validate(facts(2026, {**answers, "retirement_value_check": 0})).warnings == ()


def test_rules_of_another_year_do_not_fire() -> None:
    assert validate(facts(2026, {"needstype": 1, "referral": 4})).warnings == ()


def test_missing_answers_are_not_errors() -> None:
    assert validate(facts(2026, {})) == validate(facts(2026, {}))
    assert validate(facts(2026, {})).errors == ()


# Conformance with the reference catalogue --------------------------------------------------------


def reference_rules() -> list[dict[str, Any]]:
    if not REFERENCE.exists():
        pytest.skip(f"the reference validations are not here: {REFERENCE}")
    return [json.loads(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_reference_rule_is_implemented_or_listed_with_a_reason() -> None:
    for ref in reference_rules():
        if 2025 not in ref["years"] and 2026 not in ref["years"]:
            assert ref["id"] in DORMANT
            continue
        assert ref["id"] in RULES_BY_ID or NOT_IMPLEMENTED.get(ref["id"]), ref["id"]
    assert not set(NOT_IMPLEMENTED) & set(RULES_BY_ID)


def test_rules_match_the_reference_exactly() -> None:
    for ref in reference_rules():
        rule = RULES_BY_ID.get(ref["id"])
        if rule is None:
            continue
        assert (rule.kind, sorted(rule.years), list(rule.fields)) == (ref["kind"], ref["years"], ref["fields"]), ref[
            "id"
        ]
        assert rule.message == ref["message"], ref["id"]
        for name, other in (ref.get("field_messages") or {}).items():
            assert rule.message_for(name) == other["message"], (ref["id"], name)
        if ref["kind"] == "soft":
            assert rule.confirm_field == ref["confirm_field"]
            assert (rule.informative_text or None) == ref.get("informative_text")


# Rules that look up organisations, schemes and locations -----------------------------------------


def errors_of(rule_id: str, answers: dict[str, Any], **kwargs: Any) -> dict[str, str]:
    given = Facts(answers, 2026, TODAY, lookups=LOOKUPS, **kwargs)
    return {e.field: e.message for e in validate(given, rules=[RULES_BY_ID[rule_id]]).errors}


def test_merged_organisation_messages_name_the_absorbing_organisation_and_date() -> None:
    answers = {"startdate": START, "owning_organisation_id": "org-m1", "managing_organisation_id": "org-a"}
    assert errors_of("setup.owning_org_merged_before_startdate", answers) == {
        "owning_organisation_id": "The owning organisation must be active on the tenancy start date. Merged One became "
        "inactive on 10 April 2026 and was replaced by Absorbing HA."
    }
    assert errors_of("setup.startdate_org_merged", answers) == {
        "startdate": "Enter a date when the owning organisation was active. Merged One became inactive on "
        "10 April 2026 and was replaced by Absorbing HA."
    }


@pytest.mark.parametrize(
    ("owner", "manager", "message"),
    [
        (
            "org-m1",
            "org-m1",
            "Enter a date when the owning and managing organisation was active. Merged One became inactive on "
            "10 April 2026 and was replaced by Absorbing HA.",
        ),
        (
            "org-m1",
            "org-m2",
            "Enter a date when the owning and managing organisations were active. Merged One and Merged Two became "
            "inactive on 10 April 2026 and were replaced by Absorbing HA.",
        ),
        (
            "org-m1",
            "org-m3",
            "Enter a date when the owning and managing organisations were active. Merged One became inactive on "
            "10 April 2026 and was replaced by Absorbing HA. Merged Three became inactive on 15 April 2026 and was "
            "replaced by Active HA.",
        ),
        (
            "org-a",
            "org-m3",
            "Enter a date when the managing organisation was active. Merged Three became inactive on 15 April 2026 "
            "and was replaced by Active HA.",
        ),
    ],
)
def test_start_date_merge_message_depends_on_which_organisations_merged(owner: str, manager: str, message: str) -> None:
    answers = {"startdate": START, "owning_organisation_id": owner, "managing_organisation_id": manager}
    assert errors_of("setup.startdate_org_merged", answers) == {"startdate": message}


def test_data_sharing_agreement_is_checked_only_when_the_organisation_changes() -> None:
    answers = {"owning_organisation_id": "org-nodsa"}
    assert errors_of("setup.owning_org_dsa_not_signed", answers, changed=frozenset({"owning_organisation_id"})) == {
        "owning_organisation_id": "The organisation must accept the Data Sharing Agreement before it can be selected "
        "as the owning organisation."
    }
    assert errors_of("setup.owning_org_dsa_not_signed", answers, changed=frozenset({"period"})) == {}


def test_rent_period_message_names_the_organisation_and_lower_cased_period() -> None:
    class PeriodLabels:
        def label(self, field_name: str, value: Any) -> str:
            return "Every calendar month" if field_name == "period" else ""

    answers = {"managing_organisation_id": "org-a", "period": 4}
    errors = errors_of("financial.rent_period_not_used_by_org", answers, labels=PeriodLabels())
    assert errors == {
        "period": "Active HA does not use every calendar month as a rent period. Choose another rent period, or a data "
        "coordinator can add rent periods to your organisation.",
        "managing_organisation_id": "Active HA does not use every calendar month as a rent period. Set another rent "
        "period on this log, or a data coordinator can add rent periods to this organisation.",
    }


def test_scheme_and_location_messages_name_them_and_their_dates() -> None:
    back = errors_of("setup.scheme_inactive_on_startdate", {**SCHEME, "scheme_id": "s-back", "startdate": "2026-04-19"})
    assert back == {
        "startdate": "The scheme Back Court is not available until 20 April 2026. Enter a tenancy start date after "
        "20 April 2026.",
        "scheme_id": "The scheme Back Court is not available until 20 April 2026. Select another scheme or edit the "
        "tenancy start date.",
    }
    off = errors_of("setup.scheme_inactive_on_startdate", {**SCHEME, "scheme_id": "s-off", "startdate": START})
    assert off["scheme_id"] == (
        "The scheme Old Court was deactivated on 20 April 2026 and was not available on the day you entered. Select "
        "another scheme or edit the tenancy start date."
    )
    early = errors_of(
        "setup.location_inactive_on_startdate", {**SCHEME, "location_id": "l-1", "startdate": "2026-04-19"}
    )
    assert early == {
        "startdate": "The location AA1 1AA is not available until 20 April 2026. Enter a tenancy start date after "
        "20 April 2026.",
        "location_id": "The location AA1 1AA is not available until 20 April 2026. Select another location or edit "
        "the tenancy start date.",
        "scheme_id": "The location AA1 1AA is not available until 20 April 2026. Select another location or edit "
        "the tenancy start date.",
    }
    inside_scheme_deactivation = {**SCHEME, "scheme_id": "s-off", "location_id": "l-off", "startdate": START}
    assert errors_of("setup.location_inactive_on_startdate", inside_scheme_deactivation)["startdate"] == (
        "The location AA1 1AC is inactive on this date. Enter another date or choose another location."
    )


def test_unknown_organisations_and_schemes_are_not_errors() -> None:
    answers = {**SCHEME, "scheme_id": "elsewhere", "owning_organisation_id": "unknown", "startdate": START}
    assert validate(Facts(answers, 2026, TODAY, lookups=LOOKUPS)).errors == ()
