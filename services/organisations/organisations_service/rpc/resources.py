"""CollectionResourcesService: support uploads each collection year's files; anyone lists and downloads them.
The bytes live in object storage; the table records what is there."""

from __future__ import annotations

import uuid

import grpc

from core.organisations.v1 import resources_pb2 as pb
from core.organisations.v1 import resources_pb2_grpc as pb_grpc
from core_platform.auth.principal import require_principal
from core_platform.db import SessionFactory, session_scope, utcnow
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_server import Registration
from core_platform.storage import ObjectStorage
from organisations_service.data import content as queries
from organisations_service.data.models import CollectionResource
from organisations_service.domain.content_rules import resource_errors, safe_filename

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["CollectionResourcesService"].full_name
PUBLIC_METHODS = frozenset({f"/{SERVICE_NAME}/ListResources", f"/{SERVICE_NAME}/DownloadResource"})
KEY_PREFIX = "collection-resources"
CONTENT_TYPE_MAX_LENGTH = 100


def resource_to_proto(resource: CollectionResource) -> pb.CollectionResource:
    message = pb.CollectionResource(
        id=str(resource.id),
        year=resource.year,
        resource_type=resource.resource_type,
        filename=resource.filename,
        content_type=resource.content_type,
        size=resource.size,
    )
    message.uploaded_at.FromDatetime(resource.uploaded_at)
    return message


class CollectionResourcesServicer(pb_grpc.CollectionResourcesServiceServicer):
    def __init__(self, session_factory: SessionFactory, storage: ObjectStorage) -> None:
        self._sessions = session_factory
        self._storage = storage

    def ListResources(
        self, request: pb.ListResourcesRequest, context: grpc.ServicerContext
    ) -> pb.ListResourcesResponse:
        with session_scope(self._sessions) as session:
            return pb.ListResourcesResponse(resources=[resource_to_proto(r) for r in queries.list_resources(session)])

    def DownloadResource(self, request: pb.DownloadResourceRequest, context: grpc.ServicerContext) -> pb.ResourceFile:
        with session_scope(self._sessions) as session:
            resource = queries.get_resource(session, request.year, request.resource_type)
            if resource is None:
                raise NotFound("Resource not found")
            message = resource_to_proto(resource)
            key = resource.storage_key
        return pb.ResourceFile(resource=message, data=self._storage.get(key))

    def UploadResource(self, request: pb.UploadResourceRequest, context: grpc.ServicerContext) -> pb.CollectionResource:
        principal = require_principal()
        if not principal.is_support:
            raise PermissionDenied("Only support can upload collection resources")
        errors = resource_errors(request.year, request.resource_type, request.filename, len(request.data))
        if errors:
            raise InvalidArgument(field_errors=errors)
        filename = safe_filename(request.filename)
        content_type = (request.content_type or "application/octet-stream")[:CONTENT_TYPE_MAX_LENGTH]
        key = f"{KEY_PREFIX}/{request.year}/{request.resource_type}/{uuid.uuid4().hex}-{filename}"
        self._storage.put(key, request.data, content_type)
        replaced = ""
        try:
            with session_scope(self._sessions) as session:
                resource = queries.get_resource(session, request.year, request.resource_type)
                if resource is None:
                    resource = CollectionResource(
                        id=uuid.uuid4(), year=request.year, resource_type=request.resource_type
                    )
                    session.add(resource)
                else:
                    replaced = resource.storage_key
                resource.filename = filename
                resource.content_type = content_type
                resource.size = len(request.data)
                resource.storage_key = key
                resource.uploaded_by = principal.subject
                resource.uploaded_at = utcnow()
                session.flush()
                answer = resource_to_proto(resource)
        except Exception:
            self._storage.delete(key)
            raise
        if replaced:
            self._storage.delete(replaced)
        return answer


def register(session_factory: SessionFactory, storage: ObjectStorage) -> Registration:
    def add(server: grpc.Server) -> str:
        pb_grpc.add_CollectionResourcesServiceServicer_to_server(
            CollectionResourcesServicer(session_factory, storage), server
        )
        return SERVICE_NAME

    return add
