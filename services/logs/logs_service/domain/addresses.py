"""Property addresses found by an address search (the live service asks Ordnance Survey's OS Places), and the
offline stand-in used when no search service is configured: a few demo addresses, so the search pages can be
tried and tested without one. Finding nothing is normal; the user then enters the address by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

UPRN = re.compile(r"^\d{1,12}$")
UPRN_NOT_RECOGNISED = "UPRN is not recognised. Check the number, or enter the address."


@dataclass(frozen=True)
class Address:
    uprn: str
    address: str  # one line, as listed to choose from
    address_line1: str
    address_line2: str
    town_or_city: str
    postcode: str

    def answers(self) -> dict[str, Any]:
        """The log fields the chosen address fills in (the live service's address bookkeeping). Its local
        authority comes from its postcode, as for a typed one (operations.addresses)."""
        return {
            "uprn": self.uprn,
            "uprn_known": 1,
            "uprn_confirmed": 1,
            "address_line1": self.address_line1,
            "address_line2": self.address_line2 or None,
            "town_or_city": self.town_or_city,
            "county": None,
            "postcode_full": self.postcode,
        }


class AddressLookupUnavailable(Exception):
    """The search service failed: the UPRN is kept without its address, never blocking the log."""


class AddressLookup(Protocol):
    def search(self, query: str) -> list[Address]: ...

    def find_uprn(self, uprn: str) -> Address | None: ...


# Postcodes the organisations service's offline table places (Westminster, Manchester), so the demo shows a
# local authority inferred from a found address.
DEMO_ADDRESSES = (
    Address("10090000001", "1, DEMO STREET, LONDON, W1D 1AA", "1, Demo Street", "", "London", "W1D 1AA"),
    Address("10090000002", "2, DEMO STREET, LONDON, W1D 1AA", "2, Demo Street", "", "London", "W1D 1AA"),
    Address(
        "10090000003",
        "FLAT 1, 3, SAMPLE ROAD, MANCHESTER, M1 1AA",
        "Flat 1, 3, Sample Road",
        "",
        "Manchester",
        "M1 1AA",
    ),
)


class OfflineAddressLookup:
    """Matches the demo addresses by every word of the query, or by UPRN."""

    def __init__(self, addresses: tuple[Address, ...] = DEMO_ADDRESSES) -> None:
        self._addresses = addresses

    def search(self, query: str) -> list[Address]:
        words = query.upper().replace(",", " ").split()
        if not words:
            return []
        return [a for a in self._addresses if a.uprn == query.strip() or all(w in a.address for w in words)]

    def find_uprn(self, uprn: str) -> Address | None:
        return next((a for a in self._addresses if a.uprn == uprn), None)


def address_from_os_places(result: dict[str, Any]) -> Address:
    """One `DPA` record of an OS Places answer, the way the live service reads it."""
    line1 = ", ".join(
        str(result[key])
        for key in ("SUB_BUILDING_NAME", "BUILDING_NUMBER", "BUILDING_NAME", "THOROUGHFARE_NAME")
        if result.get(key)
    )
    return Address(
        uprn=str(result.get("UPRN", "")),
        address=str(result.get("ADDRESS", "")),
        address_line1=line1.title(),
        address_line2=str(result.get("DEPENDENT_LOCALITY") or "").title(),
        town_or_city=str(result.get("POST_TOWN") or "").title(),
        postcode=str(result.get("POSTCODE") or ""),
    )
