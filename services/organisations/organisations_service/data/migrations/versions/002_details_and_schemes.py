"""Organisation details (contact, units, rent periods), name changes, merges, data protection
confirmations; schemes, locations and their deactivation periods.

Revision ID: 002_details_and_schemes
Revises: 001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "002_details_and_schemes"
down_revision = "001_initial"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _organisation_fk(table: str, suffix: str = "organisation") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["organisation_id"], ["organisations.id"], name=f"fk_{table}_{suffix}", ondelete="CASCADE"
    )


def upgrade() -> None:
    _add_organisation_details()
    _create_organisation_children()
    _create_schemes()
    _create_locations()


def _add_organisation_details() -> None:
    with op.batch_alter_table("organisations") as batch:
        for name, length in (
            ("housing_registration_no", 20),
            ("address_line1", 200),
            ("address_line2", 200),
            ("postcode", 10),
            ("phone", 30),
        ):
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
        batch.add_column(sa.Column("general_needs_units", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("supported_housing_units", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("merge_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("absorbing_organisation_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key("fk_organisations_absorbing", "organisations", ["absorbing_organisation_id"], ["id"])


def _create_organisation_children() -> None:
    op.create_table(
        "organisation_rent_periods",
        *_timestamps(),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("rent_period", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_rent_periods"),
        sa.UniqueConstraint("organisation_id", "rent_period", name="uq_organisation_rent_periods_pair"),
        _organisation_fk("organisation_rent_periods"),
    )
    op.create_table(
        "organisation_name_changes",
        *_timestamps(),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("previous_name", sa.String(200), nullable=False),
        sa.Column("startdate", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_name_changes"),
        _organisation_fk("organisation_name_changes"),
    )
    op.create_index("ix_organisation_name_changes_organisation_id", "organisation_name_changes", ["organisation_id"])
    op.create_table(
        "data_protection_confirmations",
        *_timestamps(),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("data_protection_officer_id", sa.String(64), nullable=False),
        sa.Column("data_protection_officer_name", sa.String(200), nullable=False),
        sa.Column("data_protection_officer_email", sa.String(254), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_data_protection_confirmations"),
        _organisation_fk("data_protection_confirmations"),
    )
    op.create_index(
        "ix_data_protection_confirmations_organisation_id", "data_protection_confirmations", ["organisation_id"]
    )


def _create_schemes() -> None:
    op.create_table(
        "schemes",
        *_timestamps(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("owning_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("managing_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("service_name", sa.String(200), nullable=False),
        sa.Column("sensitive", sa.Integer(), nullable=True),
        sa.Column("scheme_type", sa.Integer(), nullable=True),
        sa.Column("registered_under_care_act", sa.Integer(), nullable=True),
        sa.Column("arrangement_type", sa.String(1), nullable=True),
        sa.Column("primary_client_group", sa.String(1), nullable=True),
        sa.Column("has_other_client_group", sa.Integer(), nullable=True),
        sa.Column("secondary_client_group", sa.String(1), nullable=True),
        sa.Column("support_type", sa.Integer(), nullable=True),
        sa.Column("intended_stay", sa.String(1), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_schemes"),
        sa.UniqueConstraint("number", name="uq_schemes_number"),
        sa.ForeignKeyConstraint(
            ["owning_organisation_id"], ["organisations.id"], name="fk_schemes_owning_organisation"
        ),
        sa.ForeignKeyConstraint(
            ["managing_organisation_id"], ["organisations.id"], name="fk_schemes_managing_organisation"
        ),
    )
    op.create_index("ix_schemes_owning_organisation_id", "schemes", ["owning_organisation_id"])
    op.create_index("ix_schemes_service_name", "schemes", ["service_name"])
    op.create_table(
        "scheme_deactivation_periods",
        *_timestamps(),
        sa.Column("scheme_id", sa.Uuid(), nullable=False),
        sa.Column("deactivation_date", sa.Date(), nullable=False),
        sa.Column("reactivation_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_scheme_deactivation_periods"),
        sa.ForeignKeyConstraint(
            ["scheme_id"], ["schemes.id"], name="fk_scheme_deactivation_periods_scheme", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_scheme_deactivation_periods_scheme_id", "scheme_deactivation_periods", ["scheme_id"])


def _create_locations() -> None:
    op.create_table(
        "locations",
        *_timestamps(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Uuid(), nullable=False),
        sa.Column("postcode", sa.String(10), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("location_code", sa.String(10), nullable=False),
        sa.Column("location_admin_district", sa.String(100), nullable=False),
        sa.Column("is_la_inferred", sa.Boolean(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=True),
        sa.Column("type_of_unit", sa.Integer(), nullable=True),
        sa.Column("mobility_type", sa.String(1), nullable=True),
        sa.Column("startdate", sa.Date(), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_locations"),
        sa.UniqueConstraint("number", name="uq_locations_number"),
        sa.ForeignKeyConstraint(["scheme_id"], ["schemes.id"], name="fk_locations_scheme", ondelete="CASCADE"),
    )
    op.create_index("ix_locations_scheme_id", "locations", ["scheme_id"])
    op.create_index("ix_locations_postcode", "locations", ["postcode"])
    op.create_table(
        "location_deactivation_periods",
        *_timestamps(),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("deactivation_date", sa.Date(), nullable=False),
        sa.Column("reactivation_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_location_deactivation_periods"),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name="fk_location_deactivation_periods_location", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_location_deactivation_periods_location_id", "location_deactivation_periods", ["location_id"])


def downgrade() -> None:
    for table in (
        "location_deactivation_periods",
        "locations",
        "scheme_deactivation_periods",
        "schemes",
        "data_protection_confirmations",
        "organisation_name_changes",
        "organisation_rent_periods",
    ):
        op.drop_table(table)
    with op.batch_alter_table("organisations") as batch:
        batch.drop_constraint("fk_organisations_absorbing", type_="foreignkey")
        for name in (
            "absorbing_organisation_id",
            "merge_date",
            "supported_housing_units",
            "general_needs_units",
            "phone",
            "postcode",
            "address_line2",
            "address_line1",
            "housing_registration_no",
        ):
            batch.drop_column(name)
