"""Sales validation: hard errors and soft warnings of sales logs, as rules (data) with small named
predicates, run by the same engine as lettings (`engine.rules_for("sales")`)."""

from logs_service.domain.validation.model import UPRN_CHECKED_WHEN_PARSED, Rule
from logs_service.domain.validation.sales import financial, household, property, sale, setup, soft

HARD_RULES: tuple[Rule, ...] = (*setup.RULES, *property.RULES, *household.RULES, *financial.RULES, *sale.RULES)
SOFT_RULES: tuple[Rule, ...] = (*soft.SOFT_RULES, *household.SOFT_RULES)
RULES: tuple[Rule, ...] = (*HARD_RULES, *SOFT_RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

_QUESTION = "checked when an answer is parsed (answer_types.py), reported with this rule id by the validation API"
# Reference sales rules for 2025/26 and 2026/27 that this engine does not run, and why.
SALES_NOT_IMPLEMENTED: dict[str, str] = {
    "property.uprn_lookup_failed": UPRN_CHECKED_WHEN_PARSED,
    "shared.numeric_format": _QUESTION,
    "shared.numeric_min_max": _QUESTION,
    "shared.numeric_step": _QUESTION,
}
# Rules whose inputs are not collected in 2025/26 or 2026/27 (reference `years: []`).
SALES_DORMANT = (
    "household.buyers_live_in_inconsistent",
    "sale.exdate_after_saledate",
    "sale.exdate_1_year_before_saledate",
    "sale.outright_sale_sum_mismatch",
)

__all__ = ["HARD_RULES", "RULES", "RULES_BY_ID", "SALES_DORMANT", "SALES_NOT_IMPLEMENTED", "SOFT_RULES"]
