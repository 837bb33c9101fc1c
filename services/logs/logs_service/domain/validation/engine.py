"""The lettings validation engine: every rule of every area, run over a log's answers.

One engine serves the question pages, the REST API, bulk upload and the export. Hard rules give
field errors (the answer cannot be saved as it is); soft rules give warnings that the user
confirms on an interruption page (their confirmation field answered 0, "Yes").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from logs_service.domain.validation import (
    absorbing_rules,
    dates,
    financial,
    household,
    organisation_rules,
    property,
    sales,
    scheme_rules,
    setup,
    tenancy,
)
from logs_service.domain.validation.model import (
    HARD,
    SOFT,
    UPRN_CHECKED_WHEN_PARSED,
    Facts,
    FieldError,
    Hit,
    Rule,
    ValidationResult,
    Warning,
    fill,
)

CONFIRMED = 0  # a confirmation field answered "Yes, this is correct"

HARD_RULES: tuple[Rule, ...] = (
    *setup.RULES,
    *organisation_rules.RULES,
    *absorbing_rules.RULES,
    *scheme_rules.RULES,
    *dates.RULES,
    *property.RULES,
    *household.RULES,
    *financial.RULES,
    *tenancy.RULES,
)
SOFT_RULES: tuple[Rule, ...] = (
    *financial.SOFT_RULES[:1],
    *dates.SOFT_RULES,
    *household.SOFT_RULES,
    *financial.SOFT_RULES[1:],
)
RULES: tuple[Rule, ...] = (*HARD_RULES, *SOFT_RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
# Every log type's rules: `validate(facts, rules=rules_for(log_type))`.
RULES_BY_LOG_TYPE: dict[str, tuple[Rule, ...]] = {"lettings": RULES, "sales": sales.RULES}


def rules_for(log_type: str) -> tuple[Rule, ...]:
    return RULES_BY_LOG_TYPE[log_type]


_NUMERIC = "checked when an answer is parsed (answer_types.py), reported with this rule id by the validation API"
# Reference rules for 2025/26 and 2026/27 that this engine does not run, and why.
NOT_IMPLEMENTED: dict[str, str] = {
    "setup.user_not_in_owning_or_managing_org": "needs the assigned user's organisation, which identity shows only "
    "to callers who may list that organisation's users; the assigned_to_id answer is parsed against the active "
    "users of the owning and managing organisations, which enforces the same condition on every save",
    "property.uprn_lookup_failed": UPRN_CHECKED_WHEN_PARSED,
    "shared.numeric_format": _NUMERIC,
    "shared.numeric_min_max": _NUMERIC,
    "shared.numeric_step": _NUMERIC,
}
# Rules whose inputs are not collected in 2025/26 or 2026/27 (reference `years: []`).
DORMANT = (
    "household.reason_code_32_needs_benefitcap_dont_know",
    "financial.tshortfall_over_carehome_charge",
    "financial.carehome_charge_out_of_range",
)


def applicable_rules(year: int, kind: str | None = None) -> tuple[Rule, ...]:
    return tuple(rule for rule in RULES if year in rule.years and (kind is None or rule.kind == kind))


def _hit(rule: Rule, facts: Facts) -> Hit | None:
    outcome = rule.test(facts)
    if outcome is None or outcome is False:
        return None
    return outcome if isinstance(outcome, Hit) else Hit()


def rule_errors(rule: Rule, hit: Hit) -> list[FieldError]:
    fields = rule.fields if hit.fields is None else hit.fields
    return [
        FieldError(name, hit.messages.get(name) or fill(rule.message_for(name), hit.values), rule.id) for name in fields
    ]


def rule_warning(rule: Rule, hit: Hit) -> Warning:
    return Warning(
        rule.id,
        rule.fields,
        fill(rule.message, hit.values),
        rule.confirm_field,
        fill(rule.informative_text, hit.values),
        dict(hit.values),
    )


def is_confirmed(answers: Mapping[str, Any], confirm_field: str) -> bool:
    return answers.get(confirm_field) == CONFIRMED


def validate(facts: Facts, *, include_confirmed: bool = False, rules: Iterable[Rule] | None = None) -> ValidationResult:
    """Every hard error and every soft warning of the log's year. Warnings already confirmed
    (confirmation field 0) are left out unless `include_confirmed`."""
    errors: list[FieldError] = []
    warnings: list[Warning] = []
    for rule in rules if rules is not None else RULES:
        if facts.year not in rule.years:
            continue
        if rule.kind == SOFT and not include_confirmed and is_confirmed(facts.answers, rule.confirm_field):
            continue
        hit = _hit(rule, facts)
        if hit is None:
            continue
        if rule.kind == HARD:
            errors.extend(rule_errors(rule, hit))
        else:
            warnings.append(rule_warning(rule, hit))
    return ValidationResult(tuple(errors), tuple(warnings))


def soft_check_fires(rule_id: str, facts: Facts) -> bool:
    """Does the soft check fire (confirmed or not)? Interruption pages route on this."""
    rule = RULES_BY_ID[rule_id]
    return facts.year in rule.years and _hit(rule, facts) is not None
