"""The logs gRPC server. Run: `python -m logs_service.server`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from core_platform.auth.identity_keys import identity_token_verifier
from core_platform.auth.tokens import TokenVerifier
from core_platform.db import SessionFactory, make_engine, make_session_factory
from core_platform.grpc_client import open_channel
from core_platform.grpc_server import GrpcServer, Registration, build_grpc_server, run_until_terminated
from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from logs_service.address_lookup import address_lookup
from logs_service.config import SERVICE, LogsSettings, load_settings
from logs_service.data.local_authority_options import ReferenceLocalAuthorities
from logs_service.domain.addresses import AddressLookup, OfflineAddressLookup
from logs_service.domain.organisation_choices import OptionSources
from logs_service.domain.organisations import OrganisationsDirectory
from logs_service.domain.postcodes import LocalAuthorityLookup, NoLocalAuthorityLookup
from logs_service.operations.common import Dependencies, london_today
from logs_service.organisations_cache import CachedOrganisationsDirectory
from logs_service.organisations_client import GrpcOrganisationsDirectory
from logs_service.postcodes_client import GrpcLocalAuthorityLookup
from logs_service.rpc import logs
from logs_service.schemes_client import GrpcSchemesDirectory
from logs_service.users_client import GrpcUsersDirectory


def registrations(
    session_factory: SessionFactory,
    organisations: OrganisationsDirectory,
    today: Callable[[], date] = london_today,
    sources: OptionSources | None = None,
    addresses: AddressLookup | None = None,
    postcodes: LocalAuthorityLookup | None = None,
) -> list[Registration]:
    """`today` decides which collection years are open; tests pin it. `sources`: the users, schemes,
    locations and local authorities the forms offer (none when not given). `addresses`: the address
    search (offline demo addresses when not given). `postcodes`: the local authority of a postcode (none
    found when not given)."""
    deps = Dependencies(
        session_factory,
        organisations,
        today,
        sources or OptionSources(),
        addresses=addresses or OfflineAddressLookup(),
        postcodes=postcodes or NoLocalAuthorityLookup(),
    )
    return [logs.register(deps)]


def build_server(
    settings: LogsSettings,
    session_factory: SessionFactory,
    verifier: TokenVerifier,
    organisations: OrganisationsDirectory,
    today: Callable[[], date] = london_today,
    sources: OptionSources | None = None,
    postcodes: LocalAuthorityLookup | None = None,
) -> GrpcServer:
    addresses = address_lookup(settings.address_lookup_url, settings.address_lookup_key)
    # Every method needs a token: no public methods besides health and reflection.
    return build_grpc_server(
        registrations(session_factory, organisations, today, sources, addresses, postcodes),
        settings.grpc_port,
        verifier,
    )


def fixed_day(day: date) -> Callable[[], date]:
    return lambda: day


def main() -> None:
    settings = load_settings()
    configure_logging(SERVICE, settings.platform.log_level)
    init_telemetry(SERVICE, settings.platform.otel_endpoint)
    engine = make_engine(settings.platform.database_url, settings.platform.database_schema)
    identity_channel = open_channel(settings.identity_addr)
    organisations_channel = open_channel(settings.organisations_addr)
    verifier = identity_token_verifier(identity_channel)
    organisations = CachedOrganisationsDirectory(GrpcOrganisationsDirectory(organisations_channel))
    session_factory = make_session_factory(engine)
    sources = OptionSources(
        users=GrpcUsersDirectory(identity_channel),
        schemes=GrpcSchemesDirectory(organisations_channel),
        local_authorities=ReferenceLocalAuthorities(session_factory),
    )
    today = fixed_day(settings.pinned_today) if settings.pinned_today else london_today
    postcodes = GrpcLocalAuthorityLookup(organisations_channel)
    run_until_terminated(build_server(settings, session_factory, verifier, organisations, today, sources, postcodes))


if __name__ == "__main__":
    main()
