"""The identity service's user list over gRPC, behind the `UsersDirectory` interface.

The channel (`core_platform.grpc_client.open_channel`) forwards the token of the call being served,
so identity lists only the users this caller may see: a coordinator or provider their own
organisation's, support anyone's. An organisation the caller may not list gives no users.
"""

from __future__ import annotations

import grpc

from core.identity.v1 import identity_pb2 as pb
from core.identity.v1 import identity_pb2_grpc as pb_grpc
from core_platform.errors import NotFound, PermissionDenied
from core_platform.grpc_client import call
from logs_service.domain.organisation_choices import UserRef

PAGE_SIZE = 100  # identity's largest page
MAX_PAGES = 50  # 5,000 users: more than any organisation has


class GrpcUsersDirectory:
    def __init__(self, channel: grpc.Channel) -> None:
        self._stub = pb_grpc.IdentityServiceStub(channel)

    def users_of(self, organisation_id: str) -> list[UserRef]:
        found: list[UserRef] = []
        for page in range(1, MAX_PAGES + 1):
            request = pb.ListUsersRequest(
                organisation_id=organisation_id, page=page, page_size=PAGE_SIZE, status=pb.USER_STATUS_ACTIVE
            )
            try:
                response = call(self._stub.ListUsers, request)
            except (NotFound, PermissionDenied):
                return []
            found += [
                UserRef(u.id, u.name, u.email, u.organisation_id, u.active)
                for u in response.users
                if u.organisation_id == organisation_id
            ]
            if len(response.users) < PAGE_SIZE or page * PAGE_SIZE >= response.total:
                break
        return found
