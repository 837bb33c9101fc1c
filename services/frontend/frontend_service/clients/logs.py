"""Logs: lettings and sales logs and the form pages that describe their questions.

Every call carries the acting user's or API client's access token; the logs service decides what
that caller may see (another organisation's log is NotFound)."""

from __future__ import annotations

from typing import Any, Protocol

from core.logs.v1 import logs_pb2, logs_pb2_grpc
from core_platform.grpc_client import call
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.convert import dict_to_struct, struct_to_dict, timestamp_to_datetime, value_to_python
from frontend_service.clients.log_errors import ErrorGroup, log_errors_from_proto
from frontend_service.clients.logs_lifecycle import (
    CollectionWindow,
    GrpcLogsLifecycleMixin,
    LogCount,
    LogHistoryEntry,
    ReassignOptions,
)
from frontend_service.clients.models import (
    LOG_TYPE_LETTINGS,
    LOG_TYPE_SALES,
    STATUS_COMPLETED,
    STATUS_DELETED,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    STATUS_PENDING,
    AnswerOption,
    CheckAnswers,
    DuplicateLog,
    FormPage,
    FoundAddress,
    Log,
    LogPage,
    LogQuery,
    Question,
    SavedPage,
    TaskList,
    TaskListItem,
    TaskListSection,
)

_LOG_TYPES = {LOG_TYPE_LETTINGS: logs_pb2.LOG_TYPE_LETTINGS, LOG_TYPE_SALES: logs_pb2.LOG_TYPE_SALES}
_LOG_TYPE_NAMES = {value: name for name, value in _LOG_TYPES.items()}
RESOLUTIONS = {
    "keep": logs_pb2.DUPLICATE_RESOLUTION_KEEP,
    "not_a_duplicate": logs_pb2.DUPLICATE_RESOLUTION_NOT_A_DUPLICATE,
}
_STATUS_NUMBERS = {
    STATUS_NOT_STARTED: logs_pb2.LOG_STATUS_NOT_STARTED,
    STATUS_IN_PROGRESS: logs_pb2.LOG_STATUS_IN_PROGRESS,
    STATUS_COMPLETED: logs_pb2.LOG_STATUS_COMPLETED,
    STATUS_PENDING: logs_pb2.LOG_STATUS_PENDING,
}
_STATUSES = {
    logs_pb2.LOG_STATUS_NOT_STARTED: STATUS_NOT_STARTED,
    logs_pb2.LOG_STATUS_IN_PROGRESS: STATUS_IN_PROGRESS,
    logs_pb2.LOG_STATUS_COMPLETED: STATUS_COMPLETED,
    logs_pb2.LOG_STATUS_PENDING: STATUS_PENDING,
    logs_pb2.LOG_STATUS_DELETED: STATUS_DELETED,
}


class LogsClient(Protocol):
    def create_log(self, log_type: str, answers: dict[str, Any], *, token: str, lenient: bool = False) -> Log:
        """Lenient: invalid answers are left out and listed in Log.rejected (unknown fields still fail)."""
        ...

    def get_log(self, log_id: str, *, token: str) -> Log: ...

    def update_log(
        self,
        log_id: str,
        answers: dict[str, Any],
        *,
        token: str,
        lenient: bool = False,
        expected_version: int | None = None,
    ) -> Log:
        """expected_version: the version the change was based on; FailedPrecondition (is_edit_conflict)
        when one of the given fields changed since."""
        ...

    def delete_log(self, log_id: str, *, token: str) -> None: ...

    def list_logs(self, log_type: str, query: LogQuery, *, token: str) -> LogPage: ...

    def get_form_page(self, log_id: str, page_id: str, *, token: str, subsection_id: str = "") -> FormPage:
        """page_id "" gives the first page the log still needs (in subsection_id when given)."""
        ...

    def save_form_page(
        self, log_id: str, page_id: str, answers: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> SavedPage:
        """Answers are raw strings as typed; InvalidArgument(field_errors={question_id: message});
        FailedPrecondition (is_edit_conflict) when a page answer changed after expected_version."""
        ...

    def get_task_list(self, log_id: str, *, token: str) -> TaskList: ...

    def get_check_answers(self, log_id: str, subsection_id: str, *, token: str) -> CheckAnswers: ...

    def get_log_errors(
        self, log_id: str, *, token: str, page_id: str = "", answers: dict[str, str] | None = None
    ) -> tuple[ErrorGroup, ...]: ...

    def get_duplicate_logs(self, log_id: str, *, token: str) -> list[DuplicateLog]:
        """The log first, then its duplicates; just the log when it has none."""
        ...

    def resolve_duplicates(self, log_id: str, resolution: str, *, token: str) -> list[str]:
        """resolution "keep" (delete the duplicates) or "not_a_duplicate"; the ids of the logs deleted."""
        ...

    def get_log_history(self, log_id: str, *, token: str) -> list[LogHistoryEntry]: ...

    def get_reassign_options(
        self, log_ids: list[str], *, token: str, owning_organisation_id: str = ""
    ) -> ReassignOptions: ...

    def reassign_log(
        self, log_id: str, values: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> None:
        """values: owning_organisation_id, managing_organisation_id, assigned_to_id (blank: unchanged)."""
        ...

    def bulk_reassign_logs(self, log_ids: list[str], assigned_to_id: str, *, token: str) -> int: ...

    def count_logs(self, collection_years: list[int], *, token: str) -> list[LogCount]: ...

    def get_collection_windows(self, *, token: str) -> list[CollectionWindow]: ...

    def search_addresses(self, query: str, *, token: str) -> list[FoundAddress]:
        """The property addresses an address search finds for an address or UPRN typed; [] when none."""
        ...


def log_from_proto(log: logs_pb2.Log) -> Log:
    return Log(
        id=log.id,
        log_type=_LOG_TYPE_NAMES.get(log.log_type, ""),
        status=_STATUSES.get(log.status, ""),
        collection_year=log.collection_year,
        owning_organisation_id=log.owning_organisation_id,
        managing_organisation_id=log.managing_organisation_id,
        owning_organisation_code=log.owning_organisation_code,
        managing_organisation_code=log.managing_organisation_code,
        answers=struct_to_dict(log.answers),
        created_at=timestamp_to_datetime(log, "created_at"),
        updated_at=timestamp_to_datetime(log, "updated_at"),
        assigned_to_id=log.assigned_to_id,
        created_by_id=log.created_by_id,
        rejected=tuple((error.field, error.message) for error in log.rejected),
        duplicate_set_id=log.duplicate_set_id,
        unresolved=log.unresolved,
        postcode_full=log.postcode_full,
        bulk_upload_id=log.bulk_upload_id,
        version=log.version,
    )


def _conditional(entry: str) -> tuple[str, tuple[str, ...]]:
    """ "gender_description1=2,3" -> ("gender_description1", ("2", "3"))."""
    name, _, values = entry.partition("=")
    return name, tuple(value for value in values.split(",") if value)


def question_from_proto(question: logs_pb2.Question) -> Question:
    return Question(
        id=question.id,
        type=question.type,
        question_text=question.question_text,
        hint_text=question.hint_text,
        check_answer_label=question.check_answer_label,
        answer_options=tuple(
            AnswerOption(value=option.value, label=option.label, hint=option.hint, divider_after=option.divider_after)
            for option in question.answer_options
        ),
        width=question.width,
        prefix=question.prefix,
        suffix=question.suffix,
        answer=value_to_python(question, "answer"),
        conditional_for=tuple(_conditional(entry) for entry in question.conditional_for),
        optional=question.optional,
        derived=question.derived,
        hidden_in_check_answers=question.hidden_in_check_answers,
        inferred_answer=question.inferred_answer,
        answer_details=tuple(question.answer_details),
    )


def form_page_from_proto(page: logs_pb2.FormPage) -> FormPage:
    return FormPage(
        log_id=page.log_id,
        page_id=page.page_id,
        header=page.header,
        section_label=page.section_label,
        questions=tuple(question_from_proto(question) for question in page.questions),
        previous_page_id=page.previous_page_id,
        subsection_id=page.subsection_id,
        interruption_screen=page.interruption_screen,
        title_text=page.title_text,
        informative_text=page.informative_text,
        log_version=page.log_version,
        check_answers_card_title=page.check_answers_card_title,
    )


def task_list_from_proto(task_list: logs_pb2.TaskList) -> TaskList:
    return TaskList(
        log_id=task_list.log_id,
        collection_year=task_list.collection_year,
        sections=tuple(
            TaskListSection(
                section.id,
                section.label,
                tuple(TaskListItem(s.id, s.label, s.status, s.first_page_id) for s in section.subsections),
            )
            for section in task_list.sections
        ),
    )


def list_request(log_type: str, query: LogQuery) -> logs_pb2.ListLogsRequest:
    return logs_pb2.ListLogsRequest(
        log_type=_LOG_TYPES[log_type],
        page=query.page,
        page_size=query.page_size,
        search=query.search,
        collection_year=query.collection_year,
        statuses=[_STATUS_NUMBERS[status] for status in query.statuses if status in _STATUS_NUMBERS],
        owning_organisation_id=query.owning_organisation_id,
        managing_organisation_id=query.managing_organisation_id,
        needstype=query.needstype,
        assigned_to_id=query.assigned_to_id,
        sort=query.sort,
        cursor=query.cursor,
        duplicates_only=query.duplicates_only,
        unresolved_only=query.unresolved_only,
        bulk_upload_id=query.bulk_upload_id,
        list_answers_only=query.list_answers_only,
    )


class GrpcLogsClient(GrpcLogsLifecycleMixin):
    def __init__(self, channels: ChannelPool) -> None:
        self._channels = channels

    def _stub(self) -> logs_pb2_grpc.LogsServiceStub:
        return logs_pb2_grpc.LogsServiceStub(self._channels.get("logs"))

    def create_log(self, log_type: str, answers: dict[str, Any], *, token: str, lenient: bool = False) -> Log:
        request = logs_pb2.CreateLogRequest(
            log_type=_LOG_TYPES[log_type], answers=dict_to_struct(answers), lenient=lenient
        )
        return log_from_proto(call(self._stub().CreateLog, request, token=token))

    def get_log(self, log_id: str, *, token: str) -> Log:
        return log_from_proto(call(self._stub().GetLog, logs_pb2.GetLogRequest(id=log_id), token=token))

    def update_log(
        self,
        log_id: str,
        answers: dict[str, Any],
        *,
        token: str,
        lenient: bool = False,
        expected_version: int | None = None,
    ) -> Log:
        request = logs_pb2.UpdateLogRequest(
            id=log_id, answers=dict_to_struct(answers), lenient=lenient, expected_version=expected_version
        )
        return log_from_proto(call(self._stub().UpdateLog, request, token=token))

    def delete_log(self, log_id: str, *, token: str) -> None:
        call(self._stub().DeleteLog, logs_pb2.DeleteLogRequest(id=log_id), token=token)

    def list_logs(self, log_type: str, query: LogQuery, *, token: str) -> LogPage:
        response = call(self._stub().ListLogs, list_request(log_type, query), token=token)
        return LogPage(
            logs=[log_from_proto(log) for log in response.logs], total=response.total, next_cursor=response.next_cursor
        )

    def get_form_page(self, log_id: str, page_id: str, *, token: str, subsection_id: str = "") -> FormPage:
        request = logs_pb2.GetFormPageRequest(log_id=log_id, page_id=page_id, subsection_id=subsection_id)
        return form_page_from_proto(call(self._stub().GetFormPage, request, token=token))

    def save_form_page(
        self, log_id: str, page_id: str, answers: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> SavedPage:
        request = logs_pb2.SaveFormPageRequest(
            log_id=log_id, page_id=page_id, answers=dict_to_struct(answers), expected_version=expected_version
        )
        response = call(self._stub().SaveFormPage, request, token=token)
        return SavedPage(log=log_from_proto(response.log), next_page_id=response.next_page_id)

    def get_task_list(self, log_id: str, *, token: str) -> TaskList:
        request = logs_pb2.GetTaskListRequest(log_id=log_id)
        return task_list_from_proto(call(self._stub().GetTaskList, request, token=token))

    def search_addresses(self, query: str, *, token: str) -> list[FoundAddress]:
        response = call(self._stub().SearchAddresses, logs_pb2.SearchAddressesRequest(query=query), token=token)
        return [FoundAddress(uprn=a.uprn, address=a.address) for a in response.addresses]

    def get_check_answers(self, log_id: str, subsection_id: str, *, token: str) -> CheckAnswers:
        request = logs_pb2.GetCheckAnswersRequest(log_id=log_id, subsection_id=subsection_id)
        response = call(self._stub().GetCheckAnswers, request, token=token)
        return CheckAnswers(
            log_id=response.log_id,
            subsection_id=response.subsection_id,
            subsection_label=response.subsection_label,
            status=response.status,
            pages=tuple(form_page_from_proto(page) for page in response.pages),
        )

    def get_log_errors(
        self, log_id: str, *, token: str, page_id: str = "", answers: dict[str, str] | None = None
    ) -> tuple[ErrorGroup, ...]:
        request = logs_pb2.GetLogErrorsRequest(log_id=log_id, page_id=page_id, answers=dict_to_struct(answers or {}))
        response = call(self._stub().GetLogErrors, request, token=token)
        return log_errors_from_proto(response)

    def get_duplicate_logs(self, log_id: str, *, token: str) -> list[DuplicateLog]:
        request = logs_pb2.GetDuplicateLogsRequest(log_id=log_id)
        response = call(self._stub().GetDuplicateLogs, request, token=token)
        return [
            DuplicateLog(log_from_proto(entry.log), tuple(question_from_proto(q) for q in entry.compared))
            for entry in response.logs
        ]

    def resolve_duplicates(self, log_id: str, resolution: str, *, token: str) -> list[str]:
        request = logs_pb2.ResolveDuplicatesRequest(log_id=log_id, resolution=RESOLUTIONS[resolution])
        return list(call(self._stub().ResolveDuplicates, request, token=token).deleted_log_ids)
