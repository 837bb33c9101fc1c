"""Forms of the logs pages. Question pages have no fixed fields (the logs service describes them), so
their form carries only the CSRF token."""

from __future__ import annotations

from flask_wtf import FlaskForm


class CreateLogForm(FlaskForm):
    pass


class QuestionPageForm(FlaskForm):
    pass


class DeleteLogForm(FlaskForm):
    pass


class ClearAnswersForm(FlaskForm):
    """Clearing answers from the check errors page: only the CSRF token is checked here."""


class ResolveDuplicatesForm(FlaskForm):
    """Its submit button's name says which: "keep" or "not_a_duplicate"."""
