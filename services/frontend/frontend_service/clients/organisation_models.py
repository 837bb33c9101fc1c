"""What the organisations client gives the views about organisations, schemes and locations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class OrganisationDetails:
    id: str
    code: str
    name: str
    provider_type: str  # "LA" or "PRP"
    holds_own_stock: bool
    active: bool
    status: str
    data_sharing_agreement_signed: bool
    details_visible: bool = False
    housing_registration_no: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    phone: str = ""
    general_needs_units: int | None = None
    supported_housing_units: int | None = None
    rent_periods: tuple[int, ...] = ()
    dpo_name: str = ""
    dpo_signed_at: datetime | None = None
    available_from: date | None = None  # a new absorbing organisation is active from its merge date


@dataclass(frozen=True)
class OrganisationPage:
    organisations: list[OrganisationDetails]
    total: int


@dataclass(frozen=True)
class Scheme:
    id: str
    code: str
    service_name: str
    status: str
    owning_organisation_id: str
    owning_organisation_name: str
    answers: dict[str, object] = field(default_factory=dict)  # codes by field name; absent when unanswered
    managing_organisation_name: str = ""
    location_count: int = 0
    confirmed: bool = False
    managing_organisation_id: str = ""
    deactivation_periods: tuple[tuple[str, str], ...] = ()  # (deactivation date, reactivation date or "")


@dataclass(frozen=True)
class SchemePage:
    schemes: list[Scheme]
    total: int


@dataclass(frozen=True)
class Location:
    id: str
    code: str
    scheme_id: str
    postcode: str
    name: str
    location_code: str
    local_authority: str
    is_la_inferred: bool
    status: str
    answers: dict[str, object] = field(default_factory=dict)  # units, type_of_unit, mobility_type, startdate
    confirmed: bool = False
    deactivation_periods: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LocalAuthority:
    code: str
    name: str


@dataclass(frozen=True)
class ServiceAlert:
    id: str
    title: str
    body: str
    link_text: str = ""
    link_url: str = ""
    page_path: str = ""
    show_on_public_pages: bool = False
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    active: bool = False


@dataclass(frozen=True)
class CollectionResource:
    year: int
    resource_type: str  # "bulk_upload_template", "specification" or "guidance"
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ResourceFile:
    resource: CollectionResource
    data: bytes
