"""Tenancy rules: type and length, the other tenancy type, joint tenancies."""

from __future__ import annotations

from logs_service.domain.validation.model import BOTH, Facts, Hit, hard

FIXED_TERM = (4, 6)
PERIODIC = 8
OTHER = 3
SOCIAL_OR_AFFORDABLE = (0, 1, 2)
FIXED_LENGTH = "Enter a tenancy length between %{min_tenancy_length} and 99 years for a tenancy of this type."
PERIODIC_LENGTH = (
    "Enter a tenancy length between %{min_tenancy_length} and 99 years (or don't specify the length) for a tenancy "
    "of this type."
)
LENGTH_NOT_REQUIRED = "You must only answer the length of the tenancy if it’s fixed-term."
TENANCY_LABELS = {"main_field_label": "tenancy type", "other_field_label": "other tenancy type"}


def _length(facts: Facts) -> int | None:
    length = facts.get("tenancylength")
    return int(length) if isinstance(length, int | float) and not isinstance(length, bool) else None


def _outside(length: int, minimum: int) -> Hit | None:
    return None if minimum <= length <= 99 else Hit(values={"min_tenancy_length": minimum})


def supported_fixed_term_length(facts: Facts) -> Hit | None:
    length = _length(facts)
    if length is None or facts.get("tenancy") not in FIXED_TERM or facts.get("needstype") != 2:
        return None
    return _outside(length, 1)


def general_needs_social_fixed_term_length(facts: Facts) -> Hit | None:
    length = _length(facts)
    if length is None or facts.get("tenancy") not in FIXED_TERM or facts.get("needstype") != 1:
        return None
    if facts.get("rent_type") not in SOCIAL_OR_AFFORDABLE:
        return None
    return _outside(length, 2)


def general_needs_other_fixed_term_length(facts: Facts) -> Hit | None:
    length = _length(facts)
    if length is None or facts.get("tenancy") not in FIXED_TERM or facts.get("needstype") != 1:
        return None
    if facts.get("rent_type") in SOCIAL_OR_AFFORDABLE:
        return None
    return _outside(length, 1)


def periodic_length(facts: Facts) -> Hit | None:
    length = _length(facts)
    if length is None or facts.get("tenancy") != PERIODIC:
        return None
    return _outside(length, 1)


def length_not_required(facts: Facts) -> bool:
    return facts.given("tenancylength") and facts.get("tenancy") not in (*FIXED_TERM, PERIODIC)


def tenancyother_missing(facts: Facts) -> Hit | None:
    if facts.get("tenancy") == OTHER and not facts.given("tenancyother"):
        return Hit(values=TENANCY_LABELS)
    return None


def tenancyother_not_required(facts: Facts) -> Hit | None:
    if facts.get("tenancy") != OTHER and facts.given("tenancyother"):
        return Hit(values=TENANCY_LABELS)
    return None


def joint_with_one_person(facts: Facts) -> bool:
    return facts.startdate is not None and facts.get("joint") == 1 and facts.get("hhmemb") == 1


RULES = (
    hard(
        "tenancy.supported_fixed_term_length",
        BOTH,
        ("needstype", "tenancylength", "tenancy"),
        FIXED_LENGTH,
        supported_fixed_term_length,
    ),
    hard(
        "tenancy.general_needs_social_fixed_term_length",
        BOTH,
        ("needstype", "rent_type", "tenancylength", "tenancy"),
        FIXED_LENGTH,
        general_needs_social_fixed_term_length,
    ),
    hard(
        "tenancy.general_needs_other_fixed_term_length",
        BOTH,
        ("needstype", "rent_type", "tenancylength", "tenancy"),
        FIXED_LENGTH,
        general_needs_other_fixed_term_length,
    ),
    hard("tenancy.periodic_length", BOTH, ("tenancylength", "tenancy"), PERIODIC_LENGTH, periodic_length),
    hard("tenancy.length_not_required", BOTH, ("tenancylength", "tenancy"), LENGTH_NOT_REQUIRED, length_not_required),
    hard(
        "tenancy.tenancyother_missing",
        BOTH,
        ("tenancy", "tenancyother"),
        "If %{main_field_label} is other then %{other_field_label} must be provided.",
        tenancyother_missing,
    ),
    hard(
        "tenancy.tenancyother_not_required",
        BOTH,
        ("tenancyother",),
        "%{other_field_label} must not be provided if %{main_field_label} was not other.",
        tenancyother_not_required,
    ),
    hard(
        "tenancy.joint_with_one_person",
        BOTH,
        ("joint", "hhmemb"),
        "This cannot be a joint tenancy as you've told us there’s only one person in the household.",
        joint_with_one_person,
        {"hhmemb": "There must be more than one person in the household as you've told us this is a joint tenancy."},
    ),
)
