"""Rules about the organisations a log names: merged organisations on the log's date, the data
sharing agreement, and the managing organisation's rent periods.

They look organisations up through `Facts.lookups` and stay silent while an organisation is unknown.
Lettings rules read the tenancy start date; the sales ones (`sales.setup`) reuse the predicates with
the sale completion date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from logs_service.domain.validation.entities import OrganisationFacts, govuk_date, merged_on
from logs_service.domain.validation.model import BOTH, Facts, Hit, Outcome, Rule, fill, hard

OWNING, MANAGING = "owning_organisation_id", "managing_organisation_id"
DATE_PHRASE = {"startdate": "tenancy start date", "saledate": "sale completion date"}
MERGED_ORG = (
    "The %{role} organisation must be active on the %{date_phrase}. %{organisation} became inactive on "
    "%{merge_date} and was replaced by %{absorbing_organisation}."
)
STARTDATE_MERGED = {
    "owning": "Enter a date when the owning organisation was active. %{owning_organisation} became inactive on "
    "%{merge_date} and was replaced by %{absorbing_organisation}.",
    "managing": "Enter a date when the managing organisation was active. %{managing_organisation} became inactive on "
    "%{merge_date} and was replaced by %{absorbing_organisation}.",
    "same_organisation": "Enter a date when the owning and managing organisation was active. %{owning_organisation} "
    "became inactive on %{merge_date} and was replaced by %{absorbing_organisation}.",
    "same_merge": "Enter a date when the owning and managing organisations were active. %{owning_organisation} and "
    "%{managing_organisation} became inactive on %{owning_organisation_merge_date} and were replaced by "
    "%{owning_absorbing_organisation}.",
    "different_merge": "Enter a date when the owning and managing organisations were active. %{owning_organisation} "
    "became inactive on %{owning_organisation_merge_date} and was replaced by %{owning_absorbing_organisation}. "
    "%{managing_organisation} became inactive on %{managing_organisation_merge_date} and was replaced by "
    "%{managing_absorbing_organisation}.",
}
DSA_NOT_SIGNED = (
    "The organisation must accept the Data Sharing Agreement before it can be selected as the %{role} organisation."
)
RENT_PERIOD = (
    "%{org_name} does not use %{rent_period} as a rent period. Choose another rent period, or a data coordinator "
    "can add rent periods to your organisation."
)
RENT_PERIOD_ORG = (
    "%{org_name} does not use %{rent_period} as a rent period. Set another rent period on this log, or a data "
    "coordinator can add rent periods to this organisation."
)


def organisation_of(facts: Facts, field_name: str) -> OrganisationFacts | None:
    value = facts.get(field_name)
    return facts.lookups.organisation(str(value)) if value else None


def _name(facts: Facts, organisation_id: str) -> str:
    found = facts.lookups.organisation(organisation_id) if organisation_id else None
    return found.name if found is not None else ""


def merge_values(facts: Facts, organisation: OrganisationFacts) -> dict[str, str]:
    return {
        "organisation": organisation.name,
        "merge_date": govuk_date(organisation.merge_date),
        "absorbing_organisation": _name(facts, organisation.absorbing_organisation_id),
    }


def merged_before(field_name: str, date_field: str) -> Callable[[Facts], Outcome]:
    """The organisation in `field_name` had merged into another on or before the log's date."""

    def test(facts: Facts) -> Outcome:
        day, organisation = facts.date(date_field), organisation_of(facts, field_name)
        if day is None or organisation is None or not merged_on(organisation, day):
            return None
        return Hit(values=merge_values(facts, organisation))

    return test


def same_merge(owner: OrganisationFacts, manager: OrganisationFacts) -> bool:
    return (
        owner.merge_date is not None
        and owner.merge_date == manager.merge_date
        and owner.absorbing_organisation_id == manager.absorbing_organisation_id
    )


def _prefixed(facts: Facts, prefix: str, organisation: OrganisationFacts) -> dict[str, str]:
    values = merge_values(facts, organisation)
    return {
        f"{prefix}_organisation": values["organisation"],
        f"{prefix}_organisation_merge_date": values["merge_date"],
        f"{prefix}_absorbing_organisation": values["absorbing_organisation"],
    }


def _merged_message(day: date, owner: OrganisationFacts | None, manager: OrganisationFacts | None) -> str:
    owner_merged, manager_merged = merged_on(owner, day), merged_on(manager, day)
    if owner is not None and manager is not None:
        if owner.id == manager.id:
            return STARTDATE_MERGED["same_organisation"] if owner_merged else ""
        if same_merge(owner, manager):
            return STARTDATE_MERGED["same_merge"] if owner_merged else ""
        if owner_merged and manager_merged:
            return STARTDATE_MERGED["different_merge"]
    if owner_merged:
        return STARTDATE_MERGED["owning"]
    return STARTDATE_MERGED["managing"] if manager_merged else ""


def startdate_org_merged(facts: Facts) -> Outcome:
    """One message on the start date naming whichever of the organisations had merged by then."""
    day = facts.startdate
    if day is None:
        return None
    owner, manager = organisation_of(facts, OWNING), organisation_of(facts, MANAGING)
    message = _merged_message(day, owner, manager)
    if not message:
        return None
    values: dict[str, str] = {}
    for prefix, organisation in (("owning", owner), ("managing", manager)):
        if organisation is not None:
            values.update(_prefixed(facts, prefix, organisation))
    merged = owner if merged_on(owner, day) else manager
    assert merged is not None
    values.update(merge_values(facts, merged))
    return Hit(messages={"startdate": fill(message, values)})


def dsa_not_signed(field_name: str) -> Callable[[Facts], bool]:
    """The organisation chosen in this save has not accepted the data sharing agreement."""

    def test(facts: Facts) -> bool:
        organisation = organisation_of(facts, field_name)
        return (
            facts.is_changed(field_name) and organisation is not None and not organisation.data_sharing_agreement_signed
        )

    return test


def rent_period_not_used_by_org(facts: Facts) -> Outcome:
    period, organisation = facts.get("period"), organisation_of(facts, MANAGING)
    if period is None or organisation is None or not organisation.rent_periods:
        return None
    if period in organisation.rent_periods:
        return None
    return Hit(values={"org_name": organisation.name, "rent_period": facts.label("period").lower()})


def merged_before_rule(rule_id: str, field_name: str, date_field: str) -> Rule:
    """`setup.<role>_org_merged_before_<date>`: the merged organisation's own question."""
    role = "owning" if field_name == OWNING else "managing"
    message = MERGED_ORG.replace("%{role}", role).replace("%{date_phrase}", DATE_PHRASE[date_field])
    return hard(
        rule_id,
        BOTH,
        (field_name,),
        message.replace("%{organisation}", f"%{{{role}_organisation}}"),
        _with_role_values(merged_before(field_name, date_field), role),
    )


def _with_role_values(test: Callable[[Facts], Outcome], role: str) -> Callable[[Facts], Outcome]:
    """The merge values under the placeholder the message uses (%{owning_organisation}...)."""

    def renamed(facts: Facts) -> Outcome:
        hit = test(facts)
        if not isinstance(hit, Hit):
            return hit
        values = dict(hit.values)
        values[f"{role}_organisation"] = values.pop("organisation")
        return Hit(values=values)

    return renamed


def dsa_rule(field_name: str) -> Rule:
    role = "owning" if field_name == OWNING else "managing"
    return hard(
        f"setup.{role}_org_dsa_not_signed",
        BOTH,
        (field_name,),
        DSA_NOT_SIGNED.replace("%{role}", role),
        dsa_not_signed(field_name),
    )


RULES = (
    merged_before_rule("setup.owning_org_merged_before_startdate", OWNING, "startdate"),
    merged_before_rule("setup.managing_org_merged_before_startdate", MANAGING, "startdate"),
    hard("setup.startdate_org_merged", BOTH, ("startdate",), STARTDATE_MERGED["owning"], startdate_org_merged),
    dsa_rule(MANAGING),
    dsa_rule(OWNING),
    hard(
        "financial.rent_period_not_used_by_org",
        BOTH,
        ("period", MANAGING),
        RENT_PERIOD,
        rent_period_not_used_by_org,
        {MANAGING: RENT_PERIOD_ORG},
    ),
)
