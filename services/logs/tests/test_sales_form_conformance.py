"""Our sales definitions against the live service's (reference forms): every page and question in form
order with the same type, texts, answer codes and labels, bounds and routing, as for lettings."""

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
CUSTOM_ROUTED = {"owning_organisation", "managing_organisation", "assigned_to"}


class NoChoices:
    def options(self, source: str, answers: Any) -> tuple[AnswerOption, ...]:
        return ()


def reference(year: int) -> dict[str, Any]:
    return json.loads((REFERENCE / f"sales_{year}.json").read_text())


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
        "check_answer_prompt": q.get("check_answer_prompt") or "",
        "options": list((q.get("answer_options") or {}).items()),
        "option_hints": dict(q.get("answer_option_hints") or {}),
        "dividers": list(q.get("answer_option_dividers_after") or []),
        "bounds": (q["min"], q["max"], q["step"], q["width"] or 0, q["prefix"] or ""),
        "suffix": suffix if isinstance(suffix, str) else [(s["label"], s["depends_on"]) for s in suffix],
        "conditional_for": {k: list(v) for k, v in (q.get("conditional_for") or {}).items()},
        "question_number": q.get("question_number"),
        "derived": bool(q.get("derived")),
    }


def _ours(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "type": q.type,
        "question_text": q.question_text,
        "hint_text": q.hint_text,
        "check_answer_label": q.check_answer_label,
        "check_answer_prompt": q.check_answer_prompt,
        "options": [(o.value, o.label) for o in q.answer_options],
        "option_hints": {o.value: o.hint for o in q.answer_options if o.hint},
        "dividers": [o.value for o in q.answer_options if o.divider_after],
        "bounds": (q.min, q.max, q.step, q.width, q.prefix),
        "suffix": q.suffix if isinstance(q.suffix, str) else [(s.label, dict(s.depends_on)) for s in q.suffix],
        "conditional_for": {k: list(v) for k, v in q.conditional_for.items()},
        "question_number": q.question_number,
        "derived": q.derived,
    }


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_sections_subsections_and_pages_are_the_live_ones_in_form_order(year):
    live = reference(year)
    form = form_for("sales", year)
    assert form.log_type == "sales" and form.start_year == year
    assert [(s.id, s.label) for s in form.sections] == [(s["id"], s["label"]) for s in live["sections"]]
    assert [(ss.id, ss.label) for ss in form.subsections] == [
        (ss["id"], ss["label"]) for s in live["sections"] for ss in s["subsections"]
    ]
    assert [p.id for p in form.pages] == [p["id"] for p in reference_pages(year)]


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_every_question_matches_the_live_question(year):
    form = form_for("sales", year)
    matched = 0
    for page, live_page in zip(form.pages, reference_pages(year), strict=True):
        assert page.header == (live_page["header"] or ""), page.id
        assert page.interruption_screen == live_page["interruption_screen"], page.id
        if live_page["interruption_screen"]:
            for ours, theirs in (
                (page.title_text, live_page["title_text"]),
                (page.informative_text, live_page.get("informative_text")),
            ):
                assert (
                    (ours.template, list(ours.arguments)) == (theirs["template"], theirs.get("arguments") or [])
                    if theirs
                    else ours is None
                ), page.id
            assert tuple(page.interruption_screen_question_ids) == tuple(live_page["interruption_screen_question_ids"])
        ours = [_ours(q) for q in page.questions]
        assert ours == [_expected_question(q) for q in live_page["questions"]], page.id
        matched += len(ours)
    print(f"sales {year}: {len(form.pages)} pages and {matched} questions match the reference")
    assert matched == {2025: 279, 2026: 302}[year]


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
    values += [1, 2, 0, "P"]
    return list(dict.fromkeys(json.dumps(v) for v in values))


def _reference_shows(depends_on: list[dict[str, Any]] | None, context: FormContext) -> bool:
    """The live rule, read straight from the reference: any set, all entries."""
    if not depends_on:
        return True
    return any(all(entry_holds(k, v, context) for k, v in s.items()) for s in depends_on)


# Answers that drive the named predicates: joint purchase or not, each ownership scheme and staircasing,
# privacy notice seen or not, so routing is compared for each way through the form.
SCENARIOS = [
    {"jointpur": jointpur, "ownershipsch": scheme, "staircase": staircase, "privacynotice": privacy}
    for jointpur in (1, 2, None)
    for scheme in (1, 2, 3)
    for staircase in (1, 2)
    for privacy in (1, None)
]


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_routing_shows_a_page_exactly_when_the_live_depends_on_says_so(year):
    """For answer sets enumerated from each page's conditions (every combination of the values they
    name, unanswered, and either side of each comparison), under each joint-purchase and ownership
    scheme scenario, our page shows exactly when the reference's `depends_on` holds."""
    form = form_for("sales", year)
    checked = 0
    for page, live_page in zip(form.pages, reference_pages(year), strict=True):
        if page.id in CUSTOM_ROUTED or live_page.get("custom_routing"):
            continue
        depends_on = live_page["depends_on"] or []
        fields = sorted(_fields_of(depends_on))
        choices = [_values_for(f, depends_on) for f in fields]
        for scenario, combination in itertools.product(SCENARIOS, itertools.islice(itertools.product(*choices), 300)):
            given = {f: json.loads(v) for f, v in zip(fields, combination, strict=True)}
            answers = {k: v for k, v in {**scenario, **given}.items() if v is not None}
            context = form.prepared(FormContext(answers, NoChoices(), date(2026, 11, 24)))
            assert page.is_routed(context) == _reference_shows(depends_on, context), (page.id, answers)
            checked += 1
    print(f"sales {year}: routing matched for {checked} answer sets")
    assert checked > 5000


@needs_reference
@pytest.mark.parametrize("year", YEARS)
def test_subsections_are_enabled_exactly_when_the_live_depends_on_says_so(year):
    form = form_for("sales", year)
    live = [ss for s in reference(year)["sections"] for ss in s["subsections"]]
    for scenario in SCENARIOS:
        context = form.prepared(FormContext(scenario, NoChoices(), date(2026, 11, 24)))
        for sub, live_sub in zip(form.subsections, live, strict=True):
            assert sub.is_enabled(context) == _reference_shows(live_sub["depends_on"], context), (sub.id, scenario)


@needs_reference
def test_every_named_predicate_the_reference_uses_is_defined():
    names = {
        key
        for year in YEARS
        for s in reference(year)["sections"]
        for ss in s["subsections"]
        for item in (ss, *ss["pages"])
        for condition_set in item["depends_on"] or []
        for key in condition_set
        if key.endswith("?")
    }
    assert names <= set(form_for("sales", 2025).predicates or {})


@needs_reference
def test_2026_is_written_as_changes_to_2025():
    source = (Path(__file__).resolve().parents[1] / "logs_service/domain/forms/sales/y2026_setup.py").read_text()
    assert "Y2025[" in source
