"""Money as the live service works it out: weekly values from the rent period, GOV.UK currency."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# Rent period code -> payments a year (reference: weekly(x) = round(x / 52 x payments, 2)).
PAYMENTS_PER_YEAR = {1: 52, 2: 26, 3: 13, 4: 12, 5: 50, 6: 49, 7: 48, 8: 47, 9: 46, 10: 53, 11: 51}
WEEKS = Decimal(52)
PENNY = Decimal("0.01")


def round_half_up(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def weekly_value(amount: Decimal, period: Any) -> Decimal | None:
    payments = PAYMENTS_PER_YEAR.get(period) if isinstance(period, int) else None
    if payments is None:
        return None
    return round_half_up(amount / WEEKS * payments)


def per_period(weekly: Decimal, period: Any) -> Decimal | None:
    """A weekly amount expressed per rent period (weekly x 52 / payments a year)."""
    payments = PAYMENTS_PER_YEAR.get(period) if isinstance(period, int) else None
    if payments is None:
        return None
    return round_half_up(weekly * WEEKS / payments)


def currency(amount: Any) -> str:
    """£1,230.00"""
    value = Decimal(str(amount))
    sign = "-" if value < 0 else ""
    return f"{sign}£{abs(round_half_up(value)):,.2f}"
