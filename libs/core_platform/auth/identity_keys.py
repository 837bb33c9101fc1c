"""Fetch identity's public keys over gRPC, for services that verify access tokens."""

from __future__ import annotations

import grpc

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.auth.tokens import PublicKeySource, TokenVerifier
from core_platform.grpc_client import call


def identity_key_source(channel: grpc.Channel) -> PublicKeySource:
    stub = identity_pb2_grpc.IdentityServiceStub(channel)

    def fetch() -> dict[str, str]:
        response = call(stub.GetPublicKeys, identity_pb2.GetPublicKeysRequest())
        return {key.kid: key.public_key_pem for key in response.keys}

    return fetch


def identity_token_verifier(channel: grpc.Channel) -> TokenVerifier:
    return TokenVerifier(identity_key_source(channel))
