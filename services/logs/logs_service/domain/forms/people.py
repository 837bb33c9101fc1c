"""Person answers as the lettings and sales derivations read them: ages, elders, the nationality and ethnic
group answers that are themselves the detailed answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

ELDER_AGE = 60
NATIONALITY_KEPT = (826, 0)  # United Kingdom, prefers not to say: the group answer is the nationality
ETHNIC_REFUSED = 17  # ethnic_group and ethnic: prefers not to say


def whole(value: Any) -> int | None:
    """An age or a count as answered; None when not answered."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def age_of(answers: Mapping[str, Any], person: int) -> int | None:
    return whole(answers.get(f"age{person}"))


def count_elders(answers: Mapping[str, Any], persons: Iterable[int]) -> int:
    return sum(1 for n in persons if (age := age_of(answers, n)) is not None and age >= ELDER_AGE)


def keep_group_nationality(answers: Mapping[str, Any], derived: dict[str, Any], group: str, nationality: str) -> None:
    if answers.get(group) in NATIONALITY_KEPT:
        derived[nationality] = answers[group]


def refuse_ethnic_background(answers: Mapping[str, Any], derived: dict[str, Any]) -> None:
    if answers.get("ethnic_group") == ETHNIC_REFUSED:
        derived["ethnic"] = ETHNIC_REFUSED
