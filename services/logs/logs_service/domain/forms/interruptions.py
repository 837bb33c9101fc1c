"""Filling a soft-check page's texts: "You told us the rent is %{brent}." with the log's answers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import Interruption

PLACEHOLDER = re.compile(r"%\{(\w+)\}")


def fill_template(text: Interruption | None, form: Form, answers: Mapping[str, Any]) -> str:
    if text is None:
        return ""
    values = {str(arg.get("i18n_template")): _argument(arg, form, answers) for arg in text.arguments}
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), ""), text.template)


def _argument(argument: Mapping[str, Any], form: Form, answers: Mapping[str, Any]) -> str:
    key = str(argument.get("key", ""))
    if key == "field_formatted_as_currency":
        amount = answers.get(str(argument.get("arguments_for_key")))
        return f"£{float(amount):,.2f}" if isinstance(amount, int | float) else ""
    value = answers.get(key)
    if value is None:
        return ""
    question = form.question(key)
    if argument.get("label") and question is not None:
        label = next((o.label for o in question.answer_options if o.value == str(value)), None)
        if label is not None:
            return label.lower() if key in ("incfreq", "period") else label
        return f"{question.prefix}{value}{question.suffix_for(answers)}"
    return str(value)
