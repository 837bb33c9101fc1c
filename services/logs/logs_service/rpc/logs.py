"""LogsService servicer: proto <-> Python, then the operations do the work."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc as pb_grpc
from core_platform.auth.principal import require_principal
from core_platform.grpc_server import Registration
from logs_service.operations import forms, listing, logs, validate_log
from logs_service.operations.common import Dependencies
from logs_service.rpc.convert import (
    LOG_TYPE_NAMES,
    STATUS_NAMES,
    check_answers_to_proto,
    datetime_of,
    log_to_proto,
    page_to_proto,
    struct_to_dict,
    task_list_to_proto,
)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["LogsService"].full_name

Context = grpc.ServicerContext
MAX_ADDRESS_QUERY = 200


class LogsServicer(pb_grpc.LogsServiceServicer):
    def __init__(self, deps: Dependencies) -> None:
        self._deps = deps

    def CreateLog(self, request: pb.CreateLogRequest, context: Context) -> pb.Log:
        log_type = LOG_TYPE_NAMES.get(request.log_type, "")
        answers = struct_to_dict(request.answers)
        log, rejected = logs.create_log(self._deps, require_principal(), log_type, answers, lenient=request.lenient)
        return log_to_proto(log, rejected)

    def GetLog(self, request: pb.GetLogRequest, context: Context) -> pb.Log:
        return log_to_proto(logs.get_log(self._deps, require_principal(), request.id))

    def UpdateLog(self, request: pb.UpdateLogRequest, context: Context) -> pb.Log:
        answers = struct_to_dict(request.answers)
        log, rejected = logs.update_log(self._deps, require_principal(), request.id, answers, lenient=request.lenient)
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
        )
        found, total, next_cursor = listing.list_logs(self._deps, require_principal(), query)
        return pb.ListLogsResponse(logs=[log_to_proto(log) for log in found], total=total, next_cursor=next_cursor)

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
            self._deps, require_principal(), request.log_id, request.page_id, answers
        )
        return pb.SaveFormPageResponse(log=log_to_proto(log), next_page_id=next_page_id)

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

    def SearchAddresses(self, request: pb.SearchAddressesRequest, context: Context) -> pb.SearchAddressesResponse:
        require_principal()  # any signed-in caller: the answer holds public addresses only
        found = self._deps.addresses.search(request.query.strip()[:MAX_ADDRESS_QUERY])
        return pb.SearchAddressesResponse(addresses=[pb.FoundAddress(uprn=a.uprn, address=a.address) for a in found])


def register(deps: Dependencies) -> Registration:
    def add(server: grpc.Server) -> str:
        pb_grpc.add_LogsServiceServicer_to_server(LogsServicer(deps), server)
        return SERVICE_NAME

    return add
