"""Supported housing schemes: the list with search, pagination and the three CSV downloads, and a scheme's page
with its locations. Another organisation's scheme is 404 (the organisations service says NotFound)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, redirect, request, stream_with_context, url_for
from werkzeug.wrappers import Response as BaseResponse

from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.pagination import Pagination, page_number
from frontend_service.rendering import render_page
from frontend_service.views.scheme_answers import available_actions, scheme_rows

PAGE_SIZE = 20
EDITOR_ROLES = ("support", "data_coordinator")
SEARCH_MAX_LENGTH = 100
DOWNLOADS = {
    "schemes": ("Download schemes (CSV)", "schemes.csv"),
    "locations": ("Download locations (CSV)", "locations.csv"),
    "combined": ("Download schemes and locations (CSV)", "schemes-and-locations.csv"),
}

bp = Blueprint("schemes", __name__, url_prefix="/schemes")


@bp.get("")
@login_required
def list_schemes() -> BaseResponse | str:
    page = page_number(request.args.get("page"))
    search = request.args.get("search", "").strip()[:SEARCH_MAX_LENGTH]
    result = backends().organisations.list_schemes(search, page, PAGE_SIZE, token=access_token())
    pagination = Pagination(page, PAGE_SIZE, result.total, url_for("schemes.list_schemes"), {"search": search})
    if page > pagination.page_count:
        return redirect(pagination.url_for_page(pagination.page_count))
    downloads = [
        (text, url_for("schemes.download_schemes", kind=kind, search=search or None))
        for kind, (text, _name) in DOWNLOADS.items()
    ]
    return render_page(
        "schemes/list_schemes.html",
        schemes=result.schemes,
        pagination=pagination,
        search=search,
        downloads=downloads,
        user=current_user(),
        editor=getattr(current_user(), "role", "") in EDITOR_ROLES,
    )


@bp.get("/download/<kind>")
@login_required
def download_schemes(kind: str) -> Response:
    if kind not in DOWNLOADS:
        abort(404)
    search = request.args.get("search", "").strip()[:SEARCH_MAX_LENGTH]
    chunks = backends().organisations.export_schemes_csv(kind, search, token=access_token())
    filename = DOWNLOADS[kind][1]
    return Response(
        stream_with_context(chunks),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/<scheme_id>")
@login_required
def show_scheme(scheme_id: str) -> str:
    user = current_user()
    assert user is not None
    token = access_token()
    scheme = backends().organisations.get_scheme(scheme_id, token=token)
    locations = backends().organisations.list_locations(scheme_id, token=token)
    return render_page(
        "schemes/show_scheme.html",
        scheme=scheme,
        locations=locations,
        rows=scheme_rows(scheme, user, change_links=True),
        editor=user.role in EDITOR_ROLES,
        actions=available_actions(scheme.status),
    )


# The creation, location and availability pages add their routes to this blueprint.
from frontend_service.views import location_flow, scheme_availability, scheme_flow  # noqa: E402

__all__ = ["bp", "location_flow", "scheme_availability", "scheme_flow"]
