"""Every sales validation rule: a failing case and its boundary (just inside), from a table; and
conformance with the reference catalogue."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from logs_service.domain.validation import RULES, Facts, validate
from logs_service.domain.validation.engine import rules_for
from logs_service.domain.validation.entities import MemoryLookups, OrganisationFacts
from logs_service.domain.validation.reference import LocalAuthority, SaleRange, TableReference
from logs_service.domain.validation.sales import RULES_BY_ID, SALES_DORMANT, SALES_NOT_IMPLEMENTED

REFERENCE = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "validations" / "sales.jsonl"
TODAY = date(2026, 5, 1)
SALE = "2026-04-20"
LONDON, ADUR = "E09000001", "E07000223"
REFERENCE_DATA = TableReference.of(
    sale_ranges=[
        SaleRange(2026, ADUR, 2, Decimal(204800), Decimal(446464)),
        SaleRange(2026, ADUR, 4, Decimal(356352), Decimal(872448)),
    ],
    local_authorities=[LocalAuthority("E08000016", "Barnsley", 2021, 2026)],
)
LOOKUPS = MemoryLookups(
    organisations=(
        OrganisationFacts("org-a", "Active HA"),
        OrganisationFacts("org-m1", "Merged One", merge_date=date(2026, 4, 10), absorbing_organisation_id="org-a"),
        OrganisationFacts("org-nodsa", "Unsigned HA", data_sharing_agreement_signed=False),
        OrganisationFacts(
            "org-late", "New Start HA", available_from=date(2026, 4, 21), has_absorbed_organisations=True
        ),
    )
)
LATE = {"owning_organisation_id": "org-late"}  # active from 21 April 2026
MERGED = {"owning_organisation_id": "org-m1"}
SO = {"saledate": SALE, "ownershipsch": 1}
SO_NEW = {**SO, "staircase": 2, "type": 30, "value": 100000, "equity": 50}
STAIR = {**SO, "staircase": 1, "type": 30, "value": 100000, "stairbought": 20}
SHB = {**SO, "staircase": 2, "type": 18, "value": 100000, "equity": 50, "cashdis": 10000}
SHB_STAIR = {**SO, "staircase": 1, "type": 18, "value": 100000, "stairbought": 20, "cashdis": 5000}
DO = {"saledate": SALE, "ownershipsch": 2, "value": 100000}
STAIRS = {"saledate": SALE, "equity": 25, "stairbought": 10}

# (rule id, year, answers, fires)
Case = tuple[str, int, dict[str, Any], bool]
CASES: list[Case] = [
    # setup
    ("date.invalid_date", 2026, {"hodate": "2026-02-30"}, True),
    ("date.invalid_date", 2026, {"hodate": "2026-02-28"}, False),
    ("setup.saledate_outside_collection_window", 2026, {"saledate": "2025-03-31"}, True),
    ("setup.saledate_outside_collection_window", 2026, {"saledate": "2025-04-01"}, False),
    ("setup.saledate_more_than_14_days_ahead", 2026, {"saledate": "2026-05-16"}, True),
    ("setup.saledate_more_than_14_days_ahead", 2026, {"saledate": "2026-05-15"}, False),
    ("setup.saledate_owning_org_merged", 2026, {**MERGED, "saledate": "2026-04-10"}, True),
    ("setup.saledate_owning_org_merged", 2026, {**MERGED, "saledate": "2026-04-09"}, False),
    ("setup.owning_org_merged_before_saledate", 2026, {**MERGED, "saledate": "2026-04-10"}, True),
    ("setup.owning_org_merged_before_saledate", 2026, {**MERGED, "saledate": "2026-04-09"}, False),
    ("setup.saledate_owning_org_not_yet_active", 2026, {**LATE, "saledate": "2026-04-20"}, True),
    ("setup.saledate_owning_org_not_yet_active", 2026, {**LATE, "saledate": "2026-04-21"}, False),
    ("setup.owning_org_absorbing_not_yet_active", 2026, {**LATE, "saledate": "2026-04-20"}, True),
    ("setup.owning_org_absorbing_not_yet_active", 2026, {**LATE, "saledate": "2026-04-21"}, False),
    ("setup.owning_org_dsa_not_signed", 2026, {"owning_organisation_id": "org-nodsa"}, True),
    ("setup.owning_org_dsa_not_signed", 2026, {"owning_organisation_id": "org-a"}, False),
    # property
    ("property.uprn_format", 2026, {"uprn": "1234567890123"}, True),
    ("property.uprn_format", 2026, {"uprn": "123456789012"}, False),
    ("property.postcode_format", 2026, {"pcodenk": 0, "postcode_full": "AA1 1A"}, True),
    ("property.postcode_format", 2026, {"pcodenk": 0, "postcode_full": "aa1 1aa"}, False),
    ("property.ppostcode_format", 2026, {"ppcodenk": 0, "ppostcode_full": "12345"}, True),
    ("property.ppostcode_format", 2026, {"ppcodenk": 0, "ppostcode_full": "AA1 1AA"}, False),
    ("property.la_not_in_england", 2026, {"la": "W06000001"}, True),
    ("property.la_not_in_england", 2026, {"la": ADUR}, False),
    ("property.la_not_active_on_saledate", 2026, {"la": "E08000016", "saledate": "2026-04-01"}, True),
    ("property.la_not_active_on_saledate", 2026, {"la": "E08000016", "saledate": "2026-03-31"}, False),
    # household
    ("household.discounted_sale_prevten_not_social_tenant", 2026, {**DO, "prevten": 3}, True),
    ("household.discounted_sale_prevten_not_social_tenant", 2026, {**DO, "prevten": 2}, False),
    ("household.child_status_over_16", 2026, {"age3": 17, "ecstat3": 9}, True),
    ("household.child_status_over_16", 2026, {"age3": 16, "ecstat3": 9}, False),
    ("household.buyer_is_child", 2026, {"saledate": SALE, "jointpur": 1, "ecstat2": 9}, True),
    ("household.buyer_is_child", 2026, {"saledate": SALE, "jointpur": 2, "ecstat2": 9}, False),
    ("property.bedsit_more_than_one_bedroom", 2026, {"proptype": 2, "beds": 2}, True),
    ("property.bedsit_more_than_one_bedroom", 2026, {"proptype": 2, "beds": 1}, False),
    # financial
    ("financial.income1_over_london_max", 2026, {**SO, "la": LONDON, "income1": 90001}, True),
    ("financial.income1_over_london_max", 2026, {**SO, "la": LONDON, "income1": 90000}, False),
    ("financial.income1_over_non_london_max", 2026, {**SO, "la": ADUR, "income1": 80001}, True),
    ("financial.income1_over_non_london_max", 2026, {**SO, "la": ADUR, "income1": 80000}, False),
    ("financial.income2_over_london_max", 2026, {**SO, "la": LONDON, "income2": 90001}, True),
    ("financial.income2_over_london_max", 2026, {**SO, "la": LONDON, "income2": 90000}, False),
    ("financial.income2_over_non_london_max", 2026, {**SO, "la": ADUR, "income2": 80001}, True),
    ("financial.income2_over_non_london_max", 2026, {**SO, "la": ADUR, "income2": 80000}, False),
    ("financial.combined_income_over_london_max", 2026, {**SO, "la": LONDON, "income1": 45000, "income2": 45001}, True),
    (
        "financial.combined_income_over_london_max",
        2026,
        {**SO, "la": LONDON, "income1": 45000, "income2": 45000},
        False,
    ),
    (
        "financial.combined_income_over_non_london_max",
        2026,
        {**SO, "la": ADUR, "income1": 40000, "income2": 40001},
        True,
    ),
    (
        "financial.combined_income_over_non_london_max",
        2026,
        {**SO, "la": ADUR, "income1": 40000, "income2": 40000},
        False,
    ),
    ("financial.mortgage_zero", 2026, {"mortgageused": 1, "mortgage": 0}, True),
    ("financial.mortgage_zero", 2026, {"mortgageused": 1, "mortgage": 1}, False),
    ("financial.monthly_charges_zero", 2026, {"mscharge": 0}, True),
    ("financial.monthly_charges_zero", 2026, {"mscharge": 0.01}, False),
    ("financial.stairbought_over_stairowned", 2026, {"stairbought": 50.5, "stairowned": 50}, True),
    ("financial.stairbought_over_stairowned", 2026, {"stairbought": 50, "stairowned": 50}, False),
    ("financial.stairbought_equals_stairowned", 2026, {"saledate": SALE, "stairbought": 50, "stairowned": 50}, True),
    ("financial.stairbought_equals_stairowned", 2026, {"saledate": SALE, "stairbought": 50, "stairowned": 51}, False),
    ("financial.stairbought_below_minimum", 2026, {"type": 24, "stairbought": 9}, True),
    ("financial.stairbought_below_minimum", 2026, {"type": 24, "stairbought": 10}, False),
    ("financial.child_has_income", 2026, {"ecstat2": 9, "income2": 1}, True),
    ("financial.child_has_income", 2026, {"ecstat2": 9, "income2": 0}, False),
    ("financial.equity_below_min", 2026, {"saledate": SALE, "type": 2, "equity": 24}, True),
    ("financial.equity_below_min", 2026, {"saledate": SALE, "type": 2, "equity": 25}, False),
    ("financial.equity_above_max", 2026, {"saledate": SALE, "type": 18, "equity": 91}, True),
    ("financial.equity_above_max", 2026, {"saledate": SALE, "type": 18, "equity": 90}, False),
    ("financial.equity_over_stairowned_minus_stairbought", 2026, {**STAIRS, "stairowned": 34}, True),
    ("financial.equity_over_stairowned_minus_stairbought", 2026, {**STAIRS, "stairowned": 35}, False),
    ("financial.previous_staircasing_exceeds_owned", 2026, {**STAIRS, "stairowned": 36, "numstair": 3}, True),
    ("financial.previous_staircasing_exceeds_owned", 2026, {**STAIRS, "stairowned": 37, "numstair": 3}, False),
    (
        "financial.new_service_charge_same_as_old",
        2026,
        {"hasservicechargeschanged": 1, "has_mscharge": 1, "newservicecharges": 100, "mscharge": 100},
        True,
    ),
    (
        "financial.new_service_charge_same_as_old",
        2026,
        {"hasservicechargeschanged": 1, "has_mscharge": 1, "newservicecharges": 101, "mscharge": 100},
        False,
    ),
    # sale information
    ("sale.hodate_after_saledate", 2026, {"saledate": SALE, "hodate": "2026-04-21"}, True),
    ("sale.hodate_after_saledate", 2026, {"saledate": SALE, "hodate": SALE}, False),
    ("sale.hodate_5_years_before_saledate", 2026, {"saledate": SALE, "hodate": "2021-04-20"}, True),
    ("sale.hodate_5_years_before_saledate", 2026, {"saledate": SALE, "hodate": "2021-04-21"}, False),
    ("sale.initialpurchase_before_1980", 2026, {"initialpurchase": "1979-12-31"}, True),
    ("sale.initialpurchase_before_1980", 2026, {"initialpurchase": "1980-01-01"}, False),
    ("sale.initialpurchase_not_before_saledate", 2026, {"saledate": SALE, "initialpurchase": SALE}, True),
    (
        "sale.initialpurchase_not_before_saledate",
        2025,
        {"saledate": "2025-06-01", "initialpurchase": "2025-06-01"},
        False,
    ),
    ("sale.lasttransaction_before_1980", 2026, {"lasttransaction": "1979-12-31"}, True),
    ("sale.lasttransaction_before_1980", 2026, {"lasttransaction": "1980-01-01"}, False),
    ("sale.lasttransaction_not_before_saledate", 2026, {"saledate": SALE, "lasttransaction": "2026-04-21"}, True),
    ("sale.lasttransaction_not_before_saledate", 2026, {"saledate": SALE, "lasttransaction": "2026-04-19"}, False),
    (
        "sale.lasttransaction_not_after_initialpurchase",
        2026,
        {"initialpurchase": "2020-01-01", "lasttransaction": "2020-01-01"},
        True,
    ),
    (
        "sale.lasttransaction_not_after_initialpurchase",
        2026,
        {"initialpurchase": "2020-01-01", "lasttransaction": "2020-01-02"},
        False,
    ),
    ("sale.previous_bedsit_bedrooms", 2026, {"fromprop": 2, "frombeds": 2}, True),
    ("sale.previous_bedsit_bedrooms", 2026, {"fromprop": 2, "frombeds": 1}, False),
    ("sale.discounted_ownership_sum_mismatch", 2026, {**DO, "mortgage": 60000, "deposit": 9899, "discount": 30}, True),
    ("sale.discounted_ownership_sum_mismatch", 2026, {**DO, "mortgage": 60000, "deposit": 9900, "discount": 30}, False),
    ("sale.monthly_rent_over_9999", 2026, {**SO, "type": 30, "mrent": 10000}, True),
    ("sale.monthly_rent_over_9999", 2026, {**SO, "type": 30, "mrent": 9999}, False),
    ("sale.grant_out_of_range", 2026, {"saledate": SALE, "type": 8, "grant": 16001}, True),
    ("sale.grant_out_of_range", 2026, {"saledate": SALE, "type": 8, "grant": 16000}, False),
    ("sale.stairbought_over_max", 2026, {"saledate": SALE, "type": 24, "stairbought": 51}, True),
    ("sale.stairbought_over_max", 2026, {"saledate": SALE, "type": 24, "stairbought": 50}, False),
    (
        "sale.discount_amount_over_london_max",
        2026,
        {"saledate": SALE, "la": LONDON, "value": 274802, "discount": 50},
        True,
    ),
    (
        "sale.discount_amount_over_london_max",
        2026,
        {"saledate": SALE, "la": LONDON, "value": 274800, "discount": 50},
        False,
    ),
    ("sale.discount_amount_over_max", 2026, {"saledate": SALE, "la": ADUR, "value": 206802, "discount": 50}, True),
    ("sale.discount_amount_over_max", 2026, {"saledate": SALE, "la": ADUR, "value": 206800, "discount": 50}, False),
    (
        "sale.shared_ownership_mortgage_deposit_mismatch",
        2026,
        {**SO_NEW, "mortgageused": 1, "mortgage": 40000, "deposit": 9899},
        True,
    ),
    (
        "sale.shared_ownership_mortgage_deposit_mismatch",
        2026,
        {**SO_NEW, "mortgageused": 1, "mortgage": 40000, "deposit": 9900},
        False,
    ),
    ("sale.shared_ownership_deposit_mismatch", 2025, {**SO_NEW, "mortgageused": 2, "deposit": 49999}, True),
    ("sale.shared_ownership_deposit_mismatch", 2025, {**SO_NEW, "mortgageused": 2, "deposit": 49999.01}, False),
    (
        "sale.socialhomebuy_mortgage_deposit_discount_mismatch",
        2026,
        {**SHB, "mortgageused": 1, "mortgage": 30000, "deposit": 9899},
        True,
    ),
    (
        "sale.socialhomebuy_mortgage_deposit_discount_mismatch",
        2026,
        {**SHB, "mortgageused": 1, "mortgage": 30000, "deposit": 9900},
        False,
    ),
    ("sale.socialhomebuy_deposit_discount_mismatch", 2026, {**SHB, "mortgageused": 2, "deposit": 39899}, True),
    ("sale.socialhomebuy_deposit_discount_mismatch", 2026, {**SHB, "mortgageused": 2, "deposit": 39900}, False),
    (
        "sale.staircasing_mortgage_deposit_mismatch",
        2026,
        {**STAIR, "mortgageused": 1, "mortgage": 10000, "deposit": 9999},
        True,
    ),
    (
        "sale.staircasing_mortgage_deposit_mismatch",
        2026,
        {**STAIR, "mortgageused": 1, "mortgage": 10000, "deposit": 9999.01},
        False,
    ),
    ("sale.staircasing_deposit_mismatch", 2026, {**STAIR, "mortgageused": 3, "deposit": 19999}, True),
    ("sale.staircasing_deposit_mismatch", 2026, {**STAIR, "mortgageused": 3, "deposit": 19999.5}, False),
    (
        "sale.staircasing_socialhomebuy_mortgage_mismatch",
        2026,
        {**SHB_STAIR, "mortgageused": 1, "mortgage": 10000, "deposit": 4999},
        True,
    ),
    (
        "sale.staircasing_socialhomebuy_mortgage_mismatch",
        2026,
        {**SHB_STAIR, "mortgageused": 1, "mortgage": 10000, "deposit": 5000},
        False,
    ),
    ("sale.staircasing_socialhomebuy_deposit_mismatch", 2026, {**SHB_STAIR, "mortgageused": 2, "deposit": 14999}, True),
    (
        "sale.staircasing_socialhomebuy_deposit_mismatch",
        2026,
        {**SHB_STAIR, "mortgageused": 2, "deposit": 15000},
        False,
    ),
    ("sale.mortgage_dont_know_not_allowed", 2025, {"ownershipsch": 2, "mortgageused": 3}, True),
    ("sale.mortgage_dont_know_not_allowed", 2025, {"ownershipsch": 1, "staircase": 1, "mortgageused": 3}, False),
    ("sale.mortgage_dont_know_needs_100_percent", 2025, {"mortgageused": 3, "stairowned": 99}, True),
    ("sale.mortgage_dont_know_needs_100_percent", 2025, {"mortgageused": 3, "stairowned": 100}, False),
    ("sale.not_first_staircasing_but_one_transaction", 2026, {"firststair": 2, "numstair": 1}, True),
    ("sale.not_first_staircasing_but_one_transaction", 2026, {"firststair": 2, "numstair": 2}, False),
    # soft: finances
    ("soft.income1_outside_range_for_ecstat", 2026, {"ecstat1": 1, "income1": 13399}, True),
    ("soft.income1_outside_range_for_ecstat", 2026, {"ecstat1": 1, "income1": 13400}, False),
    ("soft.income2_outside_range_for_ecstat", 2026, {"ecstat2": 2, "income2": 80001}, True),
    ("soft.income2_outside_range_for_ecstat", 2026, {"ecstat2": 2, "income2": 80000}, False),
    ("soft.income1_high_for_discounted", 2026, {**DO, "la": LONDON, "income1": 90001}, True),
    ("soft.income1_high_for_discounted", 2026, {**DO, "la": LONDON, "income1": 90000}, False),
    ("soft.income2_high_for_discounted", 2026, {**DO, "la": ADUR, "income2": 80001}, True),
    ("soft.income2_high_for_discounted", 2026, {**DO, "la": ADUR, "income2": 80000}, False),
    ("soft.combined_income_high_for_discounted", 2026, {**DO, "la": ADUR, "income1": 40000, "income2": 40001}, True),
    ("soft.combined_income_high_for_discounted", 2026, {**DO, "la": ADUR, "income1": 40000, "income2": 40000}, False),
    ("soft.purchase_price_outside_range", 2026, {"la": ADUR, "beds": 2, "value": 204799}, True),
    ("soft.purchase_price_outside_range", 2026, {"la": ADUR, "beds": 2, "value": 204800}, False),
    ("soft.purchase_price_outside_range", 2026, {"la": ADUR, "beds": 6, "value": 872449}, True),
    ("soft.purchase_price_outside_range", 2026, {"la": ADUR, "beds": 6, "value": 872448}, False),
    ("soft.monthly_charges_high", 2026, {"type": 24, "proptype": 1, "mscharge": 550.01}, True),
    ("soft.monthly_charges_high", 2026, {"type": 24, "proptype": 1, "mscharge": 550}, False),
    ("soft.percentage_discount_high", 2026, {"proptype": 3, "discount": 35.5}, True),
    ("soft.percentage_discount_high", 2026, {"proptype": 3, "discount": 35}, False),
    ("soft.mortgage_over_5x_income", 2026, {"jointpur": 2, "inc1mort": 1, "income1": 20000, "mortgage": 100001}, True),
    ("soft.mortgage_over_5x_income", 2026, {"jointpur": 2, "inc1mort": 1, "income1": 20000, "mortgage": 100000}, False),
    ("soft.savings_high_joint", 2026, {"jointpur": 1, "savings": 100001}, True),
    ("soft.savings_high_joint", 2026, {"jointpur": 1, "savings": 100000}, False),
    ("soft.savings_high_single", 2026, {"jointpur": 2, "type": 24, "savings": 200001}, True),
    ("soft.savings_high_single", 2026, {"jointpur": 2, "type": 24, "savings": 200000}, False),
    (
        "soft.deposit_high_vs_savings_joint",
        2026,
        {"jointpur": 1, "mortgageused": 1, "savings": 10, "deposit": 14},
        True,
    ),
    (
        "soft.deposit_high_vs_savings_joint",
        2026,
        {"jointpur": 1, "mortgageused": 1, "savings": 10, "deposit": 13},
        False,
    ),
    (
        "soft.deposit_high_vs_savings_single",
        2026,
        {"jointpur": 2, "mortgageused": 1, "savings": 3000, "deposit": 4001},
        True,
    ),
    (
        "soft.deposit_high_vs_savings_single",
        2026,
        {"jointpur": 2, "mortgageused": 1, "savings": 3000, "deposit": 4000},
        False,
    ),
    ("soft.hodate_5_years_before_saledate", 2026, {"saledate": SALE, "hodate": "2021-04-19"}, True),
    ("soft.hodate_5_years_before_saledate", 2026, {"saledate": SALE, "hodate": "2021-04-21"}, False),
    ("soft.staircase_bought_over_50", 2026, {"stairbought": 51}, True),
    ("soft.staircase_bought_over_50", 2026, {"stairbought": 50}, False),
    ("soft.stairowned_high_for_older_persons_joint", 2026, {"type": 24, "jointpur": 1, "stairowned": 76}, True),
    ("soft.stairowned_high_for_older_persons_joint", 2026, {"type": 24, "jointpur": 1, "stairowned": 75}, False),
    ("soft.stairowned_high_for_older_persons_single", 2026, {"type": 24, "jointpur": 2, "stairowned": 100}, True),
    ("soft.stairowned_high_for_older_persons_single", 2026, {"type": 24, "jointpur": 2, "stairowned": 75.5}, False),
    ("soft.grant_outside_usual_range", 2026, {"saledate": SALE, "type": 9, "grant": 8999}, True),
    ("soft.grant_outside_usual_range", 2026, {"saledate": SALE, "type": 9, "grant": 9000}, False),
    (
        "soft.mortgage_plus_deposit_below_discounted_value",
        2025,
        {"value": 1000, "discount": 10, "mortgage": 800, "deposit": 99},
        True,
    ),
    (
        "soft.mortgage_plus_deposit_below_discounted_value",
        2025,
        {"value": 1000, "discount": 10, "mortgage": 800, "deposit": 100},
        False,
    ),
    # soft: household
    ("soft.retired_under_66", 2026, {"age1": 65, "ecstat1": 5}, True),
    ("soft.retired_under_66", 2026, {"age1": 66, "ecstat1": 5}, False),
    ("soft.not_retired_over_66", 2026, {"age4": 67, "ecstat4": 1}, True),
    ("soft.not_retired_over_66", 2026, {"age4": 66, "ecstat4": 1}, False),
    (
        "soft.old_persons_shared_ownership_age_joint",
        2026,
        {"type": 24, "jointpur": 1, "age1": 63, "age2_known": 1},
        True,
    ),
    ("soft.old_persons_shared_ownership_age_joint", 2026, {"type": 24, "jointpur": 1, "age1": 63, "age2": 64}, False),
    ("soft.old_persons_shared_ownership_age_single", 2026, {"type": 24, "jointpur": 2, "age1": 63}, True),
    ("soft.old_persons_shared_ownership_age_single", 2026, {"type": 24, "jointpur": 2, "age1": 64}, False),
    ("soft.buyer1_not_living_in", 2026, {"ownershipsch": 2, "buy1livein": 2}, True),
    ("soft.buyer1_not_living_in", 2026, {"ownershipsch": 2, "buy1livein": 1}, False),
    ("soft.buyer2_not_living_in", 2026, {"ownershipsch": 1, "jointpur": 1, "buy2livein": 2}, True),
    ("soft.buyer2_not_living_in", 2026, {"ownershipsch": 1, "jointpur": 2, "buy2livein": 2}, False),
    ("soft.partner_under_16", 2026, {"age2": 15, "relat2": "P"}, True),
    ("soft.partner_under_16", 2026, {"age2": 16, "relat2": "P"}, False),
    ("soft.multiple_partners", 2026, {"hhmemb": 3, "relat2": "P", "relat3": "P"}, True),
    ("soft.multiple_partners", 2026, {"hhmemb": 2, "relat2": "P", "relat3": "P"}, False),
    ("soft.wheelchair_but_not_disabled", 2026, {"wheel": 1, "disabled": 2}, True),
    ("soft.wheelchair_but_not_disabled", 2026, {"wheel": 1, "disabled": 1}, False),
]


def facts(answers: dict[str, Any], year: int = 2026) -> Facts:
    return Facts(answers, year, TODAY, reference=REFERENCE_DATA, lookups=LOOKUPS)


def fired(answers: dict[str, Any], year: int) -> set[str]:
    result = validate(facts(answers, year), include_confirmed=True, rules=rules_for("sales"))
    return {e.rule for e in result.errors} | {w.rule for w in result.warnings}


@pytest.mark.parametrize(("rule_id", "year", "answers", "fires"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_rule_fires_only_past_its_boundary(rule_id: str, year: int, answers: dict[str, Any], fires: bool) -> None:
    assert (rule_id in fired(answers, year)) is fires


def test_every_implemented_rule_has_a_failing_and_a_passing_case() -> None:
    for rule_id in RULES_BY_ID:
        outcomes = {fires for case_id, _, _, fires in CASES if case_id == rule_id}
        assert outcomes == {True, False}, rule_id


def test_messages_fill_amounts_and_percentages() -> None:
    result = validate(facts({**STAIR, "mortgageused": 3, "deposit": 19000}), rules=rules_for("sales"))
    (error,) = [e for e in result.errors if e.field == "deposit"]
    assert error.message.startswith("The cash deposit is £19,000.00.</br></br>The full purchase price (£100,000.00)")
    result = validate(facts({**STAIRS, "stairowned": 30, "jointpur": 2}), rules=rules_for("sales"))
    assert {e.field: e.message for e in result.errors}["stairowned"].startswith(
        "The initial equity stake is 25% and the percentage owned in total minus the percentage bought is 20%."
    )
    assert "the percentage the buyer owns" in result.errors[0].message


def test_discounted_sum_message_names_each_part() -> None:
    answers = {**DO, "mortgage": 60000, "deposit": 5000, "discount": 30, "grant": 1000}
    (error,) = [e for e in validate(facts(answers), rules=rules_for("sales")).errors if e.field == "value"]
    assert error.message == (
        "The mortgage (£60,000.00), cash deposit (£5,000.00), and grant (£1,000.00) added together is £66,000.00."
        "</br></br>The full purchase price (£100,000.00) subtracted by the sum of the full purchase price "
        "(£100,000.00) multiplied by the percentage discount (30%) is £70,000.00.</br></br>"
        "These two amounts should be the same."
    )


def test_price_warning_says_lower_or_higher() -> None:
    (warning,) = validate(facts({"la": ADUR, "beds": 2, "value": 100000}), rules=rules_for("sales")).warnings
    assert (warning.message, warning.informative_text) == (
        "You told us the purchase price is £100,000.00.",
        "This is lower than we would expect.",
    )
    assert warning.confirmation_field == "value_value_check"


def test_confirmed_warning_is_not_reported_again() -> None:
    answers = {"la": ADUR, "beds": 2, "value": 100000, "value_value_check": 0}
    assert validate(facts(answers), rules=rules_for("sales")).warnings == ()


def test_no_price_range_for_another_year_or_authority() -> None:
    assert fired({"la": ADUR, "beds": 2, "value": 1}, 2025) == set()
    assert fired({"la": LONDON, "beds": 2, "value": 1}, 2026) == set()


def test_missing_answers_are_not_errors() -> None:
    assert fired({}, 2026) == set()
    assert fired({"saledate": SALE, "ownershipsch": 1, "staircase": 2}, 2026) == set()


def test_lettings_rules_stay_the_default() -> None:
    assert rules_for("lettings") == RULES


def reference_rules() -> list[dict[str, Any]]:
    return [json.loads(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference catalogue not available")
def test_every_reference_rule_is_implemented_or_listed_with_a_reason() -> None:
    ids = set()
    for ref in reference_rules():
        ids.add(ref["id"])
        if 2025 not in ref["years"] and 2026 not in ref["years"]:
            assert ref["id"] in SALES_DORMANT
            continue
        assert ref["id"] in RULES_BY_ID or SALES_NOT_IMPLEMENTED.get(ref["id"]), ref["id"]
    assert not set(SALES_NOT_IMPLEMENTED) & set(RULES_BY_ID)
    assert set(RULES_BY_ID) | set(SALES_NOT_IMPLEMENTED) | set(SALES_DORMANT) == ids


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference catalogue not available")
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
            assert rule.confirm_field == ref["confirm_field"], ref["id"]
            assert (rule.informative_text or None) == ref.get("informative_text"), ref["id"]


def test_sale_date_errors_name_the_merge_and_where_the_address_is() -> None:
    answers = {**MERGED, "saledate": SALE, "la": "S12000033", "uprn": "1"}
    errors = {(e.rule, e.field): e.message for e in validate(facts(answers), rules=rules_for("sales")).errors}
    assert errors[("setup.saledate_owning_org_merged", "saledate")] == (
        "Enter a date when the owning organisation was active. Merged One became inactive on 10 April 2026 and was "
        "replaced by Active HA."
    )
    assert errors[("setup.owning_org_merged_before_saledate", "owning_organisation_id")] == (
        "The owning organisation must be active on the sale completion date. Merged One became inactive on "
        "10 April 2026 and was replaced by Active HA."
    )
    assert errors[("property.la_not_in_england", "saledate")] == (
        "It looks like you have entered an address outside of England. Only create logs for sales in England."
    )
    no_uprn = validate(facts({"la": "S12000033"}), rules=rules_for("sales")).errors
    assert {e.field: e.message for e in no_uprn}["saledate"] == (
        "It looks like you have entered a postcode outside of England. Only create logs for sales in England."
    )
