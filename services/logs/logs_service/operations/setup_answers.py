"""Set-up answers that follow the organisation and scheme chosen, settled before a change is checked and stored, as
the live service settles them before validating: the managing agent must manage for the owner, a referral
register answered for another kind of owner is asked again, and a new scheme's location is chosen again (its
only location, else asked). They need the organisations and schemes, so they are not derivations."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from logs_service.domain.organisation_choices import (
    LOCATION,
    MANAGING_ORGANISATION,
    OWNING_ORGANISATION,
    SCHEME,
    OrganisationChoices,
)

REFERRAL_REGISTER = "referral_register"  # lettings 2026/27: its answers differ for local authorities and PRPs


def reconcile_setup_answers(
    answers: dict[str, Any], previous: Mapping[str, Any], given: Collection[str], choices: OrganisationChoices
) -> None:
    """`previous`: the stored answers ({} for a new log); `given`: the answers of this change."""
    reconcile_managing_agent(answers, previous.get(OWNING_ORGANISATION), given, choices)
    _forget_referral_register_of_other_owner_type(answers, previous, choices)
    _choose_location_of_new_scheme(answers, previous, choices)


def reconcile_managing_agent(
    answers: dict[str, Any], previous_owner: str | None, given: Collection[str], choices: OrganisationChoices
) -> None:
    """After the owner changed, keep the managing agent only if it still manages for the new owner."""
    owner = answers.get(OWNING_ORGANISATION)
    if MANAGING_ORGANISATION in given or (owner == previous_owner and answers.get(MANAGING_ORGANISATION)):
        return
    if answers.get(MANAGING_ORGANISATION) not in {o.id for o in choices.managing_agents(owner)}:
        answers[MANAGING_ORGANISATION] = choices.default_managing_agent(owner)


def _forget_referral_register_of_other_owner_type(
    answers: dict[str, Any], previous: Mapping[str, Any], choices: OrganisationChoices
) -> None:
    owner, previous_owner = answers.get(OWNING_ORGANISATION), previous.get(OWNING_ORGANISATION)
    if not owner or not previous_owner or owner == previous_owner:
        return
    if choices.provider_type(owner) != choices.provider_type(previous_owner):
        answers.pop(REFERRAL_REGISTER, None)


def _choose_location_of_new_scheme(
    answers: dict[str, Any], previous: Mapping[str, Any], choices: OrganisationChoices
) -> None:
    """A location chosen in the same change is kept; otherwise the scheme's only location is chosen (its location
    page is not shown), or none, to be asked. The live service counts locations active within two weeks; these
    are the ones the location question offers."""
    scheme = answers.get(SCHEME)
    if scheme == previous.get(SCHEME) or answers.get(LOCATION) != previous.get(LOCATION):
        return
    locations = choices.locations(scheme)
    if len(locations) == 1:
        answers[LOCATION] = locations[0].id
    else:
        answers.pop(LOCATION, None)
