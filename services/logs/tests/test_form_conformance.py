"""Our lettings definitions against the live service's (reference forms): every page and question in
form order with the same type, texts, answer codes and labels, bounds and routing."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from logs_service.domain.forms.model import AnswerOption, FormContext, Question
from logs_service.domain.forms.registry import form_for
from logs_service.domain.forms.routing import entry_holds

REFERENCE = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "forms"
needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is absent: nothing to compare")
YEARS = [2025, 2026]
# Pages whose visibility the live service decides in code (the caller, organisations' provider types).
CUSTOM_ROUTED = {"stock_owner", "managing_organisation", "assigned_to"}


class NoChoices:
    def options(self, source: str, answers: Any) -> tuple[AnswerOption, ...]:
        return ()


def reference(year: int) -> dict[str, Any]:
    return json.loads((REFERENCE / f"lettings_{year}.json").read_text())


def reference_pages(year: int) -> list[dict[str, Any]]:
    return [p for s in reference(year)["sections"] for ss in s["subsections"] for p in ss["pages"]]


def _expected_question(q: dict[str, Any]) -> dict[str, Any]:
    suffix = q.get("suffix") or ""
    return {
        "id": q["id"],
        "type": q["type"],
        "question_text": q["question_text"] or "",
        "hint_text": q["hint_text"] or "",
        "check_answer_label": q["check_answer_label"] or "",
        "options": list((q.get("answer_options") or {}).items()),
        "option_hints": {k: v for k, v in (q.get("answer_option_hints") or {}).items()},
        "bounds": (q["min"], q["max"], q["step"], q["width"] or 0, q["prefix"] or ""),
        "suffix": suffix if isinstance(suffix, str) else [(s["label"], s["depends_on"]) for s in suffix],
        "conditional_for": {k: list(v) for k, v in (q.get("conditional_for") or {}).items()},
        "question_number": q.get("question_number"),
    }


def _ours(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "type": q.type,
        "question_text": q.question_text,
        "hint_text": q.hint_text,
        "check_answer_label": q.check_answer_label,
        "options": [(o.value, o.label) for o in q.answer_options],
        "option_hints": {o.value: o.hint for o in q.answer_options if o.hint},
        "bounds": (q.min, q.max, q.step, q.width, q.prefix),
        "suffix": q.suffix if isinstance(q.suffix, str) else [(s.label, dict(s.depends_on)) for s in q.suffix],
        "conditional_for": {k: list(v) for k, v in q.conditional_for.items()},
        "question_number": q.question_number,
    }


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_sections_subsections_and_pages_are_the_live_ones_in_form_order(year):
    live = reference(year)
    form = form_for("lettings", year)
    assert [(s.id, s.label) for s in form.sections] == [(s["id"], s["label"]) for s in live["sections"]]
    assert [(ss.id, ss.label) for ss in form.subsections] == [
        (ss["id"], ss["label"]) for s in live["sections"] for ss in s["subsections"]
    ]
    assert [p.id for p in form.pages] == [p["id"] for p in reference_pages(year)]


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_every_question_matches_the_live_question(year):
    form = form_for("lettings", year)
    matched = 0
    for page, live_page in zip(form.pages, reference_pages(year), strict=True):
        assert page.header == (live_page["header"] or ""), page.id
        assert page.interruption_screen == live_page["interruption_screen"], page.id
        if live_page["interruption_screen"]:
            assert page.title_text is not None and page.title_text.template == live_page["title_text"]["template"]
            assert tuple(page.interruption_screen_question_ids) == tuple(live_page["interruption_screen_question_ids"])
        ours = [_ours(q) for q in page.questions]
        assert ours == [_expected_question(q) for q in live_page["questions"]], page.id
        matched += len(ours)
    print(f"lettings {year}: {len(form.pages)} pages and {matched} questions match the reference")


def _fields_of(depends_on: list[dict[str, Any]] | None) -> set[str]:
    return {key for condition_set in depends_on or [] for key in condition_set if not key.endswith("?")}


def _values_for(field: str, depends_on: list[dict[str, Any]]) -> list[Any]:
    """Each value the conditions name, one either side of each comparison, and unanswered."""
    values: list[Any] = [None]
    for condition_set in depends_on:
        expected = condition_set.get(field, None)
        if isinstance(expected, dict):
            operand = expected["operand"]
            values += [operand, operand + 1, operand - 1] if isinstance(operand, int) else [operand]
        elif field in condition_set:
            values.append(expected)
    values += [1, 0, "P"]
    return list(dict.fromkeys(json.dumps(v) for v in values))


def _reference_shows(depends_on: list[dict[str, Any]] | None, context: FormContext) -> bool:
    """The live rule, read straight from the reference: any set, all entries."""
    if not depends_on:
        return True
    return any(all(entry_holds(k, v, context) for k, v in s.items()) for s in depends_on)


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_routing_shows_a_page_exactly_when_the_live_depends_on_says_so(year):
    """For answer sets enumerated from each page's conditions (every combination of the values they
    name, unanswered, and either side of each comparison), our page shows exactly when the
    reference's `depends_on` holds."""
    form = form_for("lettings", year)
    checked = 0
    for page, live_page in zip(form.pages, reference_pages(year), strict=True):
        if page.id in CUSTOM_ROUTED or live_page.get("custom_routing"):
            continue
        depends_on = live_page["depends_on"] or []
        fields = sorted(_fields_of(depends_on))
        choices = [_values_for(f, depends_on) for f in fields]
        for combination in itertools.islice(itertools.product(*choices), 2000):
            answers = {f: json.loads(v) for f, v in zip(fields, combination, strict=True) if json.loads(v) is not None}
            context = FormContext(answers, NoChoices(), date(2026, 11, 24), start_year=year)
            assert page.is_routed(context) == _reference_shows(depends_on, context), (page.id, answers)
            checked += 1
    assert checked > 800


@needs_reference
def test_2026_is_written_as_changes_to_2025():
    source = (Path(__file__).resolve().parents[1] / "logs_service/domain/forms/lettings/y2026_property.py").read_text()
    assert "Y2025[" in source


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_the_property_address_local_authority_and_location_are_kept_when_not_routed_as_live(year):
    form = form_for("lettings", year)
    for page, live_page in zip(form.pages, reference_pages(year), strict=True):
        if page.id in ("address", "property_local_authority", "location", "location_search"):
            ours = [q.keep_answer_when_not_routed for q in page.questions]
            assert ours == [bool(q.get("keep_answer_when_not_routed")) for q in live_page["questions"]], page.id
