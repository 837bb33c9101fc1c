"""ValidateLog: a log's answers checked as a lenient create would check them, nothing stored."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from core_platform.auth.principal import Principal
from core_platform.errors import InvalidArgument, PermissionDenied
from logs_service.domain.forms.collection_years import collection_year_of
from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.parsing import UNKNOWN_QUESTION, field_names, is_blank, parse_answers_leniently
from logs_service.domain.forms.registry import LOG_DATE_FIELDS, form_for, form_for_log
from logs_service.domain.logs import COMPLETED, IN_PROGRESS
from logs_service.domain.organisation_choices import MANAGING_ORGANISATION, OWNING_ORGANISATION
from logs_service.domain.validation import FieldError, ValidationResult
from logs_service.operations.addresses import UPRN_LOOKUP_FAILED, look_up_address
from logs_service.operations.common import Dependencies, form_context
from logs_service.operations.validation import check_log, parse_rule

logger = logging.getLogger(__name__)

VALIDATED_YEARS = (2025, 2026)
UNKNOWN_LOG_TYPE = "Log type must be lettings or sales"
CHOOSE_YEAR = "Collection year must be 2025 or 2026"
NO_ORGANISATION = "You need to belong to an organisation to record logs"


@dataclass(frozen=True)
class Validated:
    collection_year: int
    status: str  # in_progress or completed
    result: ValidationResult


def year_of_start_date(raw: Any) -> int | None:
    """The collection year a log's date (tenancy start or sale completion) falls in (April to March),
    when it is a date of a year with a form; the rules then say whether that year still accepts it."""
    try:
        year = collection_year_of(date.fromisoformat(str(raw)))
    except ValueError:
        return None
    return year if year in VALIDATED_YEARS else None


def validate_log(
    deps: Dependencies,
    principal: Principal,
    log_type: str,
    raw: Mapping[str, Any],
    collection_year: int | None = None,
) -> Validated:
    """Parse errors (with the reference rule ids of the numeric and date checks), then every rule of
    the log type over the parsed answers and the values derived from them. Without a collection
    year the log type's own date (startdate, saledate) chooses the form. The organisations default to the
    caller's, as on create. Unknown field names are InvalidArgument; nothing is stored."""
    if log_type not in LOG_DATE_FIELDS:
        raise InvalidArgument(UNKNOWN_LOG_TYPE, {"log_type": UNKNOWN_LOG_TYPE})
    if collection_year is not None and collection_year not in VALIDATED_YEARS:
        raise InvalidArgument(CHOOSE_YEAR, {"collection_year": CHOOSE_YEAR})
    if not principal.is_support and not principal.organisation_id:
        raise PermissionDenied(NO_ORGANISATION)
    choices = deps.choices(principal)
    today = deps.today()
    given = {name: value for name, value in raw.items() if not is_blank(value)}
    year = collection_year if collection_year is not None else year_of_start_date(given.get(LOG_DATE_FIELDS[log_type]))
    form = form_for(log_type, year) if year is not None else form_for_log(log_type, None, today)
    known = field_names(form)
    unknown = {name: UNKNOWN_QUESTION for name in raw if name not in known}
    if unknown:
        raise InvalidArgument("", unknown)
    answers: dict[str, Any] = {}
    if is_blank(raw.get(OWNING_ORGANISATION)):
        answers[OWNING_ORGANISATION] = choices.default_stock_owner()
    parsed, parse_errors = parse_answers_leniently(form, given, form_context(deps, principal, choices, answers))
    parsed, uprn_errors = look_up_address(deps.addresses, deps.postcodes, parsed, {})
    answers.update(parsed)
    if not answers.get(MANAGING_ORGANISATION):
        answers[MANAGING_ORGANISATION] = choices.default_managing_agent(answers.get(OWNING_ORGANISATION))
    given = {name: value for name, value in answers.items() if value is not None}
    answers = derive_answers(form, given, linked=choices.linked_records(given))
    context = form.prepared(replace(form_context(deps, principal, choices, answers), start_year=form.start_year))
    checked = check_log(form, context)
    errors = tuple(FieldError(name, message, parse_rule(message, name)) for name, message in parse_errors.items())
    errors += tuple(FieldError(name, message, UPRN_LOOKUP_FAILED) for name, message in uprn_errors.items())
    result = ValidationResult(errors + checked.errors, checked.warnings)
    complete = not result.errors and form.is_completed(context)
    logger.info(
        "log validated", extra={"log_type": log_type, "errors": len(result.errors), "warnings": len(result.warnings)}
    )
    return Validated(form.start_year, COMPLETED if complete else IN_PROGRESS, result)
