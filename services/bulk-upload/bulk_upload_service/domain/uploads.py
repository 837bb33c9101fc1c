"""What an upload is: its log types, open collection years and statuses."""

from __future__ import annotations

from bulk_upload_service.domain.files import clean_filename, file_error

LOG_TYPES = ("lettings", "sales")

# Collection years an upload may be made for (the start year: 2025 is 2025 to 2026). Fixed for the
# walking skeleton; later this follows the form definitions' open dates (two years during crossover).
OPEN_COLLECTION_YEARS = (2025, 2026)

STATUS_RECEIVED = "received"
STATUS_PROCESSING = "processing"
STATUS_PROCESSED = "processed"
STATUS_FAILED = "failed"
STATUSES = (STATUS_RECEIVED, STATUS_PROCESSING, STATUS_PROCESSED, STATUS_FAILED)
FINISHED_STATUSES = (STATUS_PROCESSED, STATUS_FAILED)

# Failure reasons are shown to the user as they are, so they say what happened and what to do.
FAILURE_UNREADABLE = (
    "The file could not be read as a CSV. Save it from your spreadsheet as 'CSV UTF-8' and upload it again."
)
FAILURE_FILE_MISSING = "The uploaded file could not be found. Upload it again."
FAILURE_STORAGE_UNAVAILABLE = "The file could not be processed because of a temporary problem. Upload it again."
FAILURE_PROCESSING_ERROR = "There was a problem processing the file. Upload it again, or contact the helpdesk."
FAILURE_NOT_QUEUED = "The file could not be queued for processing. Upload it again."


def storage_key_for(upload_id: str) -> str:
    return f"uploads/{upload_id}.csv"


def new_upload_errors(log_type: str, collection_year: int, filename: str, content: bytes) -> dict[str, str]:
    """Field errors of a new upload, keyed by the field the user corrects; empty when it is acceptable."""
    errors: dict[str, str] = {}
    if log_type not in LOG_TYPES:
        errors["log_type"] = "Select if you are uploading lettings or sales logs"
    if collection_year not in OPEN_COLLECTION_YEARS:
        errors["collection_year"] = "Select which collection year you are uploading data for"
    message = file_error(clean_filename(filename), content)
    if message:
        errors["file"] = message
    return errors
