"""Which constraint an IntegrityError broke, so query modules can raise a domain error keyed by its name."""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

# SQLite names the columns, not the constraint: "UNIQUE constraint failed: users.email".
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (\w+)\.(\w+)")


def violated_constraint(error: IntegrityError) -> str | None:
    diag = getattr(error.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if name:
        return str(name)
    match = _SQLITE_UNIQUE.search(str(error.orig))
    if match:
        # Rebuild the name the naming convention gives the constraint (core_platform.db.NAMING_CONVENTION).
        return f"uq_{match.group(1)}_{match.group(2)}"
    return None
