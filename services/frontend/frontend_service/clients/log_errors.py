"""A log's hard errors grouped by rule (GetLogErrors), as the check errors page shows them."""

from __future__ import annotations

from dataclasses import dataclass

from core.logs.v1 import logs_pb2


@dataclass(frozen=True)
class ErrorAnswer:
    field: str
    page_id: str
    label: str
    answer: str
    message: str
    clearable: bool


@dataclass(frozen=True)
class ErrorGroup:
    rule: str
    answers: tuple[ErrorAnswer, ...]

    @property
    def message(self) -> str:
        """The error as the first answer shows it: the heading of the group."""
        return self.answers[0].message if self.answers else ""


def log_errors_from_proto(response: logs_pb2.LogErrors) -> tuple[ErrorGroup, ...]:
    return tuple(
        ErrorGroup(
            group.rule,
            tuple(ErrorAnswer(a.field, a.page_id, a.label, a.answer, a.message, a.clearable) for a in group.answers),
        )
        for group in response.errors
    )
