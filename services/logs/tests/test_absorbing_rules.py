"""Absorbing organisations not yet active on the log's date: every message variant, the live order against
the merged-organisation rules, and the organisations directory's fields reaching the rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from core.organisations.v1 import organisations_pb2 as org_pb
from logs_service.domain.entity_lookups import organisation_facts
from logs_service.domain.validation import Facts, validate
from logs_service.domain.validation.engine import RULES_BY_ID, rules_for
from logs_service.domain.validation.entities import MemoryLookups, OrganisationFacts
from logs_service.organisations_client import organisation_from_proto

TODAY = date(2026, 5, 1)
START = "2026-04-20"
LOOKUPS = MemoryLookups(
    organisations=(
        OrganisationFacts("org-a", "Active HA"),
        OrganisationFacts(
            "org-late", "New Start HA", available_from=date(2026, 4, 21), has_absorbed_organisations=True
        ),
        OrganisationFacts("org-later", "Newer HA", available_from=date(2026, 4, 25), has_absorbed_organisations=True),
        # An available-from date without absorbed organisations: the live rule needs both.
        OrganisationFacts("org-alone", "Lone HA", available_from=date(2026, 4, 25)),
        # Absorbed others, then merged itself into org-a before the start date: the merged rules speak.
        OrganisationFacts(
            "org-both",
            "Merged Absorber",
            available_from=date(2026, 4, 25),
            has_absorbed_organisations=True,
            merge_date=date(2026, 4, 10),
            absorbing_organisation_id="org-a",
        ),
        OrganisationFacts(
            "org-both2",
            "Merged Absorber Two",
            available_from=date(2026, 4, 25),
            has_absorbed_organisations=True,
            merge_date=date(2026, 4, 10),
            absorbing_organisation_id="org-a",
        ),
    )
)


def lettings_errors(rule_id: str, owner: str = "", manager: str = "", startdate: str = START) -> dict[str, str]:
    answers: dict[str, Any] = {"startdate": startdate}
    answers.update({k: v for k, v in (("owning_organisation_id", owner), ("managing_organisation_id", manager)) if v})
    result = validate(Facts(answers, 2026, TODAY, lookups=LOOKUPS), rules=[RULES_BY_ID[rule_id]])
    return {e.field: e.message for e in result.errors}


def sales_errors(owner: str, saledate: str = START) -> dict[tuple[str, str], str]:
    answers = {"saledate": saledate, "owning_organisation_id": owner}
    result = validate(Facts(answers, 2026, TODAY, lookups=LOOKUPS), rules=rules_for("sales"))
    return {(e.rule, e.field): e.message for e in result.errors}


def test_owning_and_managing_questions_name_the_date_the_organisation_became_active() -> None:
    assert lettings_errors("setup.owning_org_absorbing_not_yet_active", owner="org-late") == {
        "owning_organisation_id": "The owning organisation must be active on the tenancy start date. New Start HA "
        "became active on 21 April 2026."
    }
    assert lettings_errors("setup.managing_org_absorbing_not_yet_active", manager="org-later") == {
        "managing_organisation_id": "The managing organisation must be active on the tenancy start date. Newer HA "
        "became active on 25 April 2026."
    }


@pytest.mark.parametrize(("startdate", "fires"), [("2026-04-20", True), ("2026-04-21", False), ("2026-04-22", False)])
def test_the_organisation_is_active_from_its_available_from_day(startdate: str, fires: bool) -> None:
    for rule_id in ("setup.owning_org_absorbing_not_yet_active", "setup.startdate_org_not_yet_active"):
        assert bool(lettings_errors(rule_id, owner="org-late", startdate=startdate)) is fires
    assert (
        bool(lettings_errors("setup.managing_org_absorbing_not_yet_active", manager="org-late", startdate=startdate))
        is fires
    )


@pytest.mark.parametrize(
    ("owner", "manager", "message"),
    [
        (
            "org-late",
            "org-late",
            "Enter a date when the owning and managing organisation was active. New Start HA became active on "
            "21 April 2026.",
        ),
        (
            "org-late",
            "org-a",
            "Enter a date when the owning organisation was active. New Start HA became active on 21 April 2026.",
        ),
        (
            "org-a",
            "org-later",
            "Enter a date when the managing organisation was active. Newer HA became active on 25 April 2026.",
        ),
        (
            "org-late",
            "org-later",
            "Enter a date when the owning and managing organisations were active. New Start HA became active on "
            "21 April 2026, and Newer HA became active on 25 April 2026.",
        ),
    ],
)
def test_start_date_message_depends_on_which_organisations_are_not_yet_active(
    owner: str, manager: str, message: str
) -> None:
    assert lettings_errors("setup.startdate_org_not_yet_active", owner, manager) == {"startdate": message}


def test_an_organisation_that_absorbed_nobody_is_active_whatever_its_date() -> None:
    for rule_id in RULES_BY_ID:
        if rule_id.endswith("not_yet_active"):
            assert lettings_errors(rule_id, owner="org-alone", manager="org-alone") == {}


def test_an_organisation_merged_by_the_start_date_gets_the_merged_messages_only() -> None:
    for rule_id in ("setup.owning_org_absorbing_not_yet_active", "setup.startdate_org_not_yet_active"):
        assert lettings_errors(rule_id, owner="org-both", manager="org-both") == {}
        assert lettings_errors(rule_id, owner="org-both", manager="org-both2") == {}  # one merge
    assert lettings_errors("setup.managing_org_absorbing_not_yet_active", manager="org-both") == {}
    assert lettings_errors("setup.startdate_org_merged", owner="org-both", manager="org-both")


def test_unknown_organisations_and_missing_dates_are_not_errors() -> None:
    assert lettings_errors("setup.startdate_org_not_yet_active", owner="org-gone", manager="org-late") == {
        "startdate": "Enter a date when the managing organisation was active. New Start HA became active on "
        "21 April 2026."
    }
    assert validate(Facts({"owning_organisation_id": "org-late"}, 2026, TODAY, lookups=LOOKUPS)).errors == ()


def test_sales_rules_read_the_sale_completion_date() -> None:
    errors = sales_errors("org-late")
    assert errors[("setup.saledate_owning_org_not_yet_active", "saledate")] == (
        "Enter a date when the owning organisation was active. New Start HA became active on 21 April 2026."
    )
    assert errors[("setup.owning_org_absorbing_not_yet_active", "owning_organisation_id")] == (
        "The owning organisation must be active on the sale completion date. New Start HA became active on "
        "21 April 2026."
    )
    assert not {rule for rule, _field in sales_errors("org-late", "2026-04-21") if "not_yet_active" in rule}


def test_sale_date_reports_merged_and_not_yet_active_together_but_the_owner_question_only_merged() -> None:
    rules = {rule for rule, _field in sales_errors("org-both")}
    assert {"setup.saledate_owning_org_merged", "setup.saledate_owning_org_not_yet_active"} <= rules
    assert "setup.owning_org_merged_before_saledate" in rules
    assert "setup.owning_org_absorbing_not_yet_active" not in rules


def test_the_organisations_directory_fields_reach_the_rules() -> None:
    message = org_pb.Organisation(
        id="org-x", code="ORG9", name="X HA", available_from="2026-04-21", has_absorbed_organisations=True
    )
    facts = organisation_facts(organisation_from_proto(message))
    assert (facts.available_from, facts.has_absorbed_organisations) == (date(2026, 4, 21), True)
    unset = organisation_facts(organisation_from_proto(org_pb.Organisation(id="org-y", code="ORG8", name="Y")))
    assert (unset.available_from, unset.has_absorbed_organisations) == (None, False)
