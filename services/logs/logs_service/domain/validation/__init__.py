"""Lettings validation: hard errors and soft warnings, as rules (data) with small named predicates."""

from logs_service.domain.validation.engine import (
    DORMANT,
    NOT_IMPLEMENTED,
    RULES,
    RULES_BY_ID,
    soft_check_fires,
    validate,
)
from logs_service.domain.validation.model import Facts, FieldError, Hit, Rule, ValidationResult, Warning

__all__ = [
    "DORMANT",
    "NOT_IMPLEMENTED",
    "RULES",
    "RULES_BY_ID",
    "Facts",
    "FieldError",
    "Hit",
    "Rule",
    "ValidationResult",
    "Warning",
    "soft_check_fires",
    "validate",
]
