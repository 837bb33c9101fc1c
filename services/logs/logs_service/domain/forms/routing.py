"""Routing written as data: a page is shown when any of its condition sets holds, and a set holds
when all its entries do, as in the live service's `depends_on`.

An entry is `field: value` (equal; None means unanswered), `field: {"operator": ">=", "operand": 2}`
(a comparison, never true while the field is unanswered), or `"name?": value` where `name?` is a
named predicate of `predicates.NAMED` (a rule that needs more than one answer, or the caller)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from logs_service.domain.forms.model import FormContext

ConditionSet = Mapping[str, Any]
OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class When:
    """A page's or subsection's `depends_on`: shown when any set holds. No sets: always shown."""

    sets: tuple[ConditionSet, ...] = ()

    def __call__(self, context: FormContext) -> bool:
        return not self.sets or any(holds(condition_set, context) for condition_set in self.sets)


def when(*sets: ConditionSet) -> When:
    return When(tuple(sets))


ALWAYS = When()


def holds(condition_set: ConditionSet, context: FormContext) -> bool:
    return all(entry_holds(key, expected, context) for key, expected in condition_set.items())


def entry_holds(key: str, expected: Any, context: FormContext) -> bool:
    actual = value_of(key, context)
    if isinstance(expected, Mapping):
        if actual is None or isinstance(actual, bool):
            return False
        try:
            return OPERATORS[expected["operator"]](actual, _comparable(expected["operand"], actual))
        except TypeError:
            return False
    return same_answer(actual, expected)


def value_of(key: str, context: FormContext) -> Any:
    if key.endswith("?"):
        from logs_service.domain.forms.predicates import NAMED  # the predicates read answers through this module

        return (NAMED if context.predicates is None else context.predicates)[key](context)
    return context.answers.get(key)


def same_answer(actual: Any, expected: Any) -> bool:
    """Equality as the live service compares a stored column: 1 == "1" is false there too, but our
    booleans may be stored as 0/1 by the API, so True matches 1 and False matches 0."""
    if isinstance(expected, bool) and isinstance(actual, int):
        return actual == int(expected)
    if isinstance(actual, float) and isinstance(expected, int) and not isinstance(expected, bool):
        return actual == expected
    return bool(actual == expected) and type(actual) is type(expected) or actual is expected


def _comparable(operand: Any, actual: Any) -> Any:
    if isinstance(actual, str) and not isinstance(operand, str):
        return str(operand)
    return operand
