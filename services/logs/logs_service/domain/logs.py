"""Rules about logs as a whole: statuses, who may see and delete one, and the metadata copied out of
the answers into columns."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from core_platform.auth.principal import KIND_CLIENT, ROLE_DATA_COORDINATOR, Principal
from logs_service.domain.forms.collection_years import collection_year_of
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import FormContext
from logs_service.domain.forms.registry import LOG_DATE_FIELDS

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
PENDING = "pending"
DELETED = "deleted"
STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETED, PENDING, DELETED)


def status_for(form: Form, context: FormContext) -> str:
    """Not started until the user answered a question (`Form.is_started`), then in progress until
    every question shown in every subsection that applies is answered (completed)."""
    if not form.is_started(context.answers):
        return NOT_STARTED
    if form.is_completed(context):
        return COMPLETED
    return IN_PROGRESS


@dataclass(frozen=True)
class LogMetadata:
    """The answers that lists filter and sort on, kept in columns beside the answers."""

    startdate: date | None
    collection_year: int | None
    tenancycode: str | None
    propcode: str | None
    needstype: int | None
    owning_organisation_id: str | None
    managing_organisation_id: str | None
    postcode_full: str | None = None
    scheme_id: str | None = None
    location_id: str | None = None


def metadata_from(answers: Mapping[str, Any]) -> LogMetadata:
    # The log's date, which chooses its collection year: a letting's start date, a sale's completion date.
    day = next((answers[name] for name in LOG_DATE_FIELDS.values() if answers.get(name)), None)
    startdate = date.fromisoformat(day) if day else None
    return LogMetadata(
        startdate=startdate,
        collection_year=collection_year_of(startdate) if startdate else None,
        tenancycode=answers.get("tenancycode"),
        propcode=answers.get("propcode"),
        needstype=answers.get("needstype"),
        owning_organisation_id=answers.get("owning_organisation_id"),
        managing_organisation_id=answers.get("managing_organisation_id"),
        postcode_full=answers.get("postcode_full"),
        scheme_id=_text_or_none(answers.get("scheme_id")),
        location_id=_text_or_none(answers.get("location_id")),
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def may_see(
    principal: Principal,
    owning_organisation_id: str | None,
    managing_organisation_id: str | None,
    merged_in: Collection[str] = (),
) -> bool:
    """Support sees every log; anyone else the logs their organisation owns or manages, and those of
    the organisations merged into theirs (`merged_in`: logs from before the merge stay with them)."""
    if principal.is_support:
        return True
    organisations = [org for org in (owning_organisation_id, managing_organisation_id) if org]
    return any(principal.belongs_to(org) or org in merged_in for org in organisations)


def may_delete(principal: Principal, assigned_to_id: str | None) -> bool:
    """Support, coordinators and API clients (acting for their organisation) may delete a log they
    can see; a data provider only the logs assigned to them (live LogPolicy)."""
    if principal.is_support or principal.role == ROLE_DATA_COORDINATOR or principal.kind == KIND_CLIENT:
        return True
    return assigned_to_id is not None and assigned_to_id == principal.subject


def may_reassign(principal: Principal) -> bool:
    """Support and data coordinators change who owns, manages and is assigned a log; providers and
    API clients do not (live LogPolicy: only those who may pick the owner on the form)."""
    return principal.is_support or (principal.kind != KIND_CLIENT and principal.role == ROLE_DATA_COORDINATOR)
