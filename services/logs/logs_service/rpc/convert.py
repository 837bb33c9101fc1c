"""Proto <-> Python for the logs service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from google.protobuf import json_format, struct_pb2, timestamp_pb2

from core.logs.v1 import logs_pb2 as pb
from logs_service.data.models import Log
from logs_service.operations.forms import CheckAnswersView, PageView, QuestionView, TaskListView

LOG_TYPES = {"lettings": pb.LOG_TYPE_LETTINGS, "sales": pb.LOG_TYPE_SALES}
LOG_TYPE_NAMES = {number: name for name, number in LOG_TYPES.items()}
STATUSES = {
    "not_started": pb.LOG_STATUS_NOT_STARTED,
    "in_progress": pb.LOG_STATUS_IN_PROGRESS,
    "completed": pb.LOG_STATUS_COMPLETED,
    "pending": pb.LOG_STATUS_PENDING,
    "deleted": pb.LOG_STATUS_DELETED,
}
STATUS_NAMES = {number: name for name, number in STATUSES.items()}


def struct_to_dict(struct: struct_pb2.Struct) -> dict[str, Any]:
    """Answers as sent. Numbers come back as floats (1.0); the form's parsers read 1.0 as the code 1."""
    return json_format.MessageToDict(struct)


def value_of(answer: Any) -> struct_pb2.Value:
    value = struct_pb2.Value()
    if answer is None:
        value.null_value = struct_pb2.NULL_VALUE
    else:
        json_format.ParseDict(answer, value)
    return value


def timestamp_of(moment: datetime | None) -> timestamp_pb2.Timestamp | None:
    if moment is None:
        return None
    stamp = timestamp_pb2.Timestamp()
    # SQLite hands back naive datetimes; every stored time is UTC.
    stamp.FromDatetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return stamp


def datetime_of(stamp: timestamp_pb2.Timestamp) -> datetime:
    return stamp.ToDatetime(tzinfo=UTC)


# What a page of a logs list shows of each log's answers (ListLogsRequest.list_answers_only): converting
# a whole log's answers for twenty rows costs the list more than its query.
LIST_ANSWER_FIELDS = ("tenancycode", "propcode", "startdate", "purchid", "saledate", "postcode_full")


def log_to_proto(log: Log, rejected: dict[str, str] | None = None, *, list_answers_only: bool = False) -> pb.Log:
    answers = struct_pb2.Struct()
    stored = log.answers or {}
    answers.update({k: stored[k] for k in LIST_ANSWER_FIELDS if k in stored} if list_answers_only else stored)
    return pb.Log(
        id=str(log.id),
        log_type=LOG_TYPES[log.log_type],
        status=STATUSES[log.status],
        collection_year=log.collection_year or 0,
        owning_organisation_id=str(log.owning_organisation_id or ""),
        managing_organisation_id=str(log.managing_organisation_id or ""),
        owning_organisation_code=log.owning_organisation_code or "",
        managing_organisation_code=log.managing_organisation_code or "",
        assigned_to_id=log.assigned_to_id or "",
        created_by_id=log.created_by_id or "",
        answers=answers,
        created_at=timestamp_of(log.created_at),
        updated_at=timestamp_of(log.updated_at),
        rejected=[pb.FieldError(field=name, message=message) for name, message in (rejected or {}).items()],
        startdate=log.startdate.isoformat() if log.startdate else "",
        tenancycode=log.tenancycode or "",
        propcode=log.propcode or "",
        needstype=log.needstype or 0,
        duplicate_set_id=max(log.duplicate_set_id or 0, 0),  # a "not a duplicate" marker is no set
        unresolved=bool(log.unresolved),
        postcode_full=log.postcode_full or "",
        bulk_upload_id=log.bulk_upload_id or "",
        version=log.version or 0,
    )


def question_to_proto(view: QuestionView) -> pb.Question:
    question = view.question
    return pb.Question(
        id=question.id,
        type=question.type,
        question_text=question.question_text,
        hint_text=question.hint_text,
        check_answer_label=question.check_answer_label,
        answer_options=[
            pb.AnswerOption(value=o.value, label=o.label, hint=o.hint, divider_after=o.divider_after)
            for o in view.options
        ],
        width=question.width,
        prefix=question.prefix,
        suffix=view.suffix,
        answer=value_of(view.answer),
        check_answer_prompt=question.check_answer_prompt,
        conditional_for=[
            f"{name}={','.join(str(v) for v in values)}" for name, values in question.conditional_for.items()
        ],
        optional=question.optional,
        hidden_in_check_answers=question.hidden_in_check_answers,
        inferred_answer=view.inferred_answer,
        step=_number(question.step),
        min=_number(question.min),
        max=_number(question.max),
        derived=question.derived or not question.asked,
        answer_details=view.answer_details,
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def page_to_proto(view: PageView) -> pb.FormPage:
    return pb.FormPage(
        log_id=view.log_id,
        page_id=view.page_id,
        header=view.header,
        section_label=view.section_label,
        questions=[question_to_proto(q) for q in view.questions],
        previous_page_id=view.previous_page_id,
        subsection_id=view.subsection_id,
        subsection_label=view.section_label,
        interruption_screen=view.interruption_screen,
        title_text=view.title_text,
        informative_text=view.informative_text,
        log_version=view.log_version,
        check_answers_card_title=view.check_answers_card_title,
    )


def task_list_to_proto(view: TaskListView) -> pb.TaskList:
    return pb.TaskList(
        log_id=view.log_id,
        collection_year=view.collection_year,
        sections=[
            pb.TaskListSection(
                id=section_id,
                label=label,
                subsections=[
                    pb.TaskListSubsection(
                        id=s.subsection.id, label=s.subsection.label, status=s.status, first_page_id=s.first_page_id
                    )
                    for s in subsections
                ],
            )
            for section_id, label, subsections in view.sections
        ],
    )


def check_answers_to_proto(view: CheckAnswersView) -> pb.CheckAnswers:
    return pb.CheckAnswers(
        log_id=view.log_id,
        subsection_id=view.subsection.id,
        subsection_label=view.subsection.label,
        status=view.status,
        pages=[page_to_proto(page) for page in view.pages],
    )
