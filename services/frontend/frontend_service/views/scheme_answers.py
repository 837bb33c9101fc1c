"""Summary-list rows of a scheme's and a location's answers, with "Change" links to their question pages for
those who may change them."""

from __future__ import annotations

from typing import Any

from flask import url_for

from frontend_service.clients.models import User
from frontend_service.clients.organisation_models import Location, Scheme
from frontend_service.forms import schemes as forms
from frontend_service.questions import format_date

LABELS = {
    "sensitive": dict(forms.YES_NO),
    "scheme_type": dict(forms.SCHEME_TYPES),
    "registered_under_care_act": dict(forms.CARE_ACT),
    "arrangement_type": dict(forms.ARRANGEMENT_TYPES),
    "primary_client_group": dict(forms.CLIENT_GROUPS),
    "has_other_client_group": dict(forms.YES_NO),
    "secondary_client_group": dict(forms.CLIENT_GROUPS),
    "support_type": dict(forms.SUPPORT_TYPES),
    "intended_stay": dict(forms.INTENDED_STAYS),
    "type_of_unit": dict(forms.TYPES_OF_UNIT),
    "mobility_type": dict(forms.MOBILITY_TYPES),
}

# (field, question as the summary shows it, page slug)
SCHEME_ROWS = (
    ("service_name", "Scheme name", "details"),
    ("sensitive", "Confidential information", "details"),
    ("owning_organisation_id", "Housing stock owned by", "details"),
    ("scheme_type", "Type of scheme", "details"),
    ("registered_under_care_act", "Registered under Care Standards Act 2000", "details"),
    ("arrangement_type", "Support services provided by", "details"),
    ("managing_organisation_id", "Organisation providing support", "support-services-provider"),
    ("primary_client_group", "Primary client group", "primary-client-group"),
    ("has_other_client_group", "Has another client group", "confirm-secondary-client-group"),
    ("secondary_client_group", "Secondary client group", "secondary-client-group"),
    ("support_type", "Level of support given", "support"),
    ("intended_stay", "Intended length of stay", "support"),
)
LOCATION_ROWS = (
    ("postcode", "Postcode", "postcode"),
    ("local_authority", "Local authority", "local-authority"),
    ("name", "Location name", "name"),
    ("units", "Total number of units at this location", "units"),
    ("type_of_unit", "Common type of unit", "type-of-unit"),
    ("mobility_type", "Mobility standards", "mobility-standards"),
    ("startdate", "Location availability", "availability"),
)
COORDINATOR_CONFIRMED = frozenset({"service_name", "sensitive"})
ACTIONS = ("deactivate", "reactivate")
# Which change a status allows: an active one may be deactivated, a deactivated (or soon) one reactivated.
AVAILABLE_STATUSES = {"deactivate": ("active", "reactivating_soon"), "reactivate": ("deactivated", "deactivating_soon")}


def available_actions(status: str) -> list[str]:
    return [action for action in ACTIONS if status in AVAILABLE_STATUSES[action]]


def label_of(field: str, value: object) -> str:
    if value is None or value == "":
        return ""
    return LABELS.get(field, {}).get(str(value), str(value))


def _scheme_value(scheme: Scheme, field: str) -> str:
    if field == "service_name":
        return scheme.service_name
    if field == "owning_organisation_id":
        return scheme.owning_organisation_name
    if field == "managing_organisation_id":
        return scheme.managing_organisation_name
    return label_of(field, scheme.answers.get(field))


def _shown(scheme: Scheme, field: str) -> bool:
    if field == "managing_organisation_id":
        return scheme.answers.get("arrangement_type") not in (None, "D")
    if field == "secondary_client_group":
        return scheme.answers.get("has_other_client_group") == 1
    return True


def _row(label: str, value: str, change_href: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {"key": {"text": label}, "value": {"text": value or "You didn’t answer this question"}}
    if change_href:
        text = "Change" if value else "Answer"
        row["actions"] = {"items": [{"href": change_href, "text": text, "visuallyHiddenText": label.lower()}]}
    return row


def scheme_rows(scheme: Scheme, user: User, *, change_links: bool) -> list[dict[str, Any]]:
    rows = []
    for field, label, slug in SCHEME_ROWS:
        if not _shown(scheme, field):
            continue
        href = None
        if change_links and user.role in ("support", "data_coordinator"):
            if user.role == "support" or not scheme.confirmed:
                href = url_for(
                    "schemes.edit_scheme_page",
                    scheme_id=scheme.id,
                    slug=slug,
                    referrer=None if scheme.confirmed else "check-answers",
                )
            elif field in COORDINATOR_CONFIRMED:
                href = url_for("schemes.edit_scheme_page", scheme_id=scheme.id, slug="edit-name")
        rows.append(_row(label, _scheme_value(scheme, field), href))
    return rows


def location_value(location: Location, field: str) -> str:
    if field in ("postcode", "name", "local_authority"):
        return str(getattr(location, field))
    if field == "startdate":
        return format_date(location.answers.get("startdate", ""))
    return label_of(field, location.answers.get(field))


def location_rows(location: Location, *, editable: bool) -> list[dict[str, Any]]:
    rows = []
    for field, label, slug in LOCATION_ROWS:
        href = None
        if editable and not (field == "local_authority" and location.is_la_inferred):
            href = url_for(
                "schemes.edit_location_page",
                scheme_id=location.scheme_id,
                location_id=location.id,
                slug=slug,
                referrer=None if location.confirmed else "check-answers",
            )
        rows.append(_row(label, location_value(location, field), href))
    return rows
