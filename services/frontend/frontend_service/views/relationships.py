"""An organisation's stock owners and managing agents: its own users and support see them; its data coordinators
and support add or remove them. Another organisation's lists do not exist for anyone but support (404)."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from core_platform.errors import FailedPrecondition, InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.models import User
from frontend_service.forms.organisations import RelationshipForm
from frontend_service.rendering import render_page
from frontend_service.views.organisations import bp

KINDS = {
    "stock-owners": ("Stock owners", "stock owner"),
    "managing-agents": ("Managing agents", "managing agent"),
}


def _user_for(organisation_id: str) -> User:
    user = current_user()
    assert user is not None
    if user.role != "support" and user.organisation_id != organisation_id:
        abort(404)
    return user


def _may_change(user: User) -> bool:
    return user.role in ("support", "data_coordinator")


def _pair(kind: str, organisation_id: str, other_id: str) -> tuple[str, str]:
    """(stock owner, managing agent)."""
    return (other_id, organisation_id) if kind == "stock-owners" else (organisation_id, other_id)


def _related(kind: str, organisation_id: str) -> list:
    owners, agents = backends().organisations.list_relationships(organisation_id, token=access_token())
    return owners if kind == "stock-owners" else agents


@bp.get("/organisations/<organisation_id>/<any('stock-owners', 'managing-agents'):kind>")
@login_required
def list_relationships(organisation_id: str, kind: str) -> str:
    user = _user_for(organisation_id)
    organisation = backends().organisations.get_organisation_details(organisation_id, token=access_token())
    title, singular = KINDS[kind]
    return render_page(
        "organisations/list_relationships.html",
        organisation=organisation,
        related=_related(kind, organisation_id),
        kind=kind,
        title=title,
        singular=singular,
        may_change=_may_change(user),
        own=user.organisation_id == organisation_id,
    )


@bp.route("/organisations/<organisation_id>/<any('stock-owners', 'managing-agents'):kind>/add", methods=["GET", "POST"])
@login_required
def add_relationship(organisation_id: str, kind: str) -> Response | str:
    user = _user_for(organisation_id)
    if not _may_change(user):
        abort(404)
    token = access_token()
    client = backends().organisations
    organisation = client.get_organisation_details(organisation_id, token=token)
    title, singular = KINDS[kind]
    taken = {o.id for o in _related(kind, organisation_id)} | {organisation_id}
    form = RelationshipForm()
    form.organisation_id.label.text = f"What is the name of this organisation’s {singular}?"
    choices = [(o.id, f"{o.name} ({o.code})") for o in client.list_all_organisations(token=token) if o.id not in taken]
    form.organisation_id.choices = [("", "Select an organisation"), *choices]
    if form.validate_on_submit():
        owner, agent = _pair(kind, organisation_id, form.organisation_id.data or "")
        try:
            client.set_relationship(owner, agent, True, token=token)
        except (InvalidArgument, FailedPrecondition) as exc:
            form.organisation_id.errors = [*form.organisation_id.errors, exc.message]
        else:
            chosen = dict(choices)[form.organisation_id.data or ""]
            flash(f"{chosen} is now one of {organisation.name}’s {title.lower()}", "success")
            return redirect(url_for("organisations.list_relationships", organisation_id=organisation_id, kind=kind))
    return render_page(
        "organisations/add_relationship.html", form=form, organisation=organisation, kind=kind, title=title
    )


@bp.route(
    "/organisations/<organisation_id>/<any('stock-owners', 'managing-agents'):kind>/<other_id>/remove",
    methods=["GET", "POST"],
)
@login_required
def remove_relationship(organisation_id: str, kind: str, other_id: str) -> Response | str:
    user = _user_for(organisation_id)
    if not _may_change(user):
        abort(404)
    token = access_token()
    client = backends().organisations
    organisation = client.get_organisation_details(organisation_id, token=token)
    other = next((o for o in _related(kind, organisation_id) if o.id == other_id), None)
    if other is None:
        abort(404)
    title, singular = KINDS[kind]
    form = FlaskForm()
    if request.method == "POST" and form.validate_on_submit():
        owner, agent = _pair(kind, organisation_id, other_id)
        client.set_relationship(owner, agent, False, token=token)
        flash(f"{other.name} is no longer one of {organisation.name}’s {title.lower()}", "success")
        return redirect(url_for("organisations.list_relationships", organisation_id=organisation_id, kind=kind))
    return render_page(
        "organisations/remove_relationship.html",
        form=form,
        organisation=organisation,
        other=other,
        kind=kind,
        singular=singular,
    )
