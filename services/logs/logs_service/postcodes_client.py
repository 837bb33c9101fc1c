"""The organisations service's postcode lookup over gRPC, behind the `LocalAuthorityLookup` interface.

The channel forwards the caller's token. A lookup that fails (organisations down or slow, a postcode it cannot
read) finds nothing: the local authority is then asked, and the log saves all the same."""

from __future__ import annotations

import logging

import grpc

from core.organisations.v1 import schemes_pb2 as pb
from core.organisations.v1 import schemes_pb2_grpc as pb_grpc
from core_platform.errors import CoreError
from core_platform.grpc_client import call

logger = logging.getLogger(__name__)


class GrpcLocalAuthorityLookup:
    def __init__(self, channel: grpc.Channel) -> None:
        self._stub = pb_grpc.SchemesServiceStub(channel)

    def local_authority_of(self, postcode: str) -> str | None:
        try:
            response = call(self._stub.LookUpPostcode, pb.LookUpPostcodeRequest(postcode=postcode))
        except (CoreError, grpc.RpcError) as exc:  # the postcode is personal data: only the failure's kind is logged
            logger.info("postcode lookup failed: %s", type(exc).__name__)
            return None
        return response.location_code if response.found else None
