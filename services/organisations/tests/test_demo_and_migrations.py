"""Demo seed idempotence, and migrations that agree with the models and the recorded head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from core_platform.demo import demo_organisation_id
from organisations_service.data import organisations as queries
from organisations_service.data.models import Base, Organisation, OrganisationRelationship
from organisations_service.demo import seed_demo
from organisations_service.manage import MIGRATIONS_DIR

SERVICE_ROOT = Path(__file__).resolve().parents[1]


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_seeding_demo_data_twice_changes_nothing(session):
    seed_demo(session)
    counts = (_count(session, Organisation), _count(session, OrganisationRelationship))
    seed_demo(session)

    assert (_count(session, Organisation), _count(session, OrganisationRelationship)) == counts
    org1 = queries.get_organisation_by_code(session, "ORG1")
    assert org1 is not None and org1.id == demo_organisation_id("ORG1")
    assert org1.data_sharing_agreement_signed
    assert [o.code for o in queries.list_stock_owners(session, org1)] == ["ORG1", "ORG2"]
    org3 = queries.get_organisation_by_code(session, "ORG3")
    assert org3 is not None and [o.code for o in queries.list_managing_agents(session, org3)] == ["ORG3"]


def test_current_alembic_head_names_the_newest_migration():
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert (SERVICE_ROOT / ".current-alembic-head").read_text().strip() == head


def test_migrations_create_exactly_the_modelled_schema(engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_demo_gives_org1_schemes_with_locations_once(session):
    from organisations_service.data.models import Location, Scheme

    seed_demo(session)
    counts = (_count(session, Scheme), _count(session, Location))
    seed_demo(session)
    assert (_count(session, Scheme), _count(session, Location)) == counts
    org1 = queries.get_organisation_by_code(session, "ORG1")
    owned = session.scalars(select(Scheme).where(Scheme.owning_organisation_id == org1.id)).all()
    assert len(owned) >= 2 and all(scheme.confirmed for scheme in owned)
    assert org1.phone and [p.rent_period for p in org1.rent_periods] == [1, 2, 4]
