"""Reference tables the rules look up: local authorities, rent ranges and sale ranges.

The logs service keeps them in its database (imported from the published CSV files); rules see them
through `ReferenceData`, so the engine stays pure and fast: `TableReference` holds a copy in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class RentRange:
    start_year: int
    la: str
    beds: int
    lettype: int
    soft_min: Decimal
    soft_max: Decimal
    hard_min: Decimal
    hard_max: Decimal


@dataclass(frozen=True)
class SaleRange:
    """Purchase price soft range of a collection year by local authority and bedrooms (1 to 4)."""

    start_year: int
    la: str
    bedrooms: int
    soft_min: Decimal
    soft_max: Decimal


@dataclass(frozen=True)
class LocalAuthority:
    code: str
    name: str
    start_year: int
    end_year: int | None = None

    @property
    def start_date(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def end_date(self) -> date | None:
        return date(self.end_year, 3, 31) if self.end_year else None

    def is_active_on(self, day: date) -> bool:
        """The authority existed on that day (the live `LocalAuthority.active(date)`)."""
        end = self.end_date
        return self.start_date <= day and (end is None or day <= end)


class ReferenceData(Protocol):
    def rent_range(self, start_year: int, la: str, beds: int, lettype: int) -> RentRange | None: ...

    def local_authority(self, code: str) -> LocalAuthority | None: ...

    def sale_range(self, start_year: int, la: str, bedrooms: int) -> SaleRange | None: ...


@dataclass
class TableReference:
    """Reference data held in memory, keyed for the lookups the rules make."""

    rent_ranges: dict[tuple[int, str, int, int], RentRange] = field(default_factory=dict)
    local_authorities: dict[str, LocalAuthority] = field(default_factory=dict)
    sale_ranges: dict[tuple[int, str, int], SaleRange] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        rent_ranges: Iterable[RentRange] = (),
        local_authorities: Iterable[LocalAuthority] = (),
        sale_ranges: Iterable[SaleRange] = (),
    ) -> TableReference:
        return cls(
            {(r.start_year, r.la, r.beds, r.lettype): r for r in rent_ranges},
            {la.code: la for la in local_authorities},
            {(s.start_year, s.la, s.bedrooms): s for s in sale_ranges},
        )

    def rent_range(self, start_year: int, la: str, beds: int, lettype: int) -> RentRange | None:
        return self.rent_ranges.get((start_year, la, beds, lettype))

    def local_authority(self, code: str) -> LocalAuthority | None:
        return self.local_authorities.get(code)

    def sale_range(self, start_year: int, la: str, bedrooms: int) -> SaleRange | None:
        return self.sale_ranges.get((start_year, la, bedrooms))


EMPTY_REFERENCE: ReferenceData = TableReference()

# lettype = f(rent type group, needs type, owner provider type) - reference table in
# financial.rent_below_hard_min: (rent types) -> (GN PRP, GN LA, SH PRP, SH LA).
LETTYPES = (
    ((0,), (1, 3, 2, 4)),  # social rent
    ((1, 2), (5, 7, 6, 8)),  # affordable rent
    ((3, 4, 5), (9, 11, 10, 12)),  # intermediate rent
    ((6,), (13, 15, 14, 16)),  # specified accommodation
)


def lettype_of(rent_type: object, needstype: object, provider_type: str) -> int | None:
    if needstype not in (1, 2) or provider_type not in ("PRP", "LA"):
        return None
    column = (0 if needstype == 1 else 2) + (0 if provider_type == "PRP" else 1)
    for rent_types, codes in LETTYPES:
        if rent_type in rent_types:
            return codes[column]
    return None
