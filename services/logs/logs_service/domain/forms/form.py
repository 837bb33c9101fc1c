"""A whole form: its sections in order, and the walk through them (routing, where to carry on)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from logs_service.domain.forms.model import FormContext, Page, Question, Section, Subsection

MAX_CLEARING_ROUNDS = 10  # routing chains are a few pages deep; a guard against a definition that flip-flops


@dataclass(frozen=True)
class Form:
    log_type: str
    start_year: int
    sections: tuple[Section, ...]
    # The named predicates its routing may use; None: the lettings ones (predicates.NAMED).
    predicates: Mapping[str, Callable[[FormContext], Any]] | None = None
    _subsection_of: dict[str, Subsection] = field(init=False, repr=False, compare=False)
    _questions: dict[str, tuple[Question, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        subsection_of = {page.id: sub for sub in self.subsections for page in sub.pages}
        questions: dict[str, tuple[Question, ...]] = {}
        for question in self.questions:
            questions[question.id] = (*questions.get(question.id, ()), question)
        object.__setattr__(self, "_subsection_of", subsection_of)
        object.__setattr__(self, "_questions", questions)

    @property
    def subsections(self) -> tuple[Subsection, ...]:
        return tuple(sub for section in self.sections for sub in section.subsections)

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(page for sub in self.subsections for page in sub.pages)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(question for page in self.pages for question in page.questions)

    @property
    def section_label(self) -> str:
        return self.subsections[0].label

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id, (None,))[0]

    def question_variants(self, question_id: str) -> tuple[Question, ...]:
        """Every page's version of a question: one id may be asked on several pages with different options."""
        return self._questions.get(question_id, ())

    def checkbox_of(self, field_name: str) -> Question | None:
        """The checkbox question one of whose options is stored in `field_name`."""
        return next((q for q in self.questions if q.type == "checkbox" and field_name in q.answer_fields), None)

    def page(self, page_id: str) -> Page | None:
        sub = self._subsection_of.get(page_id)
        return next(page for page in sub.pages if page.id == page_id) if sub else None

    def subsection(self, subsection_id: str) -> Subsection | None:
        return next((sub for sub in self.subsections if sub.id == subsection_id), None)

    def subsection_of(self, page_id: str) -> Subsection:
        return self._subsection_of[page_id]

    def prepared(self, context: FormContext) -> FormContext:
        """The context with this form's year and set-up pages, which routing needs."""
        predicates = self.predicates if self.predicates is not None else context.predicates
        return replace(
            context, start_year=self.start_year, setup_pages=self.subsections[0].pages, predicates=predicates
        )

    def routed_pages(self, context: FormContext, subsection: Subsection | None = None) -> list[Page]:
        context = self.prepared(context)
        subs = [subsection] if subsection else list(self.subsections)
        return [page for sub in subs if sub.is_enabled(context) for page in sub.pages if page.is_routed(context)]

    def next_page_id(self, page_id: str, context: FormContext) -> str:
        """The next page shown after `page_id` in its subsection, or "" at its end (check answers)."""
        context = self.prepared(context)
        pages = self.subsection_of(page_id).pages
        later = pages[_index(pages, page_id) + 1 :]
        return next((page.id for page in later if page.is_routed(context)), "")

    def previous_page_id(self, page_id: str, context: FormContext) -> str:
        """The page shown before `page_id` in its subsection, or "" on its first page."""
        context = self.prepared(context)
        pages = self.subsection_of(page_id).pages
        earlier = reversed(pages[: _index(pages, page_id)])
        return next((page.id for page in earlier if page.is_routed(context)), "")

    def resume_page_id(self, context: FormContext, subsection: Subsection | None = None) -> str:
        """Where to carry on: a log not started yet from the first shown page (answers the service
        filled in are there to be confirmed), else the first shown page still missing an answer, else
        the first shown page. Without a subsection, within the first subsection (set up)."""
        context = self.prepared(context)
        sub = subsection or self.subsections[0]
        routed = self.routed_pages(context, sub)
        if not routed:
            return ""
        unanswered = None
        if self.is_started(context.answers) or sub is not self.subsections[0]:
            unanswered = next((page for page in routed if page.needs_answers(context.answers)), None)
        return (unanswered or routed[0]).id

    def is_started(self, answers: Mapping[str, Any]) -> bool:
        """Has a question the user answers themselves been answered? Organisations that the service
        fills in by default do not count, as in the live service."""
        return any(q.is_answered(answers) for q in self.questions if not q.derived and q.asked)

    def subsection_status(self, subsection: Subsection, context: FormContext) -> str:
        """cannot_start_yet, not_started, in_progress or completed (every shown question answered)."""
        context = self.prepared(context)
        if not subsection.is_enabled(context):
            return "cannot_start_yet"
        routed = self.routed_pages(context, subsection)
        if not any(page.needs_answers(context.answers) for page in routed):
            return "completed"
        asked = [q for page in routed for q in page.questions if q.asked and not q.derived]
        return "in_progress" if any(q.is_answered(context.answers) for q in asked) else "not_started"

    def without_unrouted_answers(
        self, context: FormContext, derive: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    ) -> dict[str, Any]:
        """The answers less those of questions that no page shows any more (a routing answer or a
        conditional reveal changed), as the live service resets invalidated fields. Clearing one
        answer can unroute another page, so this repeats until nothing changes. Answers the service
        fills in (derived questions, worked-out values) and fields no question asks are kept, and so is
        an answer `derive` gives again (a bedsit's one bedroom): clearing it would unroute the pages that
        depend on it (the rent soft check) for one round and lose their answers."""
        answers = dict(context.answers)
        asked = {
            name
            for q in self.questions
            if q.asked and not q.derived and not q.keep_answer_when_not_routed
            for name in q.answer_fields
        }
        for _ in range(MAX_CLEARING_ROUNDS):
            routed = self.routed_pages_ignoring_subsections(context.with_answers(answers))
            shown = {
                name for page in routed for q in page.questions if page.shows(q, answers) for name in q.answer_fields
            }
            stale = (asked - shown) & answers.keys()
            if derive is not None and stale:
                rederived = derive({name: value for name, value in answers.items() if name not in stale})
                stale = {name for name in stale if rederived.get(name) != answers[name]}
            if not stale:
                break
            for name in stale:
                del answers[name]
        return answers

    def routed_pages_ignoring_subsections(self, context: FormContext) -> list[Page]:
        """Pages whose own routing holds. A subsection waiting for set-up still keeps its answers."""
        context = self.prepared(context)
        return [page for page in self.pages if page.is_routed(context)]

    def is_completed(self, context: FormContext) -> bool:
        """Every subsection that applies is completed. One that does not apply (a sales log's other
        ownership schemes) does not count; until set up is done, set up itself is not completed."""
        context = self.prepared(context)
        return all(
            self.subsection_status(sub, context) == "completed" for sub in self.subsections if sub.is_enabled(context)
        )


def _index(pages: tuple[Page, ...], page_id: str) -> int:
    return next(i for i, page in enumerate(pages) if page.id == page_id)
