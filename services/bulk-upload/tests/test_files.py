"""Unit tests of the file checks and row counting: no I/O except the optional reference fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulk_upload_service.domain.files import (
    MAX_FILE_BYTES,
    MESSAGE_EMPTY,
    MESSAGE_NAME_TOO_LONG,
    MESSAGE_NOT_CSV,
    MESSAGE_TOO_LARGE,
    UnreadableFile,
    clean_filename,
    count_data_rows,
    file_error,
    read_rows,
)
from bulk_upload_service.domain.uploads import new_upload_errors

REPO_ROOT = Path(__file__).resolve().parents[3]
# The reference material sits beside the repository (../shared/reference); it may be absent.
REFERENCE_FILES = REPO_ROOT.parent / "shared" / "reference" / "fixtures" / "files"


def reference_file(name: str) -> bytes:
    path = REFERENCE_FILES / name
    if not path.exists():
        pytest.skip(f"reference fixture {path} is absent (../shared/reference is not checked out here)")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("logs.csv", b"", MESSAGE_EMPTY),
        ("logs.xlsx", b"a,b\n", MESSAGE_NOT_CSV),
        ("logs.csv", b"PK\x03\x04\x14\x00\x08\x08", MESSAGE_NOT_CSV),
        ("logs.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", MESSAGE_NOT_CSV),
        ("logs.csv", b"a,b\x00,c\n", MESSAGE_NOT_CSV),
        ("logs.csv", b"a" * (MAX_FILE_BYTES + 1), MESSAGE_TOO_LARGE),
    ],
)
def test_rejects_files_that_are_not_acceptable_csv(filename: str, content: bytes, message: str) -> None:
    assert file_error(filename, content) == message


def test_accepts_csv_text_whatever_the_case_of_the_extension() -> None:
    assert file_error("LOGS.CSV", "\ufeffQuestion,Tenant code\nField number,1\n,T1\n".encode()) is None


def test_keeps_only_the_file_name_and_limits_its_length() -> None:
    assert clean_filename("C:\\Users\\someone\\lettings.csv") == "lettings.csv"
    assert file_error("a" * 252 + ".csv", b"a,b\n") == MESSAGE_NAME_TOO_LONG


def test_names_every_field_in_error() -> None:
    errors = new_upload_errors("rents", 2024, "logs.txt", b"a,b\n")
    assert errors == {
        "log_type": "Select if you are uploading lettings or sales logs",
        "collection_year": "Select which collection year you are uploading data for",
        "file": MESSAGE_NOT_CSV,
    }


def test_counts_non_blank_rows_after_the_field_number_row() -> None:
    content = (
        b"Section,Setting up\r\n"
        b'Question,"Which organisation\r\nowns this?",Tenant code\r\n'
        b"Bulk upload field number,1,2\r\n"
        b",ORG1,T1\r\n"
        b",,\r\n"
        b"\r\n"
        b",ORG1,T2\r\n"
    )
    assert count_data_rows(read_rows(content)) == 2


def test_counts_rows_starting_with_a_number_when_the_file_has_no_header_rows() -> None:
    assert count_data_rows(read_rows(b"1,ORG1,T1\n2,ORG1,T2\nnotes,,\n")) == 2


def test_header_rows_alone_hold_no_logs() -> None:
    assert count_data_rows(read_rows(b"Question,Tenant code\nValues,Text\nField number,1\n")) == 0


def test_drops_the_byte_order_mark() -> None:
    rows = read_rows("\ufeffField number,1\n,T1\n".encode())
    assert rows[0][0] == "Field number"


def test_refuses_bytes_that_are_not_utf8() -> None:
    with pytest.raises(UnreadableFile):
        read_rows("Field number,1\n,£100\n".encode("cp1252"))


def test_reference_excel_saved_as_csv_is_rejected() -> None:
    assert file_error("excel_as_csv.csv", reference_file("excel_as_csv.csv")) == MESSAGE_NOT_CSV


@pytest.mark.parametrize(
    ("name", "expected_rows"),
    [
        ("2026_27_lettings_bulk_upload.csv", 1),
        ("2026_27_sales_bulk_upload.csv", 1),
        ("2023_24_lettings_bulk_upload_empty_with_headers.csv", 0),
        ("blank_bulk_upload_sales.csv", 0),
    ],
)
def test_counts_logs_in_reference_templates(name: str, expected_rows: int) -> None:
    content = reference_file(name)
    assert file_error(name, content) is None
    assert count_data_rows(read_rows(content)) == expected_rows
