"""Running the validation engine over a log's answers: the reference tables held per process and the
engine's view of a form context."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument
from logs_service.data.reference import load_reference
from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.form import Form
from logs_service.domain.forms.linked import NOTHING_LINKED, LinkedRecords
from logs_service.domain.forms.model import Choices, FormContext
from logs_service.domain.forms.parsing import INVALID_DATE
from logs_service.domain.forms.predicates import validation_facts
from logs_service.domain.organisation_choices import OrganisationChoices
from logs_service.domain.validation import ValidationResult, validate
from logs_service.domain.validation.engine import rules_for
from logs_service.domain.validation.entities import NO_LOOKUPS
from logs_service.domain.validation.model import Facts
from logs_service.domain.validation.reference import ReferenceData

LETTINGS = "lettings"
REFERENCE_MAX_AGE_SECONDS = 600.0  # an import of new rent ranges is seen within ten minutes
DATE_WINDOW = re.compile(r"^Enter a date within the .+ collection years?, which (is|are) between ")

# Parse errors (answer_types.py) reported with the reference rule ids of the checks they make; a
# field name, when given, limits an entry to that field (the date window message is the same for
# the tenancy start date and the sale completion date).
PARSE_RULES: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    (re.compile(r" must be a number\.$"), "shared.numeric_format", None),
    (re.compile(r" must be (between .+ and .+|at least .+)\.$"), "shared.numeric_min_max", None),
    (re.compile(r" must be (a whole number|given to the nearest .+)\.$"), "shared.numeric_step", None),
    (re.compile("^" + re.escape(INVALID_DATE) + "$"), "date.invalid_date", None),
    (DATE_WINDOW, "setup.saledate_outside_collection_window", "saledate"),
    (DATE_WINDOW, "setup.startdate_outside_collection_window", None),
    (
        re.compile(r"^The tenancy start date must not be later than 14 days from today"),
        "setup.startdate_more_than_14_days_ahead",
        None,
    ),
    (
        re.compile(r"^Sale completion date must not be later than 14 days from today"),
        "setup.saledate_more_than_14_days_ahead",
        None,
    ),
)
PARSE_RULE = "shared.invalid_answer"  # any other answer the form does not accept (not a reference id)


@dataclass
class ReferenceCache:
    """The rent ranges and local authorities, loaded once per process and reloaded when stale."""

    max_age: float = REFERENCE_MAX_AGE_SECONDS
    clock: Callable[[], float] = time.monotonic
    _loaded: ReferenceData | None = field(default=None, repr=False)
    _loaded_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def get(self, sessions: SessionFactory) -> ReferenceData:
        if self._loaded is not None and self.clock() - self._loaded_at < self.max_age:
            return self._loaded
        with self._lock:
            if self._loaded is None or self.clock() - self._loaded_at >= self.max_age:
                with session_scope(sessions) as session:
                    self._loaded = load_reference(session)
                self._loaded_at = self.clock()
        return self._loaded


@dataclass(frozen=True)
class FormLabels:
    """Answer option labels for the rules' messages, from the form in use."""

    form: Form

    def label(self, field_name: str, value: Any) -> str:
        question = self.form.question(field_name)
        if question is None or value is None:
            return ""
        return next((o.label for o in question.answer_options if o.value == str(value)), "")


def linked_records(choices: Choices, answers: Mapping[str, Any]) -> LinkedRecords:
    """What the derived values need of the owner and location the answers name, when the choices can tell."""
    return choices.linked_records(answers) if isinstance(choices, OrganisationChoices) else NOTHING_LINKED


def changed_answers(answers: Mapping[str, Any], previous: Mapping[str, Any] | None) -> frozenset[str] | None:
    """The answers that differ from the stored ones; None for a new log (every answer is new)."""
    if previous is None:
        return None
    return frozenset(name for name in {*answers, *previous} if answers.get(name) != previous.get(name))


def check_log(
    form: Form, context: FormContext, changed: frozenset[str] | None = None, *, include_confirmed: bool = False
) -> ValidationResult:
    """The hard errors and unconfirmed (or with `include_confirmed`, all) soft warnings of these answers
    (derived values included), by the rules of the form's log type. `changed`: the answers this save
    changed (None: all of them)."""
    facts = validation_facts(replace(context, start_year=form.start_year))
    choices = context.choices
    labelled = Facts(
        facts.answers,
        facts.year,
        facts.today,
        owner_provider_type=facts.owner_provider_type,
        reference=facts.reference,
        labels=FormLabels(form),
        had_startdate=facts.had_startdate,
        lookups=choices.lookups() if isinstance(choices, OrganisationChoices) else NO_LOOKUPS,
        changed=changed,
    )
    return validate(labelled, include_confirmed=include_confirmed, rules=rules_for(form.log_type))


def errors_on(result: ValidationResult, fields: Mapping[str, Any] | set[str]) -> dict[str, str]:
    """The first hard error message of each of these fields."""
    found: dict[str, str] = {}
    for error in result.errors:
        if error.field in fields and error.field not in found:
            found[error.field] = error.message
    return found


def parse_rule(message: str, field: str | None = None) -> str:
    """The reference rule id of a parse error on this field."""
    return next(
        (rule for pattern, rule, only in PARSE_RULES if only in (None, field) and pattern.search(message)), PARSE_RULE
    )


def page_errors(
    form: Form,
    fields: Iterable[str],
    answers: Mapping[str, Any],
    context: FormContext,
    previous: Mapping[str, Any] | None = None,
) -> dict[str, str]:
    """The hard errors that these answers (with the values derived from them) give on these fields;
    `previous`: the stored answers, when the log exists."""
    given = {name: value for name, value in answers.items() if value is not None}
    derived = derive_answers(form, given, previous, context.reference, linked_records(context.choices, given))
    changed = changed_answers(answers, previous)
    return errors_on(check_log(form, form.prepared(context.with_answers(derived)), changed), set(fields))


def reject_invalid(
    form: Form,
    answers: dict[str, Any],
    given: Iterable[str],
    previous: Mapping[str, Any],
    context: FormContext,
    *,
    lenient: bool,
) -> dict[str, str]:
    """Hard errors on the answers just given. Lenient (the REST API): those answers are left out (a
    stored answer stays as it was) and returned with their messages; otherwise InvalidArgument."""
    errors = page_errors(form, given, answers, context, previous or None)
    if errors and not lenient:
        raise InvalidArgument("", errors)
    for name in errors:
        if name in previous:
            answers[name] = previous[name]
        else:
            answers.pop(name, None)
    return errors
