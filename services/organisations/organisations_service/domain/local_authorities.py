"""Local authorities (ONS codes and names) and the pluggable postcode -> local authority lookup.

`postcode_lookup()` gives an HTTP postcode service (postcodes.io's API shape) when POSTCODE_LOOKUP_URL is set,
otherwise the offline table of data/postcode_areas.csv. Either may fail to find a postcode; the user then
chooses the local authority by hand (see data/NOTICE.md for the offline table's source and limits)."""

from __future__ import annotations

import csv
import json
import logging
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from core_platform.config import env

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
POSTCODE_PATTERN = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
HTTP_TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class LocalAuthority:
    code: str
    name: str
    start_year: int
    end_year: int | None

    def in_use(self, year: int) -> bool:
        return self.start_year <= year and (self.end_year is None or year < self.end_year)


@cache
def all_local_authorities() -> tuple[LocalAuthority, ...]:
    with (DATA_DIR / "local_authorities.csv").open(newline="") as handle:
        return tuple(
            LocalAuthority(row["code"], row["name"], int(row["start_year"]), int(row["end_year"] or 0) or None)
            for row in csv.DictReader(handle)
        )


def english_local_authorities(year: int) -> list[LocalAuthority]:
    """Those in England in use in the collection year starting in `year`, by name."""
    found = [la for la in all_local_authorities() if la.code.startswith("E") and la.in_use(year)]
    return sorted(found, key=lambda la: la.name)


def local_authority_name(code: str) -> str:
    return next((la.name for la in all_local_authorities() if la.code == code), "")


def normalise_postcode(raw: str) -> str | None:
    """'sw1a2aa' -> 'SW1A 2AA'; None when it is not a full UK postcode."""
    compact = re.sub(r"\s+", "", raw.upper())
    match = POSTCODE_PATTERN.match(compact[:-3] + " " + compact[-3:]) if len(compact) > 3 else None
    return f"{match.group(1)} {match.group(2)}" if match else None


class PostcodeLookup(Protocol):
    def find_local_authority_code(self, postcode: str) -> str | None: ...


class OfflinePostcodeLookup:
    """Postcode districts ("LS1") and sectors ("SW1A 1") whose every postcode lies in one English local
    authority; anything else is not found. `postcode` is normalised ("SW1A 1AA")."""

    def __init__(self, table: dict[str, str] | None = None) -> None:
        self._table = table if table is not None else _postcode_area_table()

    def find_local_authority_code(self, postcode: str) -> str | None:
        district, _, inward = postcode.partition(" ")
        return self._table.get(f"{district} {inward[:1]}") or self._table.get(district)


class HttpPostcodeLookup:
    """`GET {base}/postcodes/{postcode}` answering `{"result": {"codes": {"admin_district": code}}}`."""

    def __init__(self, base_url: str, timeout: float = HTTP_TIMEOUT_SECONDS) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout

    def find_local_authority_code(self, postcode: str) -> str | None:
        url = f"{self._base_url}/postcodes/{urllib.parse.quote(postcode)}"
        try:
            with urllib.request.urlopen(url, timeout=self._timeout) as response:  # noqa: S310 (configured URL)
                body = json.load(response)
        except (OSError, ValueError) as exc:
            # Unknown postcode (404), service down or bad answer: the user chooses by hand.
            logger.info("postcode lookup failed: %s", type(exc).__name__)
            return None
        code = ((body.get("result") or {}).get("codes") or {}).get("admin_district")
        return str(code) if code else None


@cache
def _postcode_area_table() -> dict[str, str]:
    with (DATA_DIR / "postcode_areas.csv").open(newline="") as handle:
        return {row["postcode_area"]: row["location_code"] for row in csv.DictReader(handle)}


def postcode_lookup() -> PostcodeLookup:
    base_url = env("POSTCODE_LOOKUP_URL")
    return HttpPostcodeLookup(base_url) if base_url else OfflinePostcodeLookup()
