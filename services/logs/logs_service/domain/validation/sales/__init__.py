"""Sales validation: hard errors and soft warnings of sales logs, as rules (data) with small named
predicates, run by the same engine as lettings (`engine.rules_for("sales")`)."""

from logs_service.domain.validation.model import Rule
from logs_service.domain.validation.sales import financial, household, sale, soft

HARD_RULES: tuple[Rule, ...] = (*household.RULES, *financial.RULES, *sale.RULES)
SOFT_RULES: tuple[Rule, ...] = (*soft.SOFT_RULES, *household.SOFT_RULES)
RULES: tuple[Rule, ...] = (*HARD_RULES, *SOFT_RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

_MERGES = "needs organisation merge dates, which the organisations service does not yet give the logs service"
_QUESTION = "checked when an answer is parsed (answer_types.py), reported with this rule id by the validation API"
# Reference sales rules for 2025/26 and 2026/27 that this engine does not run, and why.
SALES_NOT_IMPLEMENTED: dict[str, str] = {
    "setup.saledate_outside_collection_window": "collection window and crossover depend on the form's open and "
    "edit dates (not yet ported for sales); the sales form only offers open collection years",
    "setup.saledate_more_than_14_days_ahead": "not yet ported (needs the same 'allow future form use' toggle as the "
    "collection window check)",
    "setup.saledate_owning_org_merged": _MERGES,
    "setup.saledate_owning_org_not_yet_active": _MERGES + " (available from)",
    "setup.owning_org_merged_before_saledate": _MERGES,
    "setup.owning_org_absorbing_not_yet_active": _MERGES + " (available from)",
    "setup.owning_org_dsa_not_signed": "needs data sharing agreement status; the organisation choices leave out "
    "organisations without a signed agreement",
    "date.invalid_date": "not yet ported for sales: answers are parsed as ISO dates, so an impossible date is "
    "rejected when the answer is parsed",
    "property.uprn_format": "not yet ported for sales (lettings rule property.uprn_format applies the same check)",
    "property.postcode_format": "not yet ported for sales (lettings has the same postcode pattern)",
    "property.ppostcode_format": "not yet ported for sales (lettings has the same postcode pattern)",
    "property.la_not_in_england": "not yet ported for sales (needs the address-or-postcode variant on saledate)",
    "property.la_not_active_on_saledate": "not yet ported for sales (needs the local authority table, as lettings)",
    "property.uprn_lookup_failed": "needs an Ordnance Survey address lookup, which the service does not call yet",
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
