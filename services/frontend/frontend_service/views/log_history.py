"""A log's history: each change with when, who (named through identity) and what changed, in the
form's words. Routes join the logs blueprint, so they serve lettings and sales logs alike."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from core_platform.errors import CoreError
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.logs_lifecycle import LogChange, LogHistoryEntry
from frontend_service.questions import format_date, text_of
from frontend_service.rendering import render_page
from frontend_service.views.lettings_logs import bp, load_log

logger = logging.getLogger(__name__)

UNKNOWN_USER = "Unknown user"
ASSIGNED_TO = "assigned_to_id"
ENGLAND = ZoneInfo("Europe/London")
SOURCES = {"form": "Online form", "api": "API", "bulk_upload": "Bulk upload", "system": "System"}


def user_names(user_ids: set[str], token: str) -> dict[str, str]:
    """Each user's name as identity gives it to the caller; "Unknown user" for one it does not."""
    names: dict[str, str] = {}
    for user_id in sorted(user_id for user_id in user_ids if user_id):
        try:
            user = backends().identity.get_user(user_id, token=token)
            names[user_id] = user.name or user.email
        except CoreError as exc:  # deleted, another organisation's, or an API client: not a user we can name
            logger.info("user not named in a log history: %s", type(exc).__name__)
            names[user_id] = UNKNOWN_USER
    return names


def _shown(change: LogChange, value: Any, text: str, names: dict[str, str]) -> str:
    if value is None or value == "":
        return "Not answered"
    if change.field == ASSIGNED_TO:
        return names.get(text_of(value), UNKNOWN_USER)
    return text or format_date(value)


def _when(moment: datetime | None) -> str:
    """'2 June 2025 at 3:30pm', in England's time."""
    if moment is None:
        return "Date unknown"
    local = moment.astimezone(ENGLAND)
    return f"{local.day} {local:%B %Y} at {local.hour % 12 or 12}:{local:%M}{'am' if local.hour < 12 else 'pm'}"


def history_rows(entries: list[LogHistoryEntry], names: dict[str, str]) -> list[dict[str, Any]]:
    """Newest change first, each with its table rows (question, before, after)."""
    return [
        {
            "version": entry.version,
            "changed_at": _when(entry.changed_at),
            "who": names.get(entry.changed_by_id, UNKNOWN_USER),
            "source": SOURCES.get(entry.source, entry.source),
            "rows": [
                (
                    change.label or change.field,
                    _shown(change, change.old_value, change.old_text, names),
                    _shown(change, change.new_value, change.new_text, names),
                )
                for change in entry.changes
            ],
        }
        for entry in reversed(entries)
    ]


@bp.get("/<log_id>/history")
@login_required
def show_log_history(log_id: str) -> str:
    token = access_token()
    log = load_log(log_id, token)
    entries = backends().logs.get_log_history(log_id, token=token)
    people = {entry.changed_by_id for entry in entries}
    people |= {
        text_of(value)
        for entry in entries
        for change in entry.changes
        if change.field == ASSIGNED_TO
        for value in (change.old_value, change.new_value)
        if value
    }
    return render_page("logs/log_history.html", log=log, changes=history_rows(entries, user_names(people, token)))
