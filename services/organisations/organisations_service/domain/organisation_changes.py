"""Rules for merges, name changes and deactivations of organisations. Field errors name the request field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from organisations_service.data.models import Organisation
from organisations_service.domain.codes import ORGANISATION_ACTIVE

NAME_MAX_LENGTH = 200
EARLIEST_MERGE_DATE = date(2021, 4, 1)  # the first collection year CORE holds logs for
LATEST_AHEAD = timedelta(days=366)  # a merge or name change may be planned up to a year ahead


def parse_day(raw: str, field: str, errors: dict[str, str]) -> date | None:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[field] = "Enter a date in the correct format, like 2025-04-01"
        return None


def check_day_in_range(day: date, today: date, field: str, errors: dict[str, str]) -> None:
    if day < EARLIEST_MERGE_DATE:
        errors[field] = f"The date must be on or after {EARLIEST_MERGE_DATE.strftime('%-d %B %Y')}"
    elif day > today + LATEST_AHEAD:
        errors[field] = "The date must be within a year from today"


def merge_errors(
    absorbing: Organisation, merged: Sequence[Organisation], status_of: dict[Organisation, str]
) -> dict[str, str]:
    """`status_of` gives each organisation's status today ("active", "deactivated", "merged")."""
    errors: dict[str, str] = {}
    if status_of[absorbing] != ORGANISATION_ACTIVE:
        errors["absorbing_organisation_id"] = f"{absorbing.name} is not active and cannot absorb organisations"
    if not merged:
        errors["merged_organisation_ids"] = "Select the organisations that are merging"
    elif any(organisation.id == absorbing.id for organisation in merged):
        errors["merged_organisation_ids"] = "An organisation cannot merge into itself"
    else:
        inactive = [o.name for o in merged if status_of[o] != ORGANISATION_ACTIVE or o.merge_date is not None]
        if inactive:
            errors["merged_organisation_ids"] = f"Not active or already merging: {', '.join(inactive)}"
    return errors


def name_change_errors(name: str) -> dict[str, str]:
    if not name.strip():
        return {"name": "Enter the new name of the organisation"}
    if len(name.strip()) > NAME_MAX_LENGTH:
        return {"name": f"The name must be {NAME_MAX_LENGTH} characters or fewer"}
    return {}
