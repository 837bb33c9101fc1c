"""BulkUploadService: proto <-> domain. Files go to object storage, their records to the database,
and processing to the bulk_upload Celery queue once the record is committed."""

from __future__ import annotations

import logging
import uuid

import grpc

from bulk_upload_service.data import uploads as upload_queries
from bulk_upload_service.data.models import Upload
from bulk_upload_service.domain.files import clean_filename
from bulk_upload_service.domain.uploads import FAILURE_NOT_QUEUED, new_upload_errors, storage_key_for
from bulk_upload_service.queueing import PROCESS_UPLOAD_TASK, Enqueue
from core.bulkupload.v1 import bulkupload_pb2, bulkupload_pb2_grpc
from core_platform.auth.principal import Principal, require_principal
from core_platform.celery_app import QUEUE_BULK_UPLOAD
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied, Unavailable
from core_platform.grpc_server import Registration
from core_platform.storage import ObjectStorage, TransientStorageError

logger = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

STATUS_TO_PROTO = {
    "received": bulkupload_pb2.UPLOAD_STATUS_RECEIVED,
    "processing": bulkupload_pb2.UPLOAD_STATUS_PROCESSING,
    "processed": bulkupload_pb2.UPLOAD_STATUS_PROCESSED,
    "failed": bulkupload_pb2.UPLOAD_STATUS_FAILED,
}


class BulkUploadServicer(bulkupload_pb2_grpc.BulkUploadServiceServicer):
    def __init__(self, session_factory: SessionFactory, storage: ObjectStorage, enqueue: Enqueue) -> None:
        self._sessions = session_factory
        self._storage = storage
        self._enqueue = enqueue

    def CreateUpload(
        self, request: bulkupload_pb2.CreateUploadRequest, context: grpc.ServicerContext
    ) -> bulkupload_pb2.Upload:
        principal = require_principal()
        organisation_id = _organisation_of(principal)
        errors = new_upload_errors(request.log_type, request.collection_year, request.filename, request.content)
        if errors:
            raise InvalidArgument(field_errors=errors)
        upload_id = uuid.uuid4()
        # Stored before the record exists, so no record ever points at a missing file.
        storage_key = storage_key_for(str(upload_id))
        self._store(storage_key, request.content)
        with session_scope(self._sessions) as session:
            upload = upload_queries.create_upload(
                session,
                upload_id=upload_id,
                log_type=request.log_type,
                collection_year=request.collection_year,
                filename=clean_filename(request.filename),
                storage_key=storage_key,
                organisation_id=organisation_id,
                uploaded_by_id=principal.subject,
            )
        logger.info("upload received", extra={"upload_id": str(upload_id), "organisation_id": str(organisation_id)})
        self._enqueue_processing(upload)
        return upload_to_proto(upload)

    def GetUpload(
        self, request: bulkupload_pb2.GetUploadRequest, context: grpc.ServicerContext
    ) -> bulkupload_pb2.Upload:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            upload = upload_queries.get_upload(session, _upload_id(request.id))
            # Another organisation's upload is reported as absent, not forbidden: its existence is private.
            if upload is None or not (principal.is_support or principal.belongs_to(str(upload.organisation_id))):
                raise NotFound("Upload not found")
            return upload_to_proto(upload)

    def ListUploads(
        self, request: bulkupload_pb2.ListUploadsRequest, context: grpc.ServicerContext
    ) -> bulkupload_pb2.ListUploadsResponse:
        principal = require_principal()
        organisation_id = None if principal.is_support else _organisation_of(principal)
        page = max(request.page, 1)
        page_size = min(request.page_size, MAX_PAGE_SIZE) if request.page_size > 0 else DEFAULT_PAGE_SIZE
        with session_scope(self._sessions) as session:
            uploads, total = upload_queries.list_uploads(
                session, organisation_id, offset=(page - 1) * page_size, limit=page_size
            )
            return bulkupload_pb2.ListUploadsResponse(uploads=[upload_to_proto(u) for u in uploads], total=total)

    def _store(self, storage_key: str, content: bytes) -> None:
        try:
            self._storage.put(storage_key, content, content_type="text/csv")
        except TransientStorageError as exc:
            raise Unavailable("The file could not be saved. Try again later.") from exc

    def _enqueue_processing(self, upload: Upload) -> None:
        try:
            self._enqueue(PROCESS_UPLOAD_TASK, [str(upload.id)], QUEUE_BULK_UPLOAD)
        except Exception as exc:
            # The broker is unreachable. Fail the upload visibly rather than leave it "received" forever.
            logger.exception("could not enqueue upload processing", extra={"upload_id": str(upload.id)})
            with session_scope(self._sessions) as session:
                stored = upload_queries.get_upload(session, upload.id)
                if stored is not None:
                    upload_queries.mark_failed(session, stored, FAILURE_NOT_QUEUED)
            raise Unavailable("The file could not be queued for processing. Try again later.") from exc


def registration(session_factory: SessionFactory, storage: ObjectStorage, enqueue: Enqueue) -> Registration:
    servicer = BulkUploadServicer(session_factory, storage, enqueue)

    def register(server: grpc.Server) -> str:
        bulkupload_pb2_grpc.add_BulkUploadServiceServicer_to_server(servicer, server)
        return str(bulkupload_pb2.DESCRIPTOR.services_by_name["BulkUploadService"].full_name)

    return register


def upload_to_proto(upload: Upload) -> bulkupload_pb2.Upload:
    message = bulkupload_pb2.Upload(
        id=str(upload.id),
        log_type=upload.log_type,
        collection_year=upload.collection_year,
        filename=upload.filename,
        status=STATUS_TO_PROTO[upload.status],
        organisation_id=str(upload.organisation_id),
        uploaded_by_id=upload.uploaded_by_id,
        row_count=upload.row_count or 0,
        failure_reason=upload.failure_reason or "",
    )
    message.created_at.FromDatetime(upload.created_at)
    return message


def _organisation_of(principal: Principal) -> uuid.UUID:
    try:
        return uuid.UUID(principal.organisation_id)
    except ValueError as exc:
        raise PermissionDenied("Only users of an organisation can upload or see uploads") from exc


def _upload_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError as exc:
        raise NotFound("Upload not found") from exc
