"""Proto <-> Python for a log's history, reassigning and the home page figures."""

from __future__ import annotations

from collections.abc import Sequence

from core.logs.v1 import logs_pb2 as pb
from logs_service.domain.forms.collection_years import CollectionDates, collection_end
from logs_service.domain.forms.model import AnswerOption
from logs_service.operations.history import VersionView
from logs_service.operations.reassign import ReassignOptionsView
from logs_service.rpc.convert import LOG_TYPES, STATUSES, timestamp_of, value_of


def history_to_proto(log_id: str, versions: Sequence[VersionView]) -> pb.LogHistory:
    return pb.LogHistory(
        log_id=log_id,
        versions=[
            pb.LogVersion(
                version=version.version,
                changed_by_id=version.changed_by_id,
                source=version.source,
                changed_at=timestamp_of(version.changed_at),
                changes=[
                    pb.LogChange(
                        field=change.field,
                        label=change.label,
                        old_value=value_of(change.old_value),
                        new_value=value_of(change.new_value),
                        old_text=change.old_text,
                        new_text=change.new_text,
                    )
                    for change in version.changes
                ],
            )
            for version in versions
        ],
    )


def _options(options: Sequence[AnswerOption]) -> list[pb.AnswerOption]:
    return [pb.AnswerOption(value=o.value, label=o.label, hint=o.hint) for o in options]


def reassign_options_to_proto(view: ReassignOptionsView) -> pb.ReassignOptions:
    return pb.ReassignOptions(
        owning_organisations=_options(view.owning_organisations),
        managing_organisations=_options(view.managing_organisations),
        users=_options(view.users),
    )


def counts_to_proto(counts: Sequence[tuple[str, int | None, str, int]]) -> pb.CountLogsResponse:
    return pb.CountLogsResponse(
        counts=[
            pb.LogCount(log_type=LOG_TYPES[log_type], collection_year=year or 0, status=STATUSES[status], count=count)
            for log_type, year, status, count in counts
        ]
    )


def windows_to_proto(windows: Sequence[CollectionDates]) -> pb.CollectionWindows:
    return pb.CollectionWindows(
        windows=[
            pb.CollectionWindow(
                start_year=dates.start_year,
                start_date=dates.start_date.isoformat(),
                end_date=collection_end(dates.start_year).isoformat(),
                new_logs_end_date=dates.new_logs_end_date.isoformat(),
                submission_deadline=dates.submission_deadline.isoformat(),
                edit_end_date=dates.edit_end_date.isoformat(),
            )
            for dates in windows
        ]
    )
