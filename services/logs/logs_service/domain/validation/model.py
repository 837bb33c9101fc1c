"""The shape of a validation rule and of what the engine reports.

A rule is data: the reference id (`rule`), its kind (hard error or soft warning), the collection
years it can fire in, the log fields it names, the live message texts, and for soft rules the 0/1
field that confirms the warning. Its condition is one small named predicate over `Facts` (the log's
answers and what the rule may look up), returning `None` when the rule does not fire, `True` when it
fires on all its fields, or a `Hit` naming the fields and filling the message placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal, Protocol

from logs_service.domain.validation.amounts import weekly_value
from logs_service.domain.validation.entities import NO_LOOKUPS, Lookups
from logs_service.domain.validation.reference import EMPTY_REFERENCE, ReferenceData

Kind = Literal["hard", "soft"]
HARD: Kind = "hard"
SOFT: Kind = "soft"
PLACEHOLDER = re.compile(r"%\{(\w+)\}")


class Labels(Protocol):
    def label(self, field_name: str, value: Any) -> str:
        """The answer option label of `value` for the question `field_name` ("" when unknown)."""
        ...


class NoLabels:
    def label(self, field_name: str, value: Any) -> str:
        return ""


@dataclass(frozen=True)
class Hit:
    """Where a rule fired: the fields to flag (default: all of the rule's), placeholder values, and
    messages already worked out for particular fields (person N rules)."""

    fields: tuple[str, ...] | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    messages: Mapping[str, str] = field(default_factory=dict)


Outcome = Hit | bool | None


class Facts:
    """What a rule may look at: the log's answers (stored forms: codes as ints, dates as
    "YYYY-MM-DD", amounts as numbers, derived values included), the collection year, today, the
    owning organisation's provider type, the reference tables, the organisations, schemes and
    locations the answers name (`lookups`) and which answers this save changed."""

    def __init__(
        self,
        answers: Mapping[str, Any],
        year: int,
        today: date,
        *,
        owner_provider_type: str = "",
        reference: ReferenceData = EMPTY_REFERENCE,
        labels: Labels | None = None,
        had_startdate: bool = False,
        lookups: Lookups = NO_LOOKUPS,
        changed: frozenset[str] | None = None,
    ) -> None:
        self.answers = answers
        self.year = year
        self.today = today
        self.owner_provider_type = owner_provider_type  # "LA" or "PRP", "" when unknown
        self.reference = reference
        self.labels: Labels = labels or NoLabels()
        self.had_startdate = had_startdate  # an edit may keep a start date in a year closed to new logs
        self.lookups = lookups  # organisations, schemes and locations the log names
        self.changed = changed  # answers changed by this save; None: every answer is new

    def is_changed(self, name: str) -> bool:
        return self.changed is None or name in self.changed

    def get(self, name: str) -> Any:
        return self.answers.get(name)

    def given(self, *names: str) -> bool:
        return all(self.answers.get(name) not in (None, "") for name in names)

    def date(self, name: str) -> dt.date | None:
        value = self.answers.get(name)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return None
        return None

    @cached_property
    def startdate(self) -> dt.date | None:
        return self.date("startdate")

    def number(self, name: str) -> Decimal | None:
        value = self.answers.get(name)
        if value is None or isinstance(value, bool):
            return None
        try:
            return Decimal(str(value))
        except ArithmeticError:
            return None

    def weekly(self, name: str) -> Decimal | None:
        """The weekly value of an amount paid every rent period; None without a period."""
        amount = self.number(name)
        return None if amount is None else weekly_value(amount, self.get("period"))

    @cached_property
    def people(self) -> range:
        """Persons 1..min(hhmemb, 8); empty while hhmemb is unanswered."""
        members = self.answers.get("hhmemb")
        return range(1, min(members, 8) + 1) if isinstance(members, int) else range(0)

    def label(self, name: str) -> str:
        return self.labels.label(name, self.answers.get(name))


Predicate = Callable[[Facts], Outcome]


@dataclass(frozen=True)
class Rule:
    id: str  # the reference id, e.g. "financial.rent_below_hard_min"
    kind: Kind
    years: frozenset[int]
    fields: tuple[str, ...]
    message: str  # the message on the first field (soft: the interruption page title)
    test: Predicate
    field_messages: Mapping[str, str] = field(default_factory=dict)
    confirm_field: str = ""  # soft rules: the 0/1 field storing the confirmation (0 = Yes)
    informative_text: str = ""  # soft rules: the second line of the interruption page

    def message_for(self, field_name: str) -> str:
        return self.field_messages.get(field_name, self.message)


# Why the engine does not run the reference's UPRN rule, for both log types' lists of such rules.
UPRN_CHECKED_WHEN_PARSED = (
    "checked when the answers are parsed, against the address search service (operations/addresses.look_up_uprn), "
    "reported with this rule id by the validation API; a failing search service keeps the UPRN instead"
)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    rule: str


@dataclass(frozen=True)
class Warning:
    rule: str
    fields: tuple[str, ...]
    message: str
    confirmation_field: str
    informative_text: str = ""
    # The placeholder values the rule worked out ("higher_or_lower": "lower"): its interruption page's
    # texts name some of them, computed from reference data the form does not have.
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ValidationResult:
    errors: tuple[FieldError, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def errors_by_field(self) -> dict[str, list[FieldError]]:
        grouped: dict[str, list[FieldError]] = {}
        for error in self.errors:
            grouped.setdefault(error.field, []).append(error)
        return grouped

    @property
    def error_fields(self) -> frozenset[str]:
        return frozenset(error.field for error in self.errors)


def fill(text: str, values: Mapping[str, Any]) -> str:
    """Fill `%{name}` placeholders that have a value; others stay as written."""
    if "%{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def hard(
    rule_id: str,
    years: tuple[int, ...],
    fields: tuple[str, ...],
    message: str,
    test: Predicate,
    field_messages: Mapping[str, str] | None = None,
) -> Rule:
    return Rule(rule_id, HARD, frozenset(years), fields, message, test, dict(field_messages or {}))


def soft(
    rule_id: str,
    years: tuple[int, ...],
    fields: tuple[str, ...],
    message: str,
    test: Predicate,
    *,
    confirm_field: str,
    informative_text: str = "",
) -> Rule:
    return Rule(rule_id, SOFT, frozenset(years), fields, message, test, {}, confirm_field, informative_text)


BOTH = (2025, 2026)
