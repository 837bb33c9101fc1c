"""A test client that parses every HTML response strictly (html5lib) and reads pages as a person would:
headings, links, forms, the error summary and field errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
from flask.testing import FlaskClient
from frontend_fakes import PASSWORD
from werkzeug.test import TestResponse


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(element: Element) -> str:
    return squash("".join(element.itertext()))


def has_class(element: Element, name: str) -> bool:
    return name in (element.get("class") or "").split()


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: list[str] = field(default_factory=list)


class Page:
    def __init__(self, response: TestResponse) -> None:
        self.response = response
        self.status = response.status_code
        self.headers = response.headers
        self.location = response.headers.get("Location", "")
        self.root: Element | None = None
        if response.mimetype == "text/html" and response.data:
            parser = html5lib.HTMLParser(
                strict=True, tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False
            )
            self.root = parser.parse(response.get_data(as_text=True))

    def _root(self) -> Element:
        assert self.root is not None, f"not an HTML page: {self.status} {self.response.mimetype}"
        return self.root

    def all(self, predicate: Any) -> list[Element]:
        return [element for element in self._root().iter() if predicate(element)]

    def by_class(self, name: str) -> list[Element]:
        return self.all(lambda element: has_class(element, name))

    def by_id(self, element_id: str) -> Element | None:
        return next(iter(self.all(lambda element: element.get("id") == element_id)), None)

    @property
    def title(self) -> str:
        return text_of(self._root().find(".//title"))  # type: ignore[arg-type]

    @property
    def h1(self) -> str:
        headings = self._root().findall(".//h1")
        assert len(headings) == 1, f"expected one h1, found {[text_of(h) for h in headings]}"
        return text_of(headings[0])

    @property
    def text(self) -> str:
        return text_of(self._root().find(".//body"))  # type: ignore[arg-type]

    def links(self) -> list[tuple[str, str]]:
        return [(text_of(a), a.get("href") or "") for a in self._root().iter("a")]

    def link(self, text: str) -> str:
        matches = [href for link_text, href in self.links() if link_text == text]
        assert matches, f"no link {text!r} in {self.links()}"
        return matches[0]

    def error_summary(self) -> list[tuple[str, str]]:
        summaries = self.by_class("govuk-error-summary")
        if not summaries:
            return []
        return [(text_of(a), a.get("href") or "") for a in summaries[0].iter("a")]

    def field_error(self, field_id: str) -> str:
        element = self.by_id(f"{field_id}-error")
        assert element is not None, f"no error message for {field_id}"
        return text_of(element).removeprefix("Error:").strip()

    def forms(self) -> list[Form]:
        found = []
        for element in self._root().iter("form"):
            form = Form(element.get("action") or "", (element.get("method") or "get").lower())
            for control in element.iter("input"):
                kind = control.get("type", "text")
                if control.get("name") and (kind not in ("radio", "checkbox") or control.get("checked") is not None):
                    form.fields[control.get("name", "")] = control.get("value") or ""
            form.buttons = [text_of(button) for button in element.iter("button")]
            found.append(form)
        return found

    def form(self, button: str) -> Form:
        matches = [form for form in self.forms() if button in form.buttons]
        assert matches, f"no form with a {button!r} button"
        return matches[0]

    def tag_texts(self) -> list[str]:
        return [text_of(tag) for tag in self.by_class("govuk-tag")]


class HtmlClient:
    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def get(self, url: str, **kwargs: Any) -> Page:
        return Page(self.client.get(url, **kwargs))

    def post(self, url: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Page:
        return Page(self.client.post(url, data=data or {}, **kwargs))

    def submit(self, page: Page, button: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Page:
        """Send the form with the given button, its hidden and current fields, and `data`."""
        form = page.form(button)
        return self.post(form.action, {**form.fields, **(data or {})}, **kwargs)

    def follow(self, page: Page) -> Page:
        assert page.status in (301, 302, 303, 307, 308), f"not a redirect: {page.status}"
        return self.get(page.location)


def sign_in(client: HtmlClient, email: str = "provider@example.com", password: str = PASSWORD) -> Page:
    page = client.get("/account/sign-in")
    return client.submit(page, "Sign in", {"email": email, "password": password})
