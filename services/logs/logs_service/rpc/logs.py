"""LogsService servicer: proto <-> Python, then the operations do the work."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc as pb_grpc
from core_platform.auth.principal import require_principal
from core_platform.grpc_server import Registration
from logs_service.operations import (
    counts,
    duplicates,
    forms,
    history,
    listing,
    log_errors,
    logs,
    reassign,
    validate_log,
)
from logs_service.operations.common import Dependencies
from logs_service.rpc.convert import (
    LOG_TYPE_NAMES,
    STATUS_NAMES,
    check_answers_to_proto,
    datetime_of,
    log_to_proto,
    page_to_proto,
    question_to_proto,
    struct_to_dict,
    task_list_to_proto,
)
from logs_service.rpc.convert_lifecycle import (
    counts_to_proto,
    history_to_proto,
    reassign_options_to_proto,
    windows_to_proto,
)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["LogsService"].full_name

Context = grpc.ServicerContext
RESOLUTIONS = {
    pb.DUPLICATE_RESOLUTION_KEEP: duplicates.KEEP,
    pb.DUPLICATE_RESOLUTION_NOT_A_DUPLICATE: duplicates.NOT_A_DUPLICATE,
}
MAX_ADDRESS_QUERY = 200


class LogsServicer(pb_grpc.LogsServiceServicer):
    def __init__(self, deps: Dependencies) -> None:
        self._deps = deps

    def CreateLog(self, request: pb.CreateLogRequest, context: Context) -> pb.Log:
        log_type = LOG_TYPE_NAMES.get(request.log_type, "")
        answers = struct_to_dict(request.answers)
        log, rejected = logs.create_log(
            self._deps, require_principal(), log_type, answers, lenient=request.lenient, source=request.source
        )
        return log_to_proto(log, rejected)

    def GetLog(self, request: pb.GetLogRequest, context: Context) -> pb.Log:
        return log_to_proto(logs.get_log(self._deps, require_principal(), request.id))

    def UpdateLog(self, request: pb.UpdateLogRequest, context: Context) -> pb.Log:
        answers = struct_to_dict(request.answers)
        log, rejected = logs.update_log(
            self._deps,
            require_principal(),
            request.id,
            answers,
            lenient=request.lenient,
            expected_version=_expected_version(request),
            source=request.source,
        )
        return log_to_proto(log, rejected)

    def DeleteLog(self, request: pb.DeleteLogRequest, context: Context) -> pb.DeleteLogResponse:
        logs.delete_log(self._deps, require_principal(), request.id)
        return pb.DeleteLogResponse()

    def ListLogs(self, request: pb.ListLogsRequest, context: Context) -> pb.ListLogsResponse:
        query = listing.LogQuery(
            log_type=LOG_TYPE_NAMES.get(request.log_type),
            collection_year=request.collection_year or None,
            statuses=tuple(STATUS_NAMES[s] for s in request.statuses if s in STATUS_NAMES),
            search=request.search,
            page=request.page,
            page_size=request.page_size,
            owning_organisation=request.owning_organisation_id,
            managing_organisation=request.managing_organisation_id,
            needstype=request.needstype or None,
            assigned_to_id=request.assigned_to_id,
            sort=request.sort,
            cursor=request.cursor,
            duplicates_only=request.duplicates_only,
            unresolved_only=request.unresolved_only,
            bulk_upload_id=request.bulk_upload_id,
        )
        found, total, next_cursor = listing.list_logs(self._deps, require_principal(), query)
        only = request.list_answers_only
        return pb.ListLogsResponse(
            logs=[log_to_proto(log, list_answers_only=only) for log in found], total=total, next_cursor=next_cursor
        )

    def StreamLogs(self, request: pb.StreamLogsRequest, context: Context) -> Iterator[pb.Log]:
        since = datetime_of(request.updated_since) if request.HasField("updated_since") else None
        principal = require_principal()
        for log in logs.stream_logs(self._deps, principal, LOG_TYPE_NAMES.get(request.log_type), since):
            yield log_to_proto(log)

    def GetFormPage(self, request: pb.GetFormPageRequest, context: Context) -> pb.FormPage:
        view = forms.get_form_page(
            self._deps, require_principal(), request.log_id, request.page_id, request.subsection_id
        )
        return page_to_proto(view)

    def GetTaskList(self, request: pb.GetTaskListRequest, context: Context) -> pb.TaskList:
        return task_list_to_proto(forms.get_task_list(self._deps, require_principal(), request.log_id))

    def GetCheckAnswers(self, request: pb.GetCheckAnswersRequest, context: Context) -> pb.CheckAnswers:
        view = forms.get_check_answers(self._deps, require_principal(), request.log_id, request.subsection_id)
        return check_answers_to_proto(view)

    def SaveFormPage(self, request: pb.SaveFormPageRequest, context: Context) -> pb.SaveFormPageResponse:
        answers = struct_to_dict(request.answers)
        log, next_page_id = forms.save_form_page(
            self._deps, require_principal(), request.log_id, request.page_id, answers, _expected_version(request)
        )
        return pb.SaveFormPageResponse(log=log_to_proto(log), next_page_id=next_page_id)

    def GetLogErrors(self, request: pb.GetLogErrorsRequest, context: Context) -> pb.LogErrors:
        answers = struct_to_dict(request.answers)
        groups = log_errors.get_log_errors(
            self._deps, require_principal(), request.log_id, request.page_id, answers or None
        )
        return pb.LogErrors(
            log_id=request.log_id,
            errors=[
                pb.LogErrorGroup(
                    rule=group.rule,
                    answers=[
                        pb.LogErrorAnswer(
                            field=a.field,
                            page_id=a.page_id,
                            label=a.label,
                            answer=a.answer,
                            message=a.message,
                            clearable=a.clearable,
                        )
                        for a in group.answers
                    ],
                )
                for group in groups
            ],
        )

    def ValidateLog(self, request: pb.ValidateLogRequest, context: Context) -> pb.ValidateLogResponse:
        answers = struct_to_dict(request.answers)
        log_type = LOG_TYPE_NAMES.get(request.log_type, "")
        year = request.collection_year or None
        validated = validate_log.validate_log(self._deps, require_principal(), log_type, answers, year)
        return pb.ValidateLogResponse(
            collection_year=validated.collection_year,
            status=validated.status,
            errors=[pb.ValidationError(field=e.field, message=e.message, rule=e.rule) for e in validated.result.errors],
            warnings=[
                pb.ValidationWarning(
                    fields=list(w.fields), message=w.message, rule=w.rule, confirmation_field=w.confirmation_field
                )
                for w in validated.result.warnings
            ],
        )

    def GetDuplicateLogs(self, request: pb.GetDuplicateLogsRequest, context: Context) -> pb.DuplicateLogs:
        views = duplicates.get_duplicate_logs(self._deps, require_principal(), request.log_id)
        return pb.DuplicateLogs(
            log_id=request.log_id,
            logs=[
                pb.DuplicateLog(log=log_to_proto(view.log), compared=[question_to_proto(q) for q in view.compared])
                for view in views
            ],
        )

    def ResolveDuplicates(self, request: pb.ResolveDuplicatesRequest, context: Context) -> pb.ResolveDuplicatesResponse:
        resolution = RESOLUTIONS.get(request.resolution, "")
        log, deleted = duplicates.resolve_duplicates(self._deps, require_principal(), request.log_id, resolution)
        return pb.ResolveDuplicatesResponse(log=log_to_proto(log), deleted_log_ids=deleted)

    def GetLogHistory(self, request: pb.GetLogHistoryRequest, context: Context) -> pb.LogHistory:
        return history_to_proto(*history.get_log_history(self._deps, require_principal(), request.log_id))

    def ReassignLog(self, request: pb.ReassignLogRequest, context: Context) -> pb.Log:
        wanted = {
            "owning_organisation_id": request.owning_organisation_id,
            "managing_organisation_id": request.managing_organisation_id,
            "assigned_to_id": request.assigned_to_id,
        }
        principal = require_principal()
        log = reassign.reassign_log(self._deps, principal, request.log_id, wanted, _expected_version(request))
        return log_to_proto(log)

    def BulkReassignLogs(self, request: pb.BulkReassignLogsRequest, context: Context) -> pb.BulkReassignLogsResponse:
        principal = require_principal()
        count = reassign.bulk_reassign_logs(self._deps, principal, list(request.log_ids), request.assigned_to_id)
        return pb.BulkReassignLogsResponse(reassigned=count)

    def GetReassignOptions(self, request: pb.GetReassignOptionsRequest, context: Context) -> pb.ReassignOptions:
        principal = require_principal()
        view = reassign.get_reassign_options(
            self._deps, principal, list(request.log_ids), request.owning_organisation_id
        )
        return reassign_options_to_proto(view)

    def CountLogs(self, request: pb.CountLogsRequest, context: Context) -> pb.CountLogsResponse:
        years = tuple(request.collection_years)
        return counts_to_proto(counts.count_logs(self._deps, require_principal(), years))

    def GetCollectionWindows(self, request: pb.GetCollectionWindowsRequest, context: Context) -> pb.CollectionWindows:
        require_principal()
        return windows_to_proto(counts.open_collection_windows(self._deps.today()))

    def SearchAddresses(self, request: pb.SearchAddressesRequest, context: Context) -> pb.SearchAddressesResponse:
        require_principal()  # any signed-in caller: the answer holds public addresses only
        found = self._deps.addresses.search(request.query.strip()[:MAX_ADDRESS_QUERY])
        return pb.SearchAddressesResponse(addresses=[pb.FoundAddress(uprn=a.uprn, address=a.address) for a in found])


def _expected_version(request: pb.UpdateLogRequest | pb.SaveFormPageRequest | pb.ReassignLogRequest) -> int | None:
    return request.expected_version if request.HasField("expected_version") else None


def register(deps: Dependencies) -> Registration:
    def add(server: grpc.Server) -> str:
        pb_grpc.add_LogsServiceServicer_to_server(LogsServicer(deps), server)
        return SERVICE_NAME

    return add
