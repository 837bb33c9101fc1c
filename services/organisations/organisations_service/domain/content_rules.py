"""Rules for service alerts and collection resources. Field errors name the request field."""

from __future__ import annotations

import re
from datetime import datetime

TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 2000
LINK_TEXT_MAX_LENGTH = 200
URL_MAX_LENGTH = 500
PATH_MAX_LENGTH = 200

RESOURCE_TYPES = {
    "bulk_upload_template": "Bulk upload template",
    "specification": "Bulk upload specification",
    "guidance": "Guidance",
}
EARLIEST_YEAR, LATEST_YEAR = 2020, 2100
MAX_RESOURCE_BYTES = 20 * 1024 * 1024
FILENAME_MAX_LENGTH = 200
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._ -]+")


def alert_errors(
    *,
    title: str,
    body: str,
    link_text: str,
    link_url: str,
    page_path: str,
    starts_at: datetime | None,
    ends_at: datetime | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = "Enter a title"
    elif len(title) > TITLE_MAX_LENGTH:
        errors["title"] = f"The title must be {TITLE_MAX_LENGTH} characters or fewer"
    if not body.strip():
        errors["body"] = "Enter the text of the alert"
    elif len(body) > BODY_MAX_LENGTH:
        errors["body"] = f"The text must be {BODY_MAX_LENGTH} characters or fewer"
    local = link_url.startswith("/") and not link_url.startswith("//")
    if link_url and not (link_url.startswith(("https://", "http://")) or local):
        errors["link_url"] = "Enter a link that starts with https:// or /"
    elif len(link_url) > URL_MAX_LENGTH:
        errors["link_url"] = f"The link must be {URL_MAX_LENGTH} characters or fewer"
    if link_url and not link_text.strip():
        errors["link_text"] = "Enter the text of the link"
    elif len(link_text) > LINK_TEXT_MAX_LENGTH:
        errors["link_text"] = f"The link text must be {LINK_TEXT_MAX_LENGTH} characters or fewer"
    if page_path and (not page_path.startswith("/") or len(page_path) > PATH_MAX_LENGTH):
        errors["page_path"] = "Enter a page path that starts with /, like /lettings-logs"
    if starts_at is None:
        errors["starts_at"] = "Enter when the alert starts"
    elif ends_at is not None and ends_at <= starts_at:
        errors["ends_at"] = "The end must be after the start"
    return errors


def resource_errors(year: int, resource_type: str, filename: str, size: int) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        errors["year"] = "Select a collection year"
    if resource_type not in RESOURCE_TYPES:
        errors["resource_type"] = "Select the type of resource"
    if not filename.strip() or size == 0:
        errors["data"] = "Select a file to upload"
    elif size > MAX_RESOURCE_BYTES:
        errors["data"] = "The file must be smaller than 20MB"
    return errors


def safe_filename(raw: str) -> str:
    """The file's own name without folders or unusual characters."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_FILENAME.sub("_", name).strip(" .") or "file"
    return cleaned[-FILENAME_MAX_LENGTH:]
