"""Organisation protos <-> domain values."""

from __future__ import annotations

from datetime import date
from typing import Any

from google.protobuf.message import Message

from core.organisations.v1 import organisations_pb2 as pb
from organisations_service.data.models import DataProtectionConfirmation, Organisation
from organisations_service.domain.codes import ORGANISATION_ACTIVE, ORGANISATION_DEACTIVATED, ORGANISATION_MERGED

PROVIDER_TYPES = {"LA": pb.PROVIDER_TYPE_LA, "PRP": pb.PROVIDER_TYPE_PRP}
PROVIDER_TYPE_NAMES = {value: name for name, value in PROVIDER_TYPES.items()}
OPTIONAL_INT_FIELDS = ("general_needs_units", "supported_housing_units")


def has_field(message: Message, field: str) -> bool:
    """Presence of an optional field, for names chosen at run time."""
    return bool(message.HasField(field))


def organisation_status(organisation: Organisation, today: date) -> str:
    if organisation.merge_date is not None and organisation.merge_date <= today:
        return ORGANISATION_MERGED
    return ORGANISATION_ACTIVE if organisation.active else ORGANISATION_DEACTIVATED


def organisation_to_proto(
    organisation: Organisation,
    *,
    details: bool = False,
    today: date | None = None,
    name: str | None = None,
    confirmation: DataProtectionConfirmation | None = None,
) -> pb.Organisation:
    """`details` adds contact details, units, name history and the data protection confirmation:
    only for support and the organisation's own users."""
    status = organisation_status(organisation, today or date.today())
    message = pb.Organisation(
        id=str(organisation.id),
        code=organisation.code,
        name=name if name is not None else organisation.name,
        provider_type=PROVIDER_TYPES.get(organisation.provider_type, pb.PROVIDER_TYPE_UNSPECIFIED),
        holds_own_stock=organisation.holds_own_stock,
        active=status == ORGANISATION_ACTIVE,
        data_sharing_agreement_signed=organisation.data_sharing_agreement_signed,
        status=status,
        merge_date=organisation.merge_date.isoformat() if organisation.merge_date else "",
        absorbing_organisation_id=str(organisation.absorbing_organisation_id or ""),
        available_from=organisation.available_from.isoformat() if organisation.available_from else "",
        has_absorbed_organisations=organisation.has_absorbed_organisations,
    )
    # Rent periods are what the lettings form offers for the organisation's logs: anyone recording a log
    # it manages needs them (the logs service checks a log's period against them).
    message.rent_periods.extend(period.rent_period for period in organisation.rent_periods)
    if details:
        _add_details(message, organisation, confirmation)
    return message


def _add_details(
    message: pb.Organisation, organisation: Organisation, confirmation: DataProtectionConfirmation | None
) -> None:
    message.details_visible = True
    message.housing_registration_no = organisation.housing_registration_no
    message.address_line1 = organisation.address_line1
    message.address_line2 = organisation.address_line2
    message.postcode = organisation.postcode
    message.phone = organisation.phone
    for field in OPTIONAL_INT_FIELDS:
        value = getattr(organisation, field)
        if value is not None:
            setattr(message, field, value)
    message.name_changes.extend(
        pb.NameChange(name=change.name, startdate=change.startdate.isoformat()) for change in organisation.name_changes
    )
    if confirmation is not None:
        dpc = message.data_protection_confirmation
        dpc.confirmed = confirmation.confirmed
        dpc.data_protection_officer_id = confirmation.data_protection_officer_id
        dpc.data_protection_officer_name = confirmation.data_protection_officer_name
        dpc.data_protection_officer_email = confirmation.data_protection_officer_email
        dpc.signed_at.FromDatetime(confirmation.signed_at)


def input_values(message: pb.OrganisationInput, fields: set[str] | frozenset[str]) -> dict[str, Any]:
    """The named fields of the input as plain values (None for an unset optional number)."""
    values: dict[str, Any] = {}
    for field in fields:
        if field == "provider_type":
            values[field] = PROVIDER_TYPE_NAMES.get(message.provider_type, "")
        elif field == "rent_periods":
            values[field] = list(message.rent_periods)
        elif field in OPTIONAL_INT_FIELDS:
            values[field] = getattr(message, field) if has_field(message, field) else None
        else:
            values[field] = getattr(message, field)
    return values
