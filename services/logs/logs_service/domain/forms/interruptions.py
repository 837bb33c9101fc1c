"""Filling a soft-check page's texts: "You told us the rent is %{brent}." with the log's answers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import Interruption

PLACEHOLDER = re.compile(r"%\{(\w+)\}")


def fill_template(
    text: Interruption | None, form: Form, answers: Mapping[str, Any], computed: Mapping[str, Any] | None = None
) -> str:
    """`computed`: values the page's soft check worked out, by placeholder name, for the arguments
    that are no answer (the live service's log methods such as `rent_soft_validation_higher_or_lower_text`)."""
    if text is None:
        return ""
    values = {str(arg.get("i18n_template")): _argument(arg, form, answers, computed or {}) for arg in text.arguments}
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), ""), text.template)


def _argument(argument: Mapping[str, Any], form: Form, answers: Mapping[str, Any], computed: Mapping[str, Any]) -> str:
    key = str(argument.get("key", ""))
    if key == "field_formatted_as_currency":
        key = str(argument.get("arguments_for_key"))
        amount = answers.get(key)
        if isinstance(amount, int | float):
            return currency(amount)
    if form.question(key) is None:
        return str(computed.get(str(argument.get("i18n_template")), ""))
    value = answers.get(key)
    if value is None:
        return ""
    question = form.question(key)
    if argument.get("label") and question is not None:
        label = next((o.label for o in question.answer_options if o.value == str(value)), None)
        if label is not None:
            return label.lower() if key in ("incfreq", "period") else label
        shown = (
            currency(value)
            if question.prefix == "£" and isinstance(value, int | float)
            else f"{question.prefix}{value}"
        )
        return f"{shown}{question.suffix_for(answers)}"
    return str(value)


def currency(amount: float) -> str:
    """As the live service shows money: pounds and pence with thousands separated (£1,234.50)."""
    return f"£{float(amount):,.2f}"
