"""Supported housing set-up rules: the chosen scheme and location must be complete and available on
the tenancy start date, and (from 2026/27) the property postcode must be the location's.

Schemes and locations come from the organisations service through `Facts.lookups`; while the scheme
or location cannot be found, these rules stay silent. The live service has no message for a scheme
that is "activating soon" (it shows a missing translation), and the organisations service gives no
scheme start date, so a scheme is only ever deactivated or reactivating soon here.
"""

from __future__ import annotations

from datetime import date

from logs_service.domain.validation.entities import (
    ACTIVE,
    DEACTIVATED,
    INCOMPLETE,
    LocationFacts,
    SchemeFacts,
    govuk_date,
    location_availability,
    scheme_availability,
)
from logs_service.domain.validation.model import BOTH, Facts, Hit, Outcome, fill, hard

SCHEME, LOCATION = "scheme_id", "location_id"
SCHEME_DEACTIVATED = (
    "The scheme %{name} was deactivated on %{date} and was not available on the day you entered. Select another "
    "scheme or edit the tenancy start date."
)
SCHEME_REACTIVATING = {
    "startdate": "The scheme %{name} is not available until %{date}. Enter a tenancy start date after %{date}.",
    SCHEME: "The scheme %{name} is not available until %{date}. Select another scheme or edit the tenancy start date.",
}
NO_ACTIVE_LOCATIONS = (
    "The scheme %{name} has no locations that are active on this date. Enter another date or choose another scheme."
)
LOCATION_DEACTIVATED = {
    "startdate": "The location %{postcode} is inactive on this date. Enter another date or choose another location.",
    LOCATION: "This location is not active on the tenancy start date. Choose another location or edit the tenancy "
    "start date.",
}
LOCATION_NOT_YET = {
    "startdate": "The location %{postcode} is not available until %{date}. Enter a tenancy start date after %{date}.",
    LOCATION: "The location %{postcode} is not available until %{date}. Select another location or edit the tenancy "
    "start date.",
}
LOCATION_INCOMPLETE = "This location is incomplete. Select another location or update this one."
POSTCODE_MISMATCH = (
    "The postcode in the address does not match the postcode for the location in the scheme. Please review your "
    "answers to the address or UPRN question (whichever you answered) and the location question."
)


def chosen_scheme(facts: Facts) -> SchemeFacts | None:
    scheme_id, owner_id = facts.get(SCHEME), facts.get("owning_organisation_id")
    return facts.lookups.scheme(str(scheme_id), str(owner_id or "")) if scheme_id else None


def chosen_location(facts: Facts) -> LocationFacts | None:
    scheme_id, location_id = facts.get(SCHEME), facts.get(LOCATION)
    if not scheme_id or not location_id:
        return None
    return next((loc for loc in facts.lookups.locations(str(scheme_id)) if loc.id == str(location_id)), None)


def _scheme_on_startdate(facts: Facts) -> tuple[SchemeFacts, date] | None:
    scheme, day = chosen_scheme(facts), facts.startdate
    return (scheme, day) if scheme is not None and day is not None else None


def scheme_incomplete(facts: Facts) -> bool:
    scheme = chosen_scheme(facts)
    return scheme is not None and scheme.status == INCOMPLETE


def scheme_no_completed_locations(facts: Facts) -> bool:
    scheme = chosen_scheme(facts)
    return scheme is not None and not any(loc.confirmed for loc in facts.lookups.locations(scheme.id))


def scheme_inactive_on_startdate(facts: Facts) -> Outcome:
    found = _scheme_on_startdate(facts)
    if found is None:
        return None
    scheme, day = found
    availability = scheme_availability(scheme, facts.lookups.organisation(scheme.owning_organisation_id), day)
    if not availability.unavailable:
        return None
    values = {"name": scheme.name, "date": govuk_date(availability.date)}
    if availability.status == DEACTIVATED:
        return Hit(values=values)
    return Hit(values=values, messages={name: fill(text, values) for name, text in SCHEME_REACTIVATING.items()})


def scheme_no_active_locations_on_startdate(facts: Facts) -> Outcome:
    found = _scheme_on_startdate(facts)
    if found is None:
        return None
    scheme, day = found
    owner = facts.lookups.organisation(scheme.owning_organisation_id)
    active = any(
        loc.confirmed and location_availability(loc, scheme, owner, day).status == ACTIVE
        for loc in facts.lookups.locations(scheme.id)
    )
    return None if active else Hit(values={"name": scheme.name})


def location_inactive_on_startdate(facts: Facts) -> Outcome:
    location, day = chosen_location(facts), facts.startdate
    if location is None or day is None:
        return None
    scheme = chosen_scheme(facts)
    owner = facts.lookups.organisation(scheme.owning_organisation_id) if scheme is not None else None
    availability = location_availability(location, scheme, owner, day)
    if not availability.unavailable:
        return None
    values = {"postcode": location.postcode, "date": govuk_date(availability.date)}
    texts = LOCATION_DEACTIVATED if availability.status == DEACTIVATED else LOCATION_NOT_YET
    on_location = fill(texts[LOCATION], values)
    return Hit(messages={"startdate": fill(texts["startdate"], values), LOCATION: on_location, SCHEME: on_location})


def location_incomplete(facts: Facts) -> bool:
    location = chosen_location(facts)
    return location is not None and (location.status == INCOMPLETE or not location.confirmed)


def _normalised(postcode: object) -> str:
    return str(postcode or "").replace(" ", "").upper()


def postcode_differs_from_location(facts: Facts) -> bool:
    location = chosen_location(facts)
    if location is None or not location.postcode or not facts.given("postcode_full"):
        return False
    return _normalised(facts.get("postcode_full")) != _normalised(location.postcode)


RULES = (
    hard(
        "setup.scheme_incomplete",
        BOTH,
        (SCHEME,),
        "This scheme is incomplete. Select another scheme or update this one.",
        scheme_incomplete,
    ),
    hard(
        "setup.scheme_no_completed_locations",
        BOTH,
        (SCHEME,),
        "This scheme cannot be chosen as it has no completed locations.",
        scheme_no_completed_locations,
    ),
    hard(
        "setup.scheme_inactive_on_startdate",
        BOTH,
        ("startdate", SCHEME),
        SCHEME_DEACTIVATED,
        scheme_inactive_on_startdate,
    ),
    hard(
        "setup.scheme_no_active_locations_on_startdate",
        BOTH,
        ("startdate", SCHEME),
        NO_ACTIVE_LOCATIONS,
        scheme_no_active_locations_on_startdate,
    ),
    hard(
        "setup.location_inactive_on_startdate",
        BOTH,
        ("startdate", LOCATION, SCHEME),
        LOCATION_DEACTIVATED["startdate"],
        location_inactive_on_startdate,
        {LOCATION: LOCATION_DEACTIVATED[LOCATION], SCHEME: LOCATION_DEACTIVATED[LOCATION]},
    ),
    hard("setup.location_incomplete", BOTH, (LOCATION, SCHEME), LOCATION_INCOMPLETE, location_incomplete),
    hard(
        "property.postcode_differs_from_location",
        (2026,),
        (LOCATION, "uprn", "postcode_full"),
        POSTCODE_MISMATCH,
        postcode_differs_from_location,
    ),
)
