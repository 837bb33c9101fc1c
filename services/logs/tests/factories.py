"""Logs as saving leaves them, written straight to the database, for tests of what happens around them."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from logs_service.data import duplicates
from logs_service.data.models import Log
from logs_service.domain.logs import IN_PROGRESS, metadata_from

from .conftest import FakeOrganisations

ALPHA = uuid.UUID(FakeOrganisations.ALPHA.id)
LETTING = {
    "startdate": "2025-06-02",
    "needstype": 1,
    "tenancycode": "T-1",
    "postcode_full": "AB1 2CD",
    "address_line1": "1 Road",
    "age1_known": 0,
    "age1": 30,
    "sex1": "F",
    "ecstat1": 1,
    "tcharge": 100.0,
}
SUPPORTED = {**LETTING, "needstype": 2, "scheme_id": "s-1", "location_id": "l-1", "postcode_full": None}
SALE = {
    "saledate": "2025-06-02",
    "purchid": "P-1",
    "postcode_full": "AB1 2CD",
    "age1_known": 0,
    "age1": 40,
    "sex1": "M",
    "ecstat1": 2,
}


def make_log(
    session: Session,
    log_type: str = "lettings",
    status: str = IN_PROGRESS,
    owner: uuid.UUID = ALPHA,
    **answers: object,
) -> Log:
    """A log as saving leaves it (columns copied from the answers), then its duplicate set refreshed."""
    organisations = {"owning_organisation_id": str(owner), "managing_organisation_id": str(owner)}
    given = {
        k: v
        for k, v in {**(SALE if log_type == "sales" else LETTING), **organisations, **answers}.items()
        if v is not None
    }
    metadata = metadata_from(given)
    log = Log(
        id=uuid.uuid4(),
        log_type=log_type,
        status=status,
        owning_organisation_id=owner,
        managing_organisation_id=owner,
        answers=given,
        startdate=metadata.startdate,
        assigned_to_id="someone-else",
    )
    session.add(log)
    session.flush()
    duplicates.refresh_duplicate_set(session, log)
    return log


def change(session: Session, log: Log, **answers: object) -> None:
    log.answers = {k: v for k, v in {**log.answers, **answers}.items() if v is not None}
    log.startdate = metadata_from(log.answers).startdate
    duplicates.refresh_duplicate_set(session, log)
