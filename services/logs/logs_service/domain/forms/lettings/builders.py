"""Small helpers that keep the lettings definitions close to how the live form reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from logs_service.domain.forms.model import AnswerOption, Interruption, Page, Question, Suffix

# Questions whose blank answer is acceptable (live OPTIONAL_FIELDS and the "(optional)" address lines).
OPTIONAL = frozenset({"tenancycode", "propcode", "chcharge", "tenancylength", "address_line2", "county"})


def options(
    labels: Mapping[str, str], hints: Mapping[str, str] | None = None, dividers: Iterable[str] = ()
) -> tuple[AnswerOption, ...]:
    """Answer options in display order: code -> label, with option hints and "or" dividers after codes."""
    after = set(dividers)
    return tuple(
        AnswerOption(code, label, hint=(hints or {}).get(code, ""), divider_after=code in after)
        for code, label in labels.items()
    )


def suffixes(*pairs: tuple[str, Mapping[str, Any]]) -> tuple[Suffix, ...]:
    """Suffixes chosen by another answer: (" every week", {"incfreq": 1}), ..."""
    return tuple(Suffix(label, condition) for label, condition in pairs)


def soft_check(template: str, *arguments: Mapping[str, Any]) -> Interruption:
    return Interruption(template, tuple(arguments))


def question(**fields: Any) -> Question:
    """A question; `optional` follows the live list of optional fields unless given."""
    fields.setdefault("optional", fields["id"] in OPTIONAL)
    return Question(**fields)


def renumbered(page: Page, numbers: Mapping[str, int | None]) -> Page:
    """The same page with the next year's printed question numbers."""
    return replace(
        page,
        questions=tuple(replace(q, question_number=numbers[q.id]) if q.id in numbers else q for q in page.questions),
    )


def revised(page: Page, questions: Mapping[str, Mapping[str, Any]] | None = None, **page_changes: Any) -> Page:
    """The same page with some of its own fields or its questions' fields changed."""
    changes = questions or {}
    revised_questions = tuple(replace(q, **changes[q.id]) if q.id in changes else q for q in page.questions)
    return replace(page, questions=revised_questions, **page_changes)


def pages_by_id(pages: Iterable[Page]) -> dict[str, Page]:
    return {page.id: page for page in pages}


def are_you_sure(
    id: str,  # noqa: A002 - the live field name, as everywhere in the definitions
    check_answer_label: str,
    check_answer_prompt: str,
    question_text: str = "Are you sure this is correct?",
    hint_text: str = "",
) -> Question:
    """The confirmation asked on a soft-check (interruption) page: 0 Yes, 1 No."""
    return Question(
        id=id,
        type="interruption_screen",
        question_text=question_text,
        check_answer_label=check_answer_label,
        check_answer_prompt=check_answer_prompt,
        hint_text=hint_text,
        answer_options=options({"0": "Yes", "1": "No"}),
    )
