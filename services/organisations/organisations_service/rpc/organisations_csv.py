"""The organisations CSV download for support: the fields of the CDS organisation export, one row each."""

from __future__ import annotations

from datetime import date

from organisations_service.data.models import DataProtectionConfirmation, Organisation
from organisations_service.domain.codes import PROVIDER_TYPE_LABELS, RENT_PERIODS
from organisations_service.rpc.organisation_convert import organisation_status

CSV_HEADERS = (
    "code",
    "name",
    "provider_type",
    "housing_registration_no",
    "address_line1",
    "address_line2",
    "postcode",
    "phone",
    "holds_own_stock",
    "general_needs_units",
    "supported_housing_units",
    "rent_periods",
    "status",
    "merge_date",
    "dsa_signed",
    "dsa_signed_at",
    "dpo_email",
)


def csv_row(organisation: Organisation, confirmation: DataProtectionConfirmation | None) -> list[str]:
    periods = [RENT_PERIODS.get(period.rent_period, "") for period in organisation.rent_periods]
    signed = confirmation is not None and confirmation.confirmed
    return [
        organisation.code,
        organisation.name,
        PROVIDER_TYPE_LABELS.get(organisation.provider_type, ""),
        organisation.housing_registration_no,
        organisation.address_line1,
        organisation.address_line2,
        organisation.postcode,
        organisation.phone,
        "Yes" if organisation.holds_own_stock else "No",
        _number(organisation.general_needs_units),
        _number(organisation.supported_housing_units),
        "; ".join(periods) if periods else "All",
        organisation_status(organisation, date.today()),
        organisation.merge_date.isoformat() if organisation.merge_date else "",
        "true" if signed or organisation.data_sharing_agreement_signed else "false",
        confirmation.signed_at.isoformat() if signed and confirmation else "",
        confirmation.data_protection_officer_email if signed and confirmation else "",
    ]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
