"""Answers arrive as a protobuf Struct and become the plain values they were sent as."""

from __future__ import annotations

from google.protobuf import json_format

from frontend_service.clients.convert import dict_to_struct, plain, struct_to_dict

ANSWERS = {
    "needstype": 1,
    "brent": 110.5,
    "tenancycode": "T0001",
    "declaration": True,
    "voiddate": None,
    "housingneeds": [1, "a", 2.5, None, {"x": 3}],
    "nested": {"age1": 34, "sex1": "F", "empty": {}, "none": []},
}


def test_a_struct_converts_back_to_the_values_sent_with_whole_numbers_as_ints():
    converted = struct_to_dict(dict_to_struct(ANSWERS))
    assert converted == ANSWERS
    assert type(converted["needstype"]) is int and type(converted["nested"]["age1"]) is int


def test_the_conversion_agrees_with_the_json_printer():
    struct = dict_to_struct(ANSWERS)
    assert struct_to_dict(struct) == plain(json_format.MessageToDict(struct))
