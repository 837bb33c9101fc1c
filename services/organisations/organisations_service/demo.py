"""Demo organisations and relationships (ARCHITECTURE.md, fixed conventions), upserted by code so
seeding twice changes nothing. Ids come from `demo_organisation_id(code)`, as in every other service."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core_platform.demo import DEMO_DSA_SIGNED, DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS, demo_organisation_id
from organisations_service.data import organisations as queries


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
