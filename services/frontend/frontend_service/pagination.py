"""Page numbers for lists: the GOV.UK pagination component's params and the "Showing x to y" counts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode


def page_number(raw: str | None) -> int:
    """A 1-based page number from the query string; anything else is page 1."""
    try:
        number = int(raw or "1")
    except ValueError:
        return 1
    return max(number, 1)


@dataclass(frozen=True)
class Pagination:
    page: int
    page_size: int
    total: int
    base_url: str
    query: dict[str, str | list[str]]  # a list: a parameter repeated (checkbox filters)

    @property
    def page_count(self) -> int:
        return max(math.ceil(self.total / self.page_size), 1)

    @property
    def first_shown(self) -> int:
        return min((self.page - 1) * self.page_size + 1, self.total)

    @property
    def last_shown(self) -> int:
        return min(self.page * self.page_size, self.total)

    def url_for_page(self, number: int) -> str:
        query = {key: value for key, value in self.query.items() if value}
        if number > 1:
            query["page"] = str(number)
        return f"{self.base_url}?{urlencode(query, doseq=True)}" if query else self.base_url

    def _numbers(self) -> list[int | None]:
        """Current page, its neighbours, first and last; None where numbers are skipped."""
        wanted = {1, self.page_count, self.page - 1, self.page, self.page + 1}
        shown = sorted(number for number in wanted if 1 <= number <= self.page_count)
        numbers: list[int | None] = []
        for number in shown:
            if numbers and number - (numbers[-1] or 0) > 1:
                numbers.append(None)
            numbers.append(number)
        return numbers

    def params(self) -> dict[str, Any] | None:
        """govukPagination params, or None when everything fits on one page."""
        if self.page_count <= 1:
            return None
        items = [
            {"ellipsis": True}
            if number is None
            else {"number": number, "href": self.url_for_page(number), "current": number == self.page}
            for number in self._numbers()
        ]
        params: dict[str, Any] = {"items": items}
        if self.page > 1:
            params["previous"] = {"href": self.url_for_page(self.page - 1)}
        if self.page < self.page_count:
            params["next"] = {"href": self.url_for_page(self.page + 1)}
        return params
