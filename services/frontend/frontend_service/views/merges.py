"""Support's changes to an organisation's standing: merging organisations into it (choose organisations, merge
date, check answers, confirm), a name change from a date, deactivation; and the DPO's acceptance of the data
sharing agreement. Routes on the organisations blueprint."""

from __future__ import annotations

from datetime import date

from flask import abort, flash, redirect, request, session, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response as BaseResponse

from core_platform.errors import InvalidArgument, PermissionDenied
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.rendering import render_page
from frontend_service.views.organisations import _load, _require_support, bp

MERGE_KEY = "merge"
# Whether the absorbing organisation is new: it becomes active on the merge date (its "available from").
NEW_ORGANISATION_FIELD = "absorbing_organisation_active_from_merge_date"


def _date_from_form(prefix: str) -> tuple[str, str]:
    """(ISO date, error) from the day, month and year inputs."""
    try:
        day = date(
            int(request.form[f"{prefix}-year"]),
            int(request.form[f"{prefix}-month"]),
            int(request.form[f"{prefix}-day"]),
        )
    except (KeyError, ValueError):
        return "", "Enter a date in the correct format, like 1 4 2025"
    return day.isoformat(), ""


def _errors(exc: InvalidArgument) -> list[dict[str, str]]:
    return [{"text": m, "href": f"#{f}"} for f, m in exc.field_errors.items()] or [{"text": exc.message, "href": "#"}]


def _merge_state(organisation_id: str) -> dict[str, object]:
    state = session.get(MERGE_KEY) or {}
    return state if state.get("absorbing") == organisation_id else {"absorbing": organisation_id}


@bp.route("/organisations/<organisation_id>/merge", methods=["GET", "POST"])
@login_required
def choose_merged_organisations(organisation_id: str) -> BaseResponse | str:
    _require_support()
    organisation = _load(organisation_id)
    state = _merge_state(organisation_id)
    choices = [
        o for o in backends().organisations.list_all_organisations(token=access_token()) if o.id != organisation_id
    ]
    form = FlaskForm()
    errors: list[dict[str, str]] = []
    if form.validate_on_submit():
        chosen = [i for i in request.form.getlist("merged_organisation_ids") if i in {o.id for o in choices}]
        if chosen:
            session[MERGE_KEY] = {**state, "merged": chosen}
            return redirect(url_for("organisations.merge_date", organisation_id=organisation_id))
        errors = [{"text": "Select the organisations that are merging", "href": "#merged_organisation_ids"}]
    return render_page(
        "organisations/merge_choose.html",
        form=form,
        error_list=errors,
        organisation=organisation,
        choices=choices,
        chosen=state.get("merged", []),
    )


@bp.route("/organisations/<organisation_id>/merge/date", methods=["GET", "POST"])
@login_required
def merge_date(organisation_id: str) -> BaseResponse | str:
    _require_support()
    organisation = _load(organisation_id)
    state = _merge_state(organisation_id)
    if not state.get("merged"):
        return redirect(url_for("organisations.choose_merged_organisations", organisation_id=organisation_id))
    form = FlaskForm()
    error = new_error = ""
    if form.validate_on_submit():
        day, error = _date_from_form("merge_date")
        answer = request.form.get(NEW_ORGANISATION_FIELD, "")
        if answer not in ("yes", "no"):
            new_error = f"Select yes if {organisation.name} is a new organisation that becomes active on the merge date"
        if not error and not new_error:
            session[MERGE_KEY] = {**state, "date": day, "new": answer == "yes"}
            return redirect(url_for("organisations.check_merge", organisation_id=organisation_id))
    errors = [{"text": error, "href": "#merge_date-day"}] if error else []
    errors += [{"text": new_error, "href": f"#{NEW_ORGANISATION_FIELD}"}] if new_error else []
    return render_page(
        "organisations/merge_date.html",
        form=form,
        error_list=errors,
        error=error,
        new_error=new_error,
        new_answer=request.form.get(NEW_ORGANISATION_FIELD) or _yes_no(state.get("new")),
        organisation=organisation,
    )


def _yes_no(answer: object) -> str:
    return "" if answer is None else ("yes" if answer else "no")


@bp.route("/organisations/<organisation_id>/merge/check", methods=["GET", "POST"])
@login_required
def check_merge(organisation_id: str) -> BaseResponse | str:
    _require_support()
    organisation = _load(organisation_id)
    state = _merge_state(organisation_id)
    if not state.get("merged") or not state.get("date"):
        return redirect(url_for("organisations.choose_merged_organisations", organisation_id=organisation_id))
    names = {o.id: o.name for o in backends().organisations.list_all_organisations(token=access_token())}
    merged = [str(i) for i in state["merged"]]  # type: ignore[attr-defined]
    form = FlaskForm()
    errors: list[dict[str, str]] = []
    if form.validate_on_submit():
        try:
            backends().organisations.merge_organisations(
                organisation_id,
                merged,
                str(state["date"]),
                token=access_token(),
                absorbing_active_from_merge_date=bool(state.get("new")),
            )
        except InvalidArgument as exc:
            errors = _errors(exc)
        else:
            session.pop(MERGE_KEY, None)
            flash(f"{', '.join(names.get(i, i) for i in merged)} will merge into {organisation.name}", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=organisation_id))
    return render_page(
        "organisations/merge_check.html",
        form=form,
        error_list=errors,
        organisation=organisation,
        merged_names=[names.get(i, i) for i in merged],
        merge_date=date.fromisoformat(str(state["date"])),
        absorbing_is_new=bool(state.get("new")),
    )


@bp.route("/organisations/<organisation_id>/name", methods=["GET", "POST"])
@login_required
def change_name(organisation_id: str) -> BaseResponse | str:
    _require_support()
    organisation = _load(organisation_id)
    form = FlaskForm()
    errors: list[dict[str, str]] = []
    if form.validate_on_submit():
        day, error = _date_from_form("startdate")
        try:
            if error:
                raise InvalidArgument(field_errors={"startdate-day": error})
            backends().organisations.change_organisation_name(
                organisation_id, request.form.get("name", ""), day, token=access_token()
            )
        except InvalidArgument as exc:
            errors = _errors(exc)
        else:
            flash("Name change saved", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=organisation_id))
    return render_page("organisations/change_name.html", form=form, error_list=errors, organisation=organisation)


@bp.route("/organisations/<organisation_id>/deactivate", methods=["GET", "POST"])
@login_required
def deactivate_organisation(organisation_id: str) -> BaseResponse | str:
    _require_support()
    organisation = _load(organisation_id)
    form = FlaskForm()
    errors: list[dict[str, str]] = []
    if form.validate_on_submit():
        try:
            backends().organisations.deactivate_organisation(organisation_id, token=access_token())
        except InvalidArgument as exc:
            errors = _errors(exc)
        else:
            flash(f"{organisation.name} has been deactivated", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=organisation_id))
    return render_page("organisations/deactivate.html", form=form, error_list=errors, organisation=organisation)


@bp.route("/organisations/<organisation_id>/data-sharing-agreement", methods=["GET", "POST"])
@login_required
def data_sharing_agreement(organisation_id: str) -> BaseResponse | str:
    user = current_user()
    assert user is not None
    organisation = _load(organisation_id)
    form = FlaskForm()
    errors: list[dict[str, str]] = []
    if form.validate_on_submit():
        if user.organisation_id != organisation_id:
            abort(404)
        try:
            backends().organisations.accept_data_sharing_agreement(organisation_id, token=access_token())
        except PermissionDenied as exc:
            errors = [{"text": exc.message, "href": "#"}]
        else:
            flash("You have accepted the data sharing agreement", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=organisation_id))
    return render_page(
        "organisations/data_sharing_agreement.html",
        form=form,
        error_list=errors,
        organisation=organisation,
        may_accept=user.organisation_id == organisation_id and not organisation.data_sharing_agreement_signed,
    )
