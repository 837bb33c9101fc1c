"""A new absorbing organisation's `available_from` (its merge date) and whether an organisation has absorbed
others: set by a merge, migrated, and shown to every caller of GetOrganisation (logs validates with them)."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from alembic import command

from core.organisations.v1 import organisations_pb2 as pb
from core_platform.config import PlatformSettings
from core_platform.grpc_client import call
from core_platform.migrations import alembic_config
from organisations_service.data.models import Organisation
from organisations_service.manage import MIGRATIONS_DIR


def _merge(stub, keys, absorbing, merged, day, *, new):
    request = pb.MergeOrganisationsRequest(
        absorbing_organisation_id=str(absorbing.id),
        merged_organisation_ids=[str(o.id) for o in merged],
        merge_date=day.isoformat(),
        absorbing_organisation_active_from_merge_date=new,
    )
    return call(stub.MergeOrganisations, request, token=keys.token(role="support", organisation_id=""))


def _get_as_provider_elsewhere(stub, keys, organisation):
    """As a data provider of another organisation: the fields every caller sees."""
    token = keys.token("data_provider", "00000000-0000-0000-0000-000000000001")
    return call(stub.GetOrganisation, pb.GetOrganisationRequest(id=str(organisation.id)), token=token)


def test_merge_into_a_new_organisation_makes_it_available_from_the_merge_date(stub, keys, session, make_organisation):
    absorbing, merged = make_organisation(), make_organisation()
    day = date.today() + timedelta(days=10)
    response = _merge(stub, keys, absorbing, [merged], day, new=True)
    assert response.absorbing_organisation.available_from == day.isoformat()
    assert response.absorbing_organisation.has_absorbed_organisations
    assert response.merged_organisations[0].available_from == ""
    assert not response.merged_organisations[0].has_absorbed_organisations
    session.expire_all()
    assert session.get(Organisation, absorbing.id).available_from == day


def test_merge_into_an_existing_organisation_leaves_available_from_unset(stub, keys, session, make_organisation):
    absorbing, merged = make_organisation(), make_organisation()
    response = _merge(stub, keys, absorbing, [merged], date.today(), new=False)
    assert response.absorbing_organisation.available_from == ""
    assert response.absorbing_organisation.has_absorbed_organisations
    session.expire_all()
    assert session.get(Organisation, absorbing.id).available_from is None


def test_every_caller_sees_available_from_and_absorbed_organisations(stub, keys, make_organisation):
    absorbing, merged, bystander = make_organisation(), make_organisation(), make_organisation()
    day = date.today() - timedelta(days=3)
    _merge(stub, keys, absorbing, [merged], day, new=True)
    seen = _get_as_provider_elsewhere(stub, keys, absorbing)
    assert not seen.details_visible
    assert (seen.available_from, seen.has_absorbed_organisations) == (day.isoformat(), True)
    other = _get_as_provider_elsewhere(stub, keys, bystander)
    assert (other.available_from, other.has_absorbed_organisations) == ("", False)


def test_listed_organisations_carry_available_from(stub, keys, make_organisation):
    absorbing = make_organisation(available_from=date(2025, 6, 1))
    make_organisation(absorbing_organisation_id=absorbing.id, merge_date=date(2025, 6, 1))
    listed = {
        o.id: o
        for o in call(
            stub.ListOrganisations, pb.ListOrganisationsRequest(), token=keys.token(role="support", organisation_id="")
        )
    }
    assert listed[str(absorbing.id)].available_from == "2025-06-01"
    assert listed[str(absorbing.id)].has_absorbed_organisations


def test_migration_004_adds_and_removes_a_nullable_available_from(tmp_path):
    database = tmp_path / "organisations.sqlite"
    settings = PlatformSettings(
        service="organisations",
        environment="test",
        var_dir=tmp_path,
        database_url=f"sqlite:///{database}",
        database_schema=None,
        amqp_url="",
        otel_endpoint="",
        log_level="INFO",
    )
    config = alembic_config(MIGRATIONS_DIR, settings)
    engine = sa.create_engine(f"sqlite:///{database}")

    def columns() -> dict[str, dict]:
        return {c["name"]: c for c in sa.inspect(engine).get_columns("organisations")}

    command.upgrade(config, "003_alerts_and_resources")
    assert "available_from" not in columns()
    command.upgrade(config, "004_available_from")
    assert columns()["available_from"]["nullable"]
    command.downgrade(config, "003_alerts_and_resources")
    assert "available_from" not in columns()
    engine.dispose()
