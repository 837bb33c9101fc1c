"""Demo organisations, relationships, details and schemes (ARCHITECTURE.md, fixed conventions), upserted by
natural key so seeding twice changes nothing. Ids come from `demo_organisation_id(code)`, as in every other
service."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core_platform.demo import DEMO_DSA_SIGNED, DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS, demo_organisation_id
from organisations_service.data import organisations as queries
from organisations_service.data.models import Location, Organisation, Scheme
from organisations_service.domain.local_authorities import local_authority_name

_NAMESPACE = uuid.UUID("0b7e4c1a-5d2f-4e3b-9a6c-7d8e9f0a1b2c")

DEMO_DETAILS: dict[str, dict[str, Any]] = {
    "ORG1": {
        "housing_registration_no": "LH0001",
        "address_line1": "1 Demo Street",
        "address_line2": "Leeds",
        "postcode": "LS1 1AA",
        "phone": "0113 496 0000",
        "general_needs_units": 1200,
        "supported_housing_units": 150,
        "rent_periods": [1, 2, 4],
    },
    "ORG2": {
        "address_line1": "Town Hall",
        "address_line2": "Manchester",
        "postcode": "M1 1AA",
        "phone": "0161 496 0000",
        "general_needs_units": 5400,
        "supported_housing_units": 320,
        "rent_periods": [1, 4],
    },
    "ORG3": {
        "housing_registration_no": "LH0003",
        "address_line1": "3 Other Road",
        "address_line2": "Bristol",
        "postcode": "BS1 1AA",
        "phone": "0117 496 0000",
        "general_needs_units": 800,
    },
    "ORG4": {"address_line1": "2 Marsham Street", "address_line2": "London", "postcode": "SW1P 4DF"},
}

# (owner, service name, answers, locations: (postcode, name, LA code, units, type of unit, mobility, start))
DEMO_SCHEMES: tuple[tuple[str, str, dict[str, Any], tuple[tuple[Any, ...], ...]], ...] = (
    (
        "ORG1",
        "Riverside Court",
        {
            "sensitive": 0,
            "scheme_type": 7,
            "registered_under_care_act": 1,
            "arrangement_type": "D",
            "primary_client_group": "M",
            "has_other_client_group": 0,
            "support_type": 3,
            "intended_stay": "P",
        },
        (
            ("LS1 4AP", "Riverside Court", "E08000035", 24, 1, "A", date(2024, 4, 1)),
            ("LS1 5DL", "Riverside Annexe", "E08000035", 6, 6, "W", date(2024, 4, 1)),
        ),
    ),
    (
        "ORG1",
        "Foyer Hostel",
        {
            "sensitive": 1,
            "scheme_type": 4,
            "registered_under_care_act": 1,
            "arrangement_type": "D",
            "primary_client_group": "Q",
            "has_other_client_group": 1,
            "secondary_client_group": "P",
            "support_type": 4,
            "intended_stay": "M",
        },
        (("M1 2WD", "Foyer House", "E08000003", 30, 4, "N", date(2024, 4, 1)),),
    ),
)


def seed_demo(session: Session) -> None:
    by_code = {
        org.code: queries.upsert_organisation(
            session,
            organisation_id=demo_organisation_id(org.code),
            code=org.code,
            name=org.name,
            provider_type=org.provider_type,
            holds_own_stock=org.holds_own_stock,
            data_sharing_agreement_signed=org.code in DEMO_DSA_SIGNED,
        )
        for org in DEMO_ORGANISATIONS
    }
    for stock_owner, managing_agent in DEMO_RELATIONSHIPS:
        queries.ensure_relationship(session, by_code[stock_owner], by_code[managing_agent])
    for code, details in DEMO_DETAILS.items():
        _set_details(session, by_code[code], details)
    for owner_code, service_name, answers, locations in DEMO_SCHEMES:
        _seed_scheme(session, by_code[owner_code], service_name, answers, locations)


def _set_details(session: Session, organisation: Organisation, details: dict[str, Any]) -> None:
    values = dict(details)
    queries.set_rent_periods(session, organisation, values.pop("rent_periods", []))
    for field, value in values.items():
        setattr(organisation, field, value)
    session.flush()


def _seed_scheme(
    session: Session, owner: Organisation, service_name: str, answers: dict[str, Any], locations: tuple[Any, ...]
) -> None:
    scheme_id = uuid.uuid5(_NAMESPACE, f"scheme:{owner.code}:{service_name}")
    scheme = session.get(Scheme, scheme_id)
    if scheme is None:
        scheme = Scheme(id=scheme_id, number=_next(session, Scheme), owning_organisation_id=owner.id)
        session.add(scheme)
    scheme.service_name = service_name
    scheme.managing_organisation_id = owner.id
    scheme.confirmed = True
    for field, value in answers.items():
        setattr(scheme, field, value)
    session.flush()
    for postcode, name, la_code, units, type_of_unit, mobility, startdate in locations:
        location_id = uuid.uuid5(_NAMESPACE, f"location:{scheme_id}:{postcode}:{name}")
        location = session.get(Location, location_id)
        if location is None:
            location = Location(id=location_id, number=_next(session, Location), scheme_id=scheme.id)
            session.add(location)
        location.postcode, location.name, location.units = postcode, name, units
        location.location_code = la_code
        location.location_admin_district = _la_name(la_code)
        location.is_la_inferred = True
        location.type_of_unit, location.mobility_type, location.startdate = type_of_unit, mobility, startdate
        location.confirmed = True
        session.flush()


def _next(session: Session, model: type[Scheme] | type[Location]) -> int:
    numbers = session.scalars(select(model.number))
    return max(numbers, default=0) + 1


def _la_name(code: str) -> str:
    return local_authority_name(code)
