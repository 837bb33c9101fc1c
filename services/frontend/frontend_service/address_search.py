"""The address search question (type `address_search`), without JavaScript: the user types an address or a UPRN
and searches; the addresses found come back as radios, and "Enter the address manually" is always on offer. A
search is a submission of the page that saves nothing; choosing an address or manual entry saves the answer.

With JavaScript, application.js turns the search box into an autocomplete that asks the JSON endpoint
(views/address_search.py) as the user types and puts the chosen address's UPRN in the same `uprn` field the radios
post, so the page is saved exactly as without it."""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for
from werkzeug.datastructures import MultiDict

from frontend_service.clients.models import FormPage, FoundAddress, Question

QUERY_FIELD = "address_query"
ACTION_FIELD = "address_action"
SEARCH = "search"
MANUAL_ENTRY = "manual"  # the answer value of "Enter the address manually": a blank UPRN to the logs service
MIN_QUERY_LENGTH = 3  # as the live service's search box: fewer characters match too much to be worth a search
MAX_QUERY_LENGTH = 200  # the logs service reads no more


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
    if question is None or _chosen(question, form):
        return None
    query = form.get(QUERY_FIELD, "").strip()
    if form.get(ACTION_FIELD) == SEARCH or (query and not query.isdigit()):
        return query
    return None


def unanswered(page: FormPage, form: MultiDict[str, str]) -> dict[str, str]:
    """Nothing chosen, nothing typed: the question's own prompt, without asking the logs service (which reads a
    blank answer as manual entry)."""
    question = address_question(page)
    if question is None or _chosen(question, form) or form.get(QUERY_FIELD, "").strip():
        return {}
    return {question.id: question.question_text}  # "Enter address or UPRN", the live prompt too


def address_answer(question: Question, form: MultiDict[str, str]) -> str:
    """The UPRN chosen or typed, or "" for manual entry."""
    chosen = _chosen(question, form)
    if MANUAL_ENTRY in chosen:
        return ""
    return chosen[0] if chosen else form.get(QUERY_FIELD, "").strip()


def _chosen(question: Question, form: MultiDict[str, str]) -> list[str]:
    """The values posted as the question's field: a radio or the "Enter the address manually" button, and with
    JavaScript the autocomplete's hidden field too (blank until an address is chosen). The button is always
    among them when pressed, so it wins over an address chosen before."""
    return [value.strip() for value in form.getlist(question.id) if value.strip()]


def query_problem(query: str) -> str:
    """Why a query typed into the autocomplete is not searched for, or "" when it is."""
    if len(query) < MIN_QUERY_LENGTH:
        return f"Enter at least {MIN_QUERY_LENGTH} characters of the address or UPRN"
    if len(query) > MAX_QUERY_LENGTH:
        return f"Address or UPRN must be {MAX_QUERY_LENGTH} characters or fewer"
    return ""


def autocomplete_attributes(question_id: str) -> dict[str, str]:
    """The search box's data attributes application.js reads to make it an autocomplete: where to search, from
    how many characters, and the field that takes the chosen address's UPRN."""
    return {
        "data-app-address-search": url_for("address_search.search_addresses"),
        "data-app-min-length": str(MIN_QUERY_LENGTH),
        "data-app-answer-field": question_id,
    }
