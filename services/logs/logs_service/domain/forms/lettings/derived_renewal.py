"""What a renewal (the same tenant in the same property, renewal = 1) gives a letting (reference
`derived_variables.json`, lettings renewal-derived answers, voiddate, unitletas, prevten and the previous address):
the answers its skipped questions would have had, taken back again once the letting is no longer a renewal."""

from __future__ import annotations

from typing import Any

from logs_service.domain.forms.changes import AnswerChanges
from logs_service.domain.forms.derived_values import ValuedDependency, set_or_forget
from logs_service.domain.forms.lettings.derived_changes import GENERAL_NEEDS

RENEWAL = 1
RENEWAL_REASON = 14  # rsnvac "Renewal of fixed-term tenancy"
# Answers of the questions a renewal skips: on the waiting list under a year, never offered, not a first let; in
# 2025/26 an internal transfer from a PRP-only register, from 2026/27 "Renewal to the same tenant" (referral_register).
SKIPPED = {"waityear": 2, "offered": 0, "rsnvac": RENEWAL_REASON, "first_time_property_let_as_social_housing": 0}
SKIPPED_2025 = {"referral": 1, "referral_type": 3, **SKIPPED}
SKIPPED_2026 = {"referral_register": 1, **SKIPPED}
# rent_type -> unitletas: the property was let on the same basis before
LET_BEFORE_AS: dict[Any, int] = {0: 1, 1: 2, 2: 5, 3: 6, 4: 7, 5: 8, 6: 9}
# The owner's provider type -> a general needs tenant's previous tenure: its own general needs tenancy
PREVIOUS_TENURE = {"PRP": 32, "LA": 30}
PREVIOUS_POSTCODE_KNOWN: dict[Any, int] = {1: 0, 0: 1}  # postcode_known (1 known) -> ppcodenk (0 known)


def renewal_dependency(start_year: int) -> ValuedDependency:
    return {"renewal": RENEWAL}, SKIPPED_2026 if start_year >= 2026 else SKIPPED_2025


def forget_renewal_answers(derived: dict[str, Any], changes: AnswerChanges) -> None:
    """The void date and previous letting basis given for a renewal; a general needs renewal's previous tenure
    once it is either no longer (the live service asks only that the managing agent is known)."""
    if changes.changed("renewal", was=RENEWAL):
        derived.pop("voiddate", None)
        derived.pop("unitletas", None)
    before = changes.before
    was_general_needs_renewal = before.get("needstype") == GENERAL_NEEDS and before.get("renewal") == RENEWAL
    moved = changes.changed("needstype") or changes.changed("renewal")
    if was_general_needs_renewal and moved and derived.get("managing_organisation_id"):
        derived.pop("prevten", None)


def derive_renewal(derived: dict[str, Any], owner_provider_type: str) -> None:
    """The property was empty no time, let on the same basis, and (general needs) to the owner's own tenant; the
    household's last settled home is the property itself."""
    set_or_forget(derived, "voiddate", derived.get("startdate"))
    set_or_forget(derived, "unitletas", LET_BEFORE_AS.get(derived.get("rent_type")))
    if derived.get("needstype") == GENERAL_NEEDS and owner_provider_type in PREVIOUS_TENURE:
        derived["prevten"] = PREVIOUS_TENURE[owner_provider_type]
    _previous_home(derived)


def _previous_home(derived: dict[str, Any]) -> None:
    la = derived.get("la")
    set_or_forget(derived, "ppostcode_full", derived.get("postcode_full"))
    set_or_forget(derived, "ppcodenk", PREVIOUS_POSTCODE_KNOWN.get(derived.get("postcode_known")))
    set_or_forget(derived, "is_previous_la_inferred", derived.get("is_la_inferred"))
    set_or_forget(derived, "previous_la_known", 1 if la else None)
    set_or_forget(derived, "prevloc", la)
