"""Rules about absorbing organisations that are not yet active on the log's date.

Support may merge organisations into a new organisation that becomes active on the merge date (its
'available from' date). Until then a log may not name it: an organisation that has absorbed others and
whose available-from date is after the tenancy start date (or sale completion date) is not yet active.
The per-organisation questions stay silent when the merged-organisation rule already speaks; the start
date rule follows the live order (same organisation, same merge, then each organisation).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from logs_service.domain.validation.entities import OrganisationFacts, govuk_date, merged_on, not_yet_active_on
from logs_service.domain.validation.model import BOTH, Facts, Hit, Outcome, Rule, fill, hard
from logs_service.domain.validation.organisation_rules import (
    DATE_PHRASE,
    MANAGING,
    OWNING,
    organisation_of,
    same_merge,
)

NOT_YET_ACTIVE_ORG = (
    "The %{role} organisation must be active on the %{date_phrase}. %{%{role}_organisation} became active on "
    "%{available_from}."
)
DATE_NOT_YET_ACTIVE = {
    "owning": "Enter a date when the owning organisation was active. %{owning_organisation} became active on "
    "%{available_from}.",
    "managing": "Enter a date when the managing organisation was active. %{managing_organisation} became active on "
    "%{available_from}.",
    "same_organisation": "Enter a date when the owning and managing organisation was active. %{owning_organisation} "
    "became active on %{available_from}.",
    "different_organisations": "Enter a date when the owning and managing organisations were active. "
    "%{owning_organisation} became active on %{owning_organisation_active_from}, and %{managing_organisation} became "
    "active on %{managing_organisation_active_from}.",
}


def _values(role: str, organisation: OrganisationFacts) -> dict[str, str]:
    return {
        f"{role}_organisation": organisation.name,
        f"{role}_organisation_active_from": govuk_date(organisation.available_from),
    }


def not_yet_active(field_name: str, date_field: str) -> Callable[[Facts], Outcome]:
    """The organisation in `field_name` is not yet active on the log's date, and has not merged by then."""
    role = "owning" if field_name == OWNING else "managing"

    def test(facts: Facts) -> Outcome:
        day, organisation = facts.date(date_field), organisation_of(facts, field_name)
        if day is None or organisation is None or merged_on(organisation, day):
            return None
        if not not_yet_active_on(organisation, day):
            return None
        return Hit(values={**_values(role, organisation), "available_from": govuk_date(organisation.available_from)})

    return test


def not_yet_active_rule(rule_id: str, field_name: str, date_field: str) -> Rule:
    """`setup.<role>_org_absorbing_not_yet_active`: the organisation's own question."""
    role = "owning" if field_name == OWNING else "managing"
    message = NOT_YET_ACTIVE_ORG.replace("%{role}", role).replace("%{date_phrase}", DATE_PHRASE[date_field])
    return hard(rule_id, BOTH, (field_name,), message, not_yet_active(field_name, date_field))


def _startdate_message(day: date, owner: OrganisationFacts | None, manager: OrganisationFacts | None) -> str:
    """The live order: one organisation for both roles, then both in one merge (the merged rule's case),
    then whichever of the two is not yet active."""
    owner_late, manager_late = not_yet_active_on(owner, day), not_yet_active_on(manager, day)
    if owner is not None and manager is not None:
        if owner.id == manager.id:
            return DATE_NOT_YET_ACTIVE["same_organisation"] if owner_late and not merged_on(owner, day) else ""
        if same_merge(owner, manager):
            return ""
        if owner_late and manager_late:
            return DATE_NOT_YET_ACTIVE["different_organisations"]
    if owner_late:
        return DATE_NOT_YET_ACTIVE["owning"]
    return DATE_NOT_YET_ACTIVE["managing"] if manager_late else ""


def startdate_org_not_yet_active(facts: Facts) -> Outcome:
    """One message on the start date naming whichever organisation was not yet active then."""
    day = facts.startdate
    if day is None:
        return None
    owner, manager = organisation_of(facts, OWNING), organisation_of(facts, MANAGING)
    message = _startdate_message(day, owner, manager)
    if not message:
        return None
    values: dict[str, str] = {}
    for role, organisation in (("owning", owner), ("managing", manager)):
        if organisation is not None:
            values.update(_values(role, organisation))
    late = owner if not_yet_active_on(owner, day) else manager
    assert late is not None
    values["available_from"] = govuk_date(late.available_from)
    return Hit(messages={"startdate": fill(message, values)})


def saledate_owning_org_not_yet_active(facts: Facts) -> Outcome:
    """The owning organisation is not yet active on the sale date (alongside the merged rule, as live)."""
    day, owner = facts.date("saledate"), organisation_of(facts, OWNING)
    if day is None or owner is None or not not_yet_active_on(owner, day):
        return None
    return Hit(values={"owning_organisation": owner.name, "available_from": govuk_date(owner.available_from)})


RULES = (
    not_yet_active_rule("setup.owning_org_absorbing_not_yet_active", OWNING, "startdate"),
    not_yet_active_rule("setup.managing_org_absorbing_not_yet_active", MANAGING, "startdate"),
    hard(
        "setup.startdate_org_not_yet_active",
        BOTH,
        ("startdate",),
        DATE_NOT_YET_ACTIVE["owning"],
        startdate_org_not_yet_active,
    ),
)
SALES_RULES = (
    hard(
        "setup.saledate_owning_org_not_yet_active",
        BOTH,
        ("saledate",),
        DATE_NOT_YET_ACTIVE["owning"],
        saledate_owning_org_not_yet_active,
    ),
    not_yet_active_rule("setup.owning_org_absorbing_not_yet_active", OWNING, "saledate"),
)
