"""Whether a scheme or location was deactivated on a log's start date, from the periods organisations
sends with every availability event (a period runs from its deactivation date up to, not including,
its reactivation date; open-ended until reactivated)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    deactivation_date: date
    reactivation_date: date | None = None

    def covers(self, day: date) -> bool:
        return self.deactivation_date <= day and (self.reactivation_date is None or day < self.reactivation_date)


def periods_from(payload: Iterable[Mapping[str, str | None]]) -> list[Period]:
    return [Period(date.fromisoformat(str(p["deactivation_date"])), _day(p.get("reactivation_date"))) for p in payload]


def deactivated_on(day: date | None, periods: Iterable[Period]) -> bool:
    return day is not None and any(period.covers(day) for period in periods)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
