"""The sales definitions' `question`: as lettings' (`lettings/builders.py`, whose other helpers the sales
definitions use too), with the sales list of optional fields."""

from __future__ import annotations

from typing import Any

from logs_service.domain.forms.model import Question

# Questions whose blank answer is acceptable (live sales OPTIONAL_FIELDS and the "(optional)" address lines).
OPTIONAL = frozenset({"purchid", "othtype", "address_line2", "county"})


def question(**fields: Any) -> Question:
    fields.setdefault("optional", fields["id"] in OPTIONAL)
    return Question(**fields)
