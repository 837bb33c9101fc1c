"""When two logs record the same letting or sale (the live service's duplicate check).

Lettings: the same owning organisation, tenancy start date, tenant code, lead tenant's age, sex (sex1,
or sexrab1 from 2026) and working situation, and the same total charge (or both paying no charge
because the household pays nothing) and care home charge. General needs lettings (and every letting
from 2026) must be at the same address (postcode, first address line, UPRN); supported housing before
2026 at the same location instead. Sales: the same owning organisation, sale date, purchaser code,
postcode and buyer 1's age, sex and working situation. A log missing any answer the check needs is
never a duplicate; only logs in progress or completed are compared (not started, pending and deleted
logs never are).

A duplicate set is identified by a number derived from the compared answers (the key), so every log
with the same key gets the same set id without a counter to share. A log marked "not a duplicate"
stores the negative of its key's id: it is not flagged again until a compared answer changes its key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from logs_service.domain.logs import COMPLETED, IN_PROGRESS

COMPARED_STATUSES = (IN_PROGRESS, COMPLETED)
GENERAL_NEEDS, SUPPORTED_HOUSING = 1, 2
ADDRESS_ONLY_FROM = 2026  # from 2026/27 supported housing is matched on its address, not its location

LETTINGS_FIELDS = ("tenancycode", "age1_known", "age1", "sex1", "sexrab1", "ecstat1", "tcharge")
LETTINGS_OPTIONAL = ("household_charge", "chcharge")
ADDRESS_FIELDS = ("postcode_full", "address_line1", "uprn")
SALES_FIELDS = ("purchid", "age1_known", "age1", "sex1", "sexrab1", "ecstat1", "postcode_full")

# The questions the review page shows side by side, in order (the live DuplicateLogsController's).
LETTINGS_SHOWN = (
    "owning_organisation_id",
    "startdate",
    "tenancycode",
    "postcode_full",
    "scheme_id",
    "location_id",
    "age1",
    "sex1",
    "sexrab1",
    "ecstat1",
    "household_charge",
    "tcharge",
    "chcharge",
)
SALES_SHOWN = ("owning_organisation_id", "saledate", "purchid", "age1", "sex1", "sexrab1", "ecstat1", "postcode_full")

Key = tuple[Any, ...]


def duplicate_key(
    log_type: str, status: str, owning_organisation_id: str | None, answers: Mapping[str, Any]
) -> Key | None:
    """What a log is compared on, or None when it cannot be a duplicate (yet)."""
    if status not in COMPARED_STATUSES or not owning_organisation_id:
        return None
    if log_type == "sales":
        compared = _sales_key(answers)
    else:
        compared = _lettings_key(answers)
    return None if compared is None else (log_type, owning_organisation_id, *compared)


def set_id_of(key: Key) -> int:
    """A positive 31-bit number standing for the key (an INTEGER column holds it)."""
    digest = hashlib.blake2b(repr(key).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % (2**31 - 1) + 1


def dismissed_marker(key: Key) -> int:
    """What a log marked "not a duplicate" stores: tied to the answers it was marked with."""
    return -set_id_of(key)


def shown_questions(log_type: str) -> tuple[str, ...]:
    return SALES_SHOWN if log_type == "sales" else LETTINGS_SHOWN


def _lettings_key(answers: Mapping[str, Any]) -> tuple[Any, ...] | None:
    startdate, needstype = answers.get("startdate"), answers.get("needstype")
    sex = answers.get("sex1") if answers.get("sex1") is not None else answers.get("sexrab1")
    charge_given = answers.get("tcharge") is not None or answers.get("household_charge") == 1
    if not startdate or needstype is None or sex is None or answers.get("ecstat1") is None:
        return None
    if not (_age_given(answers, (1,)) and charge_given):
        return None
    year = _start_year(startdate)
    by_location = needstype == SUPPORTED_HOUSING and year < ADDRESS_ONLY_FROM
    if by_location:
        place: tuple[Any, ...] = ("location", _text(answers.get("location_id")))
        if place[1] is None:
            return None
    else:
        if not answers.get("postcode_full"):
            return None
        place = ("address", *(_normalised(name, answers.get(name)) for name in ADDRESS_FIELDS))
    fields = (*LETTINGS_FIELDS, *LETTINGS_OPTIONAL)
    return (startdate, *(_normalised(name, answers.get(name)) for name in fields), *place)


def _sales_key(answers: Mapping[str, Any]) -> tuple[Any, ...] | None:
    saledate = answers.get("saledate")
    sex = answers.get("sex1") if answers.get("sex1") is not None else answers.get("sexrab1")
    if not saledate or sex is None or answers.get("ecstat1") is None or not answers.get("postcode_full"):
        return None
    if not _age_given(answers, (1, 2)):
        return None
    return (saledate, *(_normalised(name, answers.get(name)) for name in SALES_FIELDS))


def _age_given(answers: Mapping[str, Any], not_known_codes: tuple[int, ...]) -> bool:
    return answers.get("age1") is not None or answers.get("age1_known") in not_known_codes


def _start_year(day: str) -> int:
    year, month = int(day[:4]), int(day[5:7])
    return year if month >= 4 else year - 1


def _normalised(name: str, value: Any) -> Any:
    """Equal answers compare equal however they were typed: 100 and 100.0, "ab1 2cd" and "AB1 2CD"."""
    if value is None:
        return None
    if name == "postcode_full":
        return "".join(str(value).split()).upper()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        try:
            return Decimal(str(value)).normalize()
        except InvalidOperation:
            return value
    return str(value).strip()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
