"""Render a page with its error summary: from the form's errors (`wtforms_errors`) or a given list."""

from __future__ import annotations

from typing import Any

from flask import render_template
from flask_wtf import FlaskForm
from govuk_frontend_wtf.main import wtforms_errors


def render_page(
    template: str,
    *,
    form: FlaskForm | None = None,
    error_list: list[dict[str, str]] | None = None,
    **context: Any,
) -> str:
    if error_list is None:
        error_list = wtforms_errors(form)["errorList"] if form is not None else []
    return render_template(template, form=form, error_list=error_list, **context)
