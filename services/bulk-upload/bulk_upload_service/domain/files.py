"""Checks on an uploaded file, and reading its rows.

Upload time: the reference service accepts a file when it is at most 10 MB and its detected type is
text/csv or text/plain. We approximate the type check without libmagic: a ".csv" name, and no
signature of a binary format (a zip such as .xlsx, an old .xls, a PDF) and no NUL byte near the
start. Messages follow the GOV.UK Design System file upload component.

Processing: row validation against the bulk upload specification comes later. For now a file is
read as UTF-8 (a byte-order mark is dropped) and its data rows are counted; see `count_data_rows`.
"""

from __future__ import annotations

import csv
import io

MAX_FILE_BYTES = 10 * 1024 * 1024

MESSAGE_EMPTY = "The selected file is empty"
MESSAGE_NOT_CSV = "The selected file must be a CSV"
MESSAGE_TOO_LARGE = "The selected file must be smaller than 10MB"
MESSAGE_NAME_TOO_LONG = "The selected file name must be 255 characters or fewer"
MAX_FILENAME_LENGTH = 255

# Signatures of formats people save by mistake under a ".csv" name.
BINARY_SIGNATURES = (
    b"PK\x03\x04",  # zip: .xlsx, .ods, .docx
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: .xls
    b"%PDF-",
)
SNIFF_BYTES = 8192


class UnreadableFile(ValueError):
    """The stored bytes are not a CSV text we can read."""


def clean_filename(filename: str) -> str:
    """The name without any folders a client may have sent (some browsers send a full Windows path)."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1].strip()


def file_error(filename: str, content: bytes) -> str | None:
    """The message to show for an unacceptable file, or None if it may be stored."""
    if not content:
        return MESSAGE_EMPTY
    if not filename.lower().endswith(".csv"):
        return MESSAGE_NOT_CSV
    if len(filename) > MAX_FILENAME_LENGTH:
        return MESSAGE_NAME_TOO_LONG
    if len(content) > MAX_FILE_BYTES:
        return MESSAGE_TOO_LARGE
    if content.startswith(BINARY_SIGNATURES) or b"\x00" in content[:SNIFF_BYTES]:
        return MESSAGE_NOT_CSV
    return None


def read_rows(content: bytes) -> list[list[str]]:
    """Parse CSV bytes. Unlike the reference service, which silently drops bytes that are not UTF-8,
    we refuse the file: dropping them would change answers (a Windows-1252 "£" would vanish)."""
    try:
        text = content.decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline="")))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UnreadableFile(str(exc)) from exc


def is_field_number_row(row: list[str]) -> bool:
    # The 2026 templates say "Field number", the 2023 ones "Bulk upload field number".
    return bool(row) and "field number" in row[0].lower()


def is_blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def count_data_rows(rows: list[list[str]]) -> int:
    """How many rows hold a log, under the walking skeleton's simple rule.

    A non-blank row is a data row when it comes after the field-number header row (templates keep
    the first column for labels, so data rows start with an empty cell), or when its first cell is a
    whole number (a file without header rows). Rows of only commas are blank and not counted.
    The real parser, matching columns by field number, replaces this when row validation arrives.
    """
    count = 0
    after_header = False
    for row in rows:
        if is_blank(row):
            continue
        if after_header or row[0].strip().isdigit():
            count += 1
        elif is_field_number_row(row):
            after_header = True
    return count
