"""The identity service as a UserDirectory: GetUser over gRPC, the caller's token forwarded."""

from __future__ import annotations

import grpc

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.grpc_client import call
from organisations_service.domain.people import DirectoryUser


class GrpcUserDirectory:
    def __init__(self, channel: grpc.Channel) -> None:
        self._stub = identity_pb2_grpc.IdentityServiceStub(channel)

    def get_user(self, user_id: str) -> DirectoryUser:
        user = call(self._stub.GetUser, identity_pb2.GetUserRequest(id=user_id))
        return DirectoryUser(user.id, user.name, user.email, user.organisation_id, user.is_dpo)
