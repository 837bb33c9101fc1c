"""What several sales rules share: London, shared ownership types, percentages as the service shows them."""

from __future__ import annotations

from decimal import Decimal

from logs_service.domain.validation.model import Facts

SHARED_OWNERSHIP, DISCOUNTED_OWNERSHIP = 1, 2
OLDER_PERSONS, SOCIAL_HOMEBUY = 24, 18
JOINT = 1
CHILD = 9
LONDON = frozenset(f"E09{n:06d}" for n in range(1, 34))


def in_london(facts: Facts) -> bool:
    return facts.get("la") in LONDON


def joint(facts: Facts) -> bool:
    return facts.get("jointpur") == JOINT


def percent(value: Decimal) -> str:
    """A percentage without trailing zeros: 10, 12.5."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def numbers(facts: Facts, *names: str) -> tuple[Decimal, ...] | None:
    """Every named answer as a number, or None while any is blank."""
    values = tuple(facts.number(name) for name in names)
    return None if any(v is None for v in values) else values
