"""Completes a log in the browser through its question pages only, as a user would: from the task list into each
subsection, answering every page the routing shows, through check answers back to the task list, until every
subsection is completed.

Each question is answered from the log's plan (field -> value: a code or option label, a date as YYYY-MM-DD, a
list of codes for checkboxes, text) or, when the plan is silent, by a default for its type: the first option that
is a real answer (not "don't know" or "refused"), "1" for a number, "Browser" for text. axe-core is run once on
each kind of page met, a question page's kind being the set of question types it asks."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import expect

DEMO_PASSWORD = "e2e-demo-passphrase-2026"
MAX_PAGES = 400  # far more than any log has: a routing loop fails the test instead of hanging it
NOT_AN_ANSWER = re.compile(r"know|refused|prefer|not sure|none of|other|unknown", re.IGNORECASE)
DEFAULT_TEXT = {"numeric": "1", "text": "Browser"}
ADDRESS_AUTOCOMPLETE = "input.autocomplete__input[name=address_query]"  # the address search box, with JavaScript

# What the page asks, read in one round trip: each field once, named as the form posts it, with its
# options, whether the user can see it (not in a closed conditional reveal), and whether it is enhanced by
# accessible-autocomplete (then the <select> is hidden behind a text box with the select's id).
DESCRIBE_FORM = """() => {
  const form = document.querySelector('main form[method=post]');
  const shown = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const labelOf = el => (document.querySelector(`label[for="${el.id}"]`) || {}).textContent || '';
  const fields = new Map();
  for (const el of form.querySelectorAll('input:not([type=hidden]), select')) {
    let name = el.name, kind = el.tagName === 'SELECT' ? 'select' : el.type;
    if (!name) continue;
    if (el.closest('.govuk-date-input')) { name = name.replace(/-(day|month|year)$/, ''); kind = 'date'; }
    else if (kind === 'text' && el.inputMode === 'decimal') kind = 'numeric';
    const entry = fields.get(name) || {name, kind, options: [], shown: false, id: el.id, autocomplete: false};
    if (el.tagName === 'SELECT') {
      entry.id = el.id.replace(/-select$/, '');
      const box = document.querySelector(`input.autocomplete__input[id="${entry.id}"]`);
      entry.autocomplete = !!box;
      entry.shown = shown(box || el);
      entry.options = [...el.options].filter(o => o.value).map(o => ({value: o.value, label: o.text.trim()}));
    } else {
      entry.shown = entry.shown || shown(el);
      if (kind === 'radio' || kind === 'checkbox') entry.options.push({value: el.value, label: labelOf(el).trim()});
    }
    fields.set(name, entry);
  }
  return {
    fields: [...fields.values()],
    interruption: !!document.querySelector('.app-interruption-card'),
    errors: [...document.querySelectorAll('.govuk-error-summary__list li')].map(li => li.textContent.trim()),
  };
}"""


@dataclass
class LogDriver:
    page: Any
    plan: Mapping[str, Any]
    axe_violations: Callable[[Any], list[str]]
    violations: list[str] = field(default_factory=list)
    kinds_checked: set[str] = field(default_factory=set)
    pages_answered: list[str] = field(default_factory=list)
    typed_into: list[str] = field(default_factory=list)  # the autocompletes answered by typing
    card_titles: dict[str, list[str]] = field(default_factory=dict)  # subsection -> its check answers cards

    def check_accessibility(self, kind: str) -> None:
        if kind not in self.kinds_checked:
            self.kinds_checked.add(kind)
            self.violations += self.axe_violations(self.page)

    def create_log(self, log_type: str) -> str:
        self.page.goto(f"/{log_type}-logs")
        self.check_accessibility("log list")
        self.click_and_wait(self.page.get_by_role("button", name=f"Create a new {log_type} log"))
        return str(self.page.url.split(f"/{log_type}-logs/")[1].split("/")[0])

    def complete(self, log_type: str) -> str:
        """Creates a log and answers it to the end; returns its id."""
        log_id = self.create_log(log_type)
        while True:
            self.answer_pages_until_check_answers()
            titles = [title.strip() for title in self.page.locator(".govuk-summary-card__title").all_inner_texts()]
            self.card_titles[self.page.url.rsplit("/", 2)[-2]] = titles
            self.check_accessibility("check answers with cards" if titles else "check answers")
            self.click_and_wait(self.page.get_by_role("button", name="Save and return to log"))
            self.check_accessibility("task list")
            next_task = self.page.locator(".govuk-task-list__item:has(.govuk-tag) a.govuk-task-list__link")
            if not next_task.count():
                return log_id
            self.click_and_wait(next_task.first)

    def click_and_wait(self, target: Any) -> None:
        with self.page.expect_navigation(wait_until="domcontentloaded"):
            target.click()

    def answer_pages_until_check_answers(self) -> None:
        while "/check-answers" not in self.page.url:
            assert len(self.pages_answered) < MAX_PAGES, f"no end to the pages: {self.pages_answered[-10:]}"
            self.answer_page()

    def answer_page(self) -> None:
        url = self.page.url
        self.pages_answered.append(url.rsplit("/", 1)[1])
        if self.page.locator("input[name=address_query]").count():
            self.search_address()
        else:
            self.fill_page()
        if self.page.url == url:
            errors = self.page.evaluate(DESCRIBE_FORM)["errors"]
            raise AssertionError(f"page {self.pages_answered[-1]} not accepted: {errors}")

    def search_address(self) -> None:
        """The plan's `address_query` is searched for and its `address` (the one with the plan's `uprn`) chosen:
        from the autocomplete's list as the user types, or without JavaScript from the radios a search lists.
        Without a query, the address is entered by hand."""
        self.check_accessibility("address search")
        query = self.plan.get("address_query")
        if not query:
            self.click_and_wait(self.page.get_by_role("button", name="Enter the address manually"))
            return
        if self.page.locator(ADDRESS_AUTOCOMPLETE).count():
            self.choose_address(query)
        else:
            self.page.locator("input[name=address_query]").fill(query)
            self.click_and_wait(self.page.get_by_role("button", name="Search"))
            self.check_accessibility("address search results")
            self.page.locator(f"input[name=uprn][value='{self.plan['uprn']}']").check()
        self.click_and_wait(self.page.get_by_role("button", name="Save and continue"))

    def choose_address(self, query: str) -> None:
        box = self.page.locator(ADDRESS_AUTOCOMPLETE)
        box.fill("")
        box.press_sequentially(query)
        found = self.page.locator(f"#{box.get_attribute('id')}__listbox li", has_text=self.plan["address"])
        expect(found).to_be_visible()
        self.check_accessibility("address search listing addresses found")
        found.click()
        expect(self.page.locator("input[type=hidden][name=uprn]")).to_have_value(self.plan["uprn"])
        self.typed_into.append("address_query")

    def fill_page(self) -> None:
        description = self.page.evaluate(DESCRIBE_FORM)
        fields = description["fields"]
        kind = "interruption" if description["interruption"] else "+".join(sorted({f["kind"] for f in fields}))
        self.check_accessibility(f"question page: {kind}")
        # Choices first: one may reveal a question under it (a conditional reveal), so look again after them.
        choices = [f for f in fields if f["kind"] in ("radio", "checkbox")]
        for entry in choices:
            if entry["shown"]:
                self.fill(entry)
        if choices and len(choices) < len(fields):
            fields = self.page.evaluate(DESCRIBE_FORM)["fields"]
        for entry in fields:
            if entry["shown"] and entry["kind"] not in ("radio", "checkbox"):
                self.fill(entry)
        self.click_and_wait(self.page.get_by_role("button", name="Save and continue"))

    def fill(self, entry: dict[str, Any]) -> None:
        name, kind = entry["name"], entry["kind"]
        planned = self.plan.get(name)
        if kind == "radio":
            self.page.locator(f"input[name='{name}'][value='{pick(entry['options'], planned)}']").check()
        elif kind == "checkbox":
            chosen = planned if planned is not None else [pick(entry["options"], None)]
            for value in chosen:
                self.page.locator(f"input[name='{name}'][value='{value}']").check()
        elif kind == "select":
            self.choose(entry, planned)
        elif kind == "date":
            year, month, day = str(planned or self.plan["default_date"]).split("-")
            for part, value in (("day", day), ("month", month), ("year", year)):
                self.page.locator(f"input[name='{name}-{part}']").fill(str(int(value)))
        else:
            self.page.locator(f"input[name='{name}']").fill(str(planned if planned is not None else DEFAULT_TEXT[kind]))

    def choose(self, entry: dict[str, Any], planned: Any) -> None:
        value = pick(entry["options"], planned)
        if not entry["autocomplete"]:
            self.page.locator(f"select[name='{entry['name']}']").select_option(value)
            return
        # An enhanced select is answered as a user does: type part of the name, pick the suggestion.
        label = next(o["label"] for o in entry["options"] if o["value"] == value)
        self.page.locator(f"input#{entry['id']}").fill(label[: max(4, len(label) // 2)])
        self.page.locator(f"#{entry['id']}__listbox li", has_text=label).first.click()
        self.typed_into.append(entry["name"])


def pick(options: list[dict[str, str]], planned: Any) -> str:
    """The planned option (by code or label), else the first that is a real answer."""
    if planned is not None:
        for option in options:
            if str(planned) in (option["value"], option["label"]):
                return option["value"]
        raise AssertionError(f"{planned!r} is not one of {[o['label'] for o in options]}")
    real = [o for o in options if not NOT_AN_ANSWER.search(o["label"])]
    return (real or options)[0]["value"]


def sign_in(page: Any, email: str) -> None:
    page.goto("/account/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
