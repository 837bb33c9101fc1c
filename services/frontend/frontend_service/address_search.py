"""The address search question (type `address_search`), without JavaScript: the user types an address or a UPRN
and searches; the addresses found come back as radios, and "Enter the address manually" is always on offer. A
search is a submission of the page that saves nothing; choosing an address or manual entry saves the answer."""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from frontend_service.clients.models import FormPage, FoundAddress, Question

QUERY_FIELD = "address_query"
ACTION_FIELD = "address_action"
SEARCH = "search"
MANUAL_ENTRY = "manual"  # the answer value of "Enter the address manually": a blank UPRN to the logs service


@dataclass(frozen=True)
class AddressSearch:
    query: str
    found: tuple[FoundAddress, ...]


def address_question(page: FormPage) -> Question | None:
    return next((question for question in page.questions if question.type == "address_search"), None)


def requested_search(page: FormPage, form: MultiDict[str, str]) -> str | None:
    """The query to search for when the submission asks for a search rather than giving the answer: the Search
    button, or an address (not a UPRN) typed and the page saved."""
    question = address_question(page)
    if question is None or form.get(question.id):
        return None
    query = form.get(QUERY_FIELD, "").strip()
    if form.get(ACTION_FIELD) == SEARCH or (query and not query.isdigit()):
        return query
    return None


def unanswered(page: FormPage, form: MultiDict[str, str]) -> dict[str, str]:
    """Nothing chosen, nothing typed: the question's own prompt, without asking the logs service (which reads a
    blank answer as manual entry)."""
    question = address_question(page)
    if question is None or form.get(question.id) or form.get(QUERY_FIELD, "").strip():
        return {}
    return {question.id: question.question_text}  # "Enter address or UPRN", the live prompt too


def address_answer(question: Question, form: MultiDict[str, str]) -> str:
    """The UPRN chosen or typed, or "" for manual entry."""
    chosen = form.get(question.id, "").strip()
    if chosen == MANUAL_ENTRY:
        return ""
    return chosen or form.get(QUERY_FIELD, "").strip()
