"""Protobuf <-> plain Python values, shared by the gRPC clients."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import Message
from google.protobuf.struct_pb2 import Struct, Value
from google.protobuf.timestamp_pb2 import Timestamp


def plain(value: Any) -> Any:
    """Struct numbers are doubles; give whole numbers back as ints (answer codes are integers)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def struct_to_dict(struct: Struct) -> dict[str, Any]:
    """As json_format.MessageToDict with `plain`, walking the message directly: a list page converts
    the answers of twenty logs, and json_format's general printer took much of its time."""
    return {key: _python_value(value) for key, value in struct.fields.items()}


def _python_value(value: Value) -> Any:
    kind = value.WhichOneof("kind")
    if kind == "number_value":
        return plain(value.number_value)
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "struct_value":
        return struct_to_dict(value.struct_value)
    if kind == "list_value":
        return [_python_value(item) for item in value.list_value.values]
    return None


def dict_to_struct(values: dict[str, Any]) -> Struct:
    struct = Struct()
    struct.update(values)
    return struct


def value_to_python(message: Message, field: str) -> Any:
    if not message.HasField(field):
        return None
    value: Value = getattr(message, field)
    return plain(json_format.MessageToDict(value))


def timestamp_to_datetime(message: Message, field: str) -> datetime | None:
    if not message.HasField(field):
        return None
    stamp: Timestamp = getattr(message, field)
    return stamp.ToDatetime(tzinfo=UTC)
