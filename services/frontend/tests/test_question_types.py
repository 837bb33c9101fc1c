from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient
from werkzeug.datastructures import MultiDict

from frontend_service.clients.models import AnswerOption, FormPage, Question
from frontend_service.pagination import Pagination
from frontend_service.questions import answers_from_form, compose_date, display_answer

RENT = Question(
    "rent_type",
    "select",
    "What is the rent type?",
    check_answer_label="Rent type",
    answer_options=(AnswerOption("0", "Social Rent"), AnswerOption("1", "Affordable Rent")),
)
RENT_AMOUNT = Question("brent", "numeric", "What is the basic rent?", prefix="£", suffix="every week", width=5)
DECLARATION = Question(
    "declaration",
    "checkbox",
    "Declaration",
    answer_options=(AnswerOption("declaration", "The tenant has seen the privacy notice"),),
)
MIXED_PAGE = FormPage(
    "1", "rent", "Rent and declaration", "Set up this lettings log", (RENT, RENT_AMOUNT, DECLARATION), "needs_type"
)


def test_multi_question_page_renders_each_type_under_the_page_header(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    backends.logs.add_log()
    monkeypatch.setattr(backends.logs, "get_form_page", lambda *args, **kwargs: MIXED_PAGE)
    page = signed_in.get("/lettings-logs/1/rent")
    assert page.h1 == "Rent and declaration"
    select = page.by_id("rent_type")
    assert select is not None and select.tag == "select"
    assert [option.text.strip() for option in select.iter("option")] == [  # type: ignore[union-attr]
        "Select an option",
        "Social Rent",
        "Affordable Rent",
    ]
    amount = page.by_id("brent")
    assert amount is not None and "govuk-input--width-5" in (amount.get("class") or "")
    assert "£" in page.text and "every week" in page.text
    checkbox = page.by_id("declaration")
    assert checkbox is not None and checkbox.get("type") == "checkbox"
    assert page.link("Back") == "/lettings-logs/1/needs-type"


def test_answers_are_sent_as_raw_strings_keyed_by_question() -> None:
    form: MultiDict[str, Any] = MultiDict([("rent_type", "1"), ("brent", " 120.50 "), ("declaration", "declaration")])
    assert answers_from_form(MIXED_PAGE, form) == {"rent_type": "1", "brent": "120.50", "declaration": "declaration"}
    assert answers_from_form(MIXED_PAGE, MultiDict())["declaration"] == ""


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("2", "6", "2025"), "2025-06-02"),
        (("", "", ""), ""),
        (("31", "x", "2025"), "2025-x-31"),
        ((" 9 ", "04", "2026"), "2026-04-09"),
    ],
)
def test_compose_date(parts: tuple[str, str, str], expected: str) -> None:
    assert compose_date(*parts) == expected


def test_display_answer_reads_labels_dates_and_affixes() -> None:

    assert display_answer(replace(RENT, answer=1)) == "Affordable Rent"
    assert display_answer(replace(RENT_AMOUNT, answer=120.5)) == "£120.5every week"
    assert display_answer(replace(DECLARATION, answer=1)) == "The tenant has seen the privacy notice"
    assert display_answer(Question("d", "date", "When?", answer="2025-06-02")) == "2 June 2025"
    assert display_answer(replace(RENT, answer=None)) == ""
    two = replace(DECLARATION, answer_options=(*DECLARATION.answer_options, AnswerOption("other", "Other")))
    assert display_answer(replace(two, answer="declaration,other")) == "The tenant has seen the privacy notice, Other"


def test_pagination_shows_neighbours_first_and_last_pages() -> None:
    pagination = Pagination(5, 20, 200, "/lettings-logs", {"search": "x"})
    numbers = [item.get("number") for item in pagination.params()["items"]]  # type: ignore[index]
    assert numbers == [1, None, 4, 5, 6, None, 10]
    assert pagination.url_for_page(1) == "/lettings-logs?search=x"
    assert (pagination.first_shown, pagination.last_shown) == (81, 100)
    assert Pagination(1, 20, 20, "/x", {}).params() is None


GENDER = Question(
    "sex1",
    "radio",
    "Which of these best describes the lead tenant’s gender identity?",
    answer_options=(
        AnswerOption("F", "Female"),
        AnswerOption("M", "Male"),
        AnswerOption("X", "Non-binary", divider_after=True),
        AnswerOption("R", "Tenant prefers not to say"),
    ),
    conditional_for=(("age1", ("F", "M")),),
    answer="M",
)
AGE = Question("age1", "numeric", "Age", suffix=" years", width=2, answer=44)
TOTAL = Question("tcharge", "numeric_output", "Total charge", prefix="£", suffix=" every week", answer=120.5)
REVEAL_PAGE = FormPage("1", "lead_tenant", "Lead tenant", "Household characteristics", (GENDER, AGE, TOTAL), "")
SOFT_CHECK = FormPage(
    "1",
    "rent_value_check",
    "",
    "Income, benefits and outgoings",
    (
        Question(
            "rent_value_check",
            "interruption_screen",
            "Are you sure this is correct?",
            answer_options=(AnswerOption("0", "Yes"), AnswerOption("1", "No")),
        ),
    ),
    "rent",
    "income_and_benefits",
    interruption_screen=True,
    title_text="You told us the rent is £1,000.00 every week",
    informative_text="This is higher than we would expect.",
)


def test_a_revealed_question_sits_under_its_option_with_a_divider(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    backends.logs.add_log()
    monkeypatch.setattr(backends.logs, "get_form_page", lambda *args, **kwargs: REVEAL_PAGE)
    page = signed_in.get("/lettings-logs/1/lead-tenant")
    revealed = page.by_id("conditional-sex1-2")  # the second option ("Male") reveals the age
    assert revealed is not None and "govuk-radios__conditional" in (revealed.get("class") or "")
    age = page.by_id("age1")
    assert age is not None and age.get("value") == "44"
    assert "age1" in [e.get("id") for e in revealed.iter()]
    assert page.by_class("govuk-radios__divider")[0].text.strip() == "or"
    output = page.by_id("tcharge")
    assert output is not None and "".join(output.itertext()).strip() == "£120.5 every week"
    assert page.by_id("tcharge").tag == "p"  # type: ignore[union-attr]


def test_a_worked_out_answer_is_not_sent_back() -> None:
    form: MultiDict[str, Any] = MultiDict([("sex1", "F"), ("age1", "30"), ("tcharge", "1")])
    assert answers_from_form(REVEAL_PAGE, form) == {"sex1": "F", "age1": "30"}


def test_a_soft_check_is_an_interruption_card_asking_to_confirm(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    backends.logs.add_log()
    monkeypatch.setattr(backends.logs, "get_form_page", lambda *args, **kwargs: SOFT_CHECK)
    page = signed_in.get("/lettings-logs/1/rent-value-check")
    assert page.h1 == "You told us the rent is £1,000.00 every week"
    card = page.by_class("app-interruption-card")[0]
    assert "This is higher than we would expect." in "".join(card.itertext())
    radios = [e.get("value") for e in card.iter() if e.tag == "input" and e.get("type") == "radio"]
    assert radios == ["0", "1"]
    assert page.link("Back") == "/lettings-logs/1/rent"


def test_a_hint_keeps_its_checklist_markup_and_escapes_anything_else() -> None:
    from frontend_service.app import hint_html

    hint = 'Check:<ul class="govuk-body-l"><li>the decimal point</li></ul><br/><script>x</script>'
    assert str(hint_html(hint)) == (
        'Check:<ul class="govuk-body-l"><li>the decimal point</li></ul><br>&lt;script&gt;x&lt;/script&gt;'
    )
