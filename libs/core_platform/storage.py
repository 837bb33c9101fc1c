"""Object storage: S3 through boto3 when S3_ENDPOINT_URL is set, otherwise a folder under var/."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from core_platform.config import env, var_dir
from core_platform.errors import NotFound


class TransientStorageError(Exception):
    """The store could not be reached; retrying may work."""


class ObjectStorage(Protocol):
    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    def get(self, key: str) -> bytes: ...

    def delete(self, key: str) -> None: ...


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        path = (self._root / key).resolve()
        if not path.is_relative_to(self._root):
            raise ValueError(f"object key escapes the storage folder: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"no object {key}") from exc

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


class S3Storage:
    def __init__(self, bucket: str, client: Any) -> None:
        self._bucket = bucket
        self._client = client

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        self._guard(lambda: self._client.put_object(Bucket=self._bucket, Key=key, Body=data, ContentType=content_type))

    def get(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            body = self._guard(lambda: self._client.get_object(Bucket=self._bucket, Key=key))["Body"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise NotFound(f"no object {key}") from exc
            raise
        return bytes(body.read())

    def delete(self, key: str) -> None:
        self._guard(lambda: self._client.delete_object(Bucket=self._bucket, Key=key))

    @staticmethod
    def _guard(action: Any) -> Any:
        from botocore.exceptions import ConnectionError as BotoConnectionError
        from botocore.exceptions import EndpointConnectionError

        try:
            return action()
        except (EndpointConnectionError, BotoConnectionError) as exc:
            raise TransientStorageError(str(exc)) from exc


def storage_from_env(service: str) -> ObjectStorage:
    endpoint = env("S3_ENDPOINT_URL")
    if not endpoint:
        return LocalStorage(var_dir() / "storage" / service)
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint)
    return S3Storage(env("S3_BUCKET", "core"), client)
