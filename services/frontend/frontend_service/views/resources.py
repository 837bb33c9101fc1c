"""Collection resources: anyone can download a year's bulk upload template, specification or guidance; support
uploads them. The start page lists them through the `collection_resources()` template global."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import PurePath
from urllib.parse import quote

from flask import Blueprint, Flask, Response, abort, current_app, flash, g, redirect, request, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovRadioInput
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response as BaseResponse
from wtforms import RadioField
from wtforms.validators import InputRequired, ValidationError

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required, resume_session
from frontend_service.clients.organisation_models import CollectionResource
from frontend_service.errors import handle_http_error
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

bp = Blueprint("resources", __name__)

RESOURCE_TYPES = (
    ("bulk_upload_template", "Bulk upload template"),
    ("specification", "Bulk upload specification"),
    ("guidance", "Guidance"),
)
RESOURCE_TYPE_LABELS = dict(RESOURCE_TYPES)
MAX_FILE_BYTES = 20 * 1024 * 1024  # the backend's limit
UPLOAD_REQUEST_LIMIT = MAX_FILE_BYTES + 1024 * 1024  # the file plus the form around it
TOO_LARGE = "The selected file must be smaller than 20MB"
CACHE_KEY = "core.collection_resources_cache"
CACHE_SECONDS = 30.0
ALLOWED_EXTENSIONS = {".csv", ".xlsx", ".xls", ".ods", ".pdf", ".docx", ".odt"}
CHUNK_BYTES = 64 * 1024


def collection_year_label(year: int) -> str:
    return f"{year} to {year + 1}"


def _current_collection_year() -> int:
    now = datetime.fromtimestamp(float(current_app.config["CLOCK"]()), UTC)
    return now.year if now.month >= 4 else now.year - 1


def _cached_resources() -> list[CollectionResource]:
    """The public list, fetched at most once per 30 s per process (it is on the start page, which anyone may
    load); a failure counts as no resources and is cached too. An upload here forgets it at once."""
    cache: dict[str, tuple[float, list[CollectionResource]]] = current_app.extensions.setdefault(CACHE_KEY, {})
    now = float(current_app.config["CLOCK"]())
    cached = cache.get("list")
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    found: list[CollectionResource] = []
    try:
        found = list(backends().organisations.list_resources())
    except Exception as exc:  # noqa: BLE001 - the start page works without its resource links
        logger.warning("collection resources unavailable: %s", type(exc).__name__)
    cache["list"] = (now, found)
    return found


def _forget_cached_resources() -> None:
    current_app.extensions.pop(CACHE_KEY, None)


def collection_resources() -> list[dict[str, str]]:
    """Links for the start page, newest year first; none if the organisations service cannot say."""
    found = _cached_resources()
    order = {code: index for index, (code, _) in enumerate(RESOURCE_TYPES)}
    known = [r for r in found if r.resource_type in order]
    known.sort(key=lambda r: (-r.year, order[r.resource_type]))
    return [
        {
            "text": f"{collection_year_label(r.year)} {RESOURCE_TYPE_LABELS[r.resource_type].lower()}",
            "href": url_for("resources.download_resource", year=r.year, resource_type=r.resource_type),
            "details": _file_details(r),
        }
        for r in known
    ]


def _file_details(resource: CollectionResource) -> str:
    extension = PurePath(resource.filename).suffix.lstrip(".").upper() or "File"
    size = resource.size
    readable = f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"
    return f"{extension}, {readable}"


def _allow_large_uploads() -> None:
    # The app's 1 MB request limit is too small for a resource file; only the upload page accepts more.
    if request.endpoint == "resources.upload_resource":
        request.max_content_length = UPLOAD_REQUEST_LIMIT


def _upload_too_large(exc: RequestEntityTooLarge) -> BaseResponse | tuple[str, int]:
    """A file over the request limit is refused before the form is read (so before CSRF and the view): support
    get the upload page again with the GOV.UK error on the file field; anyone else the usual error page."""
    if request.endpoint != "resources.upload_resource":
        return handle_http_error(exc)
    if "user" not in g:
        resume_session()  # the request stopped before the before_request that says who is signed in
    user = current_user()
    if user is None or user.role != "support":
        return handle_http_error(exc)
    form = UploadResourceForm(formdata=None)
    form.file.errors = [TOO_LARGE]
    return render_page("resources/upload_resource.html", form=form), 413


def init_resources(app: Flask) -> None:
    app.jinja_env.globals["collection_resources"] = collection_resources
    # First of all, before CSRF protection reads the form.
    app.before_request_funcs.setdefault(None, []).insert(0, _allow_large_uploads)
    app.register_error_handler(RequestEntityTooLarge, _upload_too_large)


# --- download ----------------------------------------------------------------------------------------------


def _content_disposition(filename: str) -> str:
    name = PurePath(filename.replace("\\", "/")).name or "download"
    ascii_name = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in name)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


@bp.get("/resources/<int:year>/<resource_type>")
def download_resource(year: int, resource_type: str) -> Response:
    if resource_type not in RESOURCE_TYPE_LABELS:
        abort(404)
    file = backends().organisations.download_resource(year, resource_type)
    data = file.data

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(data), CHUNK_BYTES):
            yield data[start : start + CHUNK_BYTES]

    content_type = file.resource.content_type or "application/octet-stream"
    if "/" not in content_type or any(c in content_type for c in "\r\n"):
        content_type = "application/octet-stream"
    return Response(
        chunks(),
        content_type=content_type,
        headers={
            "Content-Disposition": _content_disposition(file.resource.filename),
            "Content-Length": str(len(data)),
            "X-Content-Type-Options": "nosniff",
        },
    )


# --- upload (support) --------------------------------------------------------------------------------------


def _file_required(form: FlaskForm, field: FileField) -> None:
    if not isinstance(field.data, FileStorage) or not field.data.filename:
        raise ValidationError("Select a file")


class UploadResourceForm(FlaskForm):
    year = RadioField("Collection year", widget=GovRadioInput(), validators=[InputRequired("Select a collection year")])
    resource_type = RadioField(
        "Type of resource",
        choices=RESOURCE_TYPES,
        widget=GovRadioInput(),
        validators=[InputRequired("Select the type of resource")],
    )
    file = FileField("Upload a file", widget=GovFileInput(), validators=[_file_required])

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        current = _current_collection_year()
        self.year.choices = [(str(y), collection_year_label(y)) for y in (current - 1, current, current + 1)]
        self.content: bytes = b""

    def validate_file(self, field: FileField) -> None:
        upload = field.data
        if not isinstance(upload, FileStorage) or not upload.filename:
            return  # _file_required said so
        if PurePath(upload.filename).suffix.lower() not in ALLOWED_EXTENSIONS:
            raise ValidationError("The selected file must be a CSV, Excel, PDF, Word or OpenDocument file")
        content = upload.read(MAX_FILE_BYTES + 1)
        if not content:
            raise ValidationError("The selected file is empty")
        if len(content) > MAX_FILE_BYTES:
            raise ValidationError(TOO_LARGE)
        self.content = content


def _require_support() -> None:
    user = current_user()
    if user is None or user.role != "support":
        abort(404)


@bp.route("/resources/upload", methods=["GET", "POST"])
@login_required
def upload_resource() -> BaseResponse | str:
    _require_support()
    form = UploadResourceForm()
    if form.validate_on_submit():
        upload = form.file.data
        assert isinstance(upload, FileStorage)
        filename = PurePath((upload.filename or "").replace("\\", "/")).name
        try:
            saved = backends().organisations.upload_resource(
                int(form.year.data or 0),
                str(form.resource_type.data),
                filename,
                upload.mimetype or "application/octet-stream",
                form.content,
                token=access_token(),
            )
        except InvalidArgument as exc:
            for name, message in exc.field_errors.items():
                field = getattr(form, name, None)
                if field is not None:
                    field.errors = [*field.errors, message]
            if not exc.field_errors:
                form.file.errors = [*form.file.errors, exc.message]
        else:
            _forget_cached_resources()
            label = RESOURCE_TYPE_LABELS.get(saved.resource_type, saved.resource_type)
            flash(f"{collection_year_label(saved.year)} {label.lower()} uploaded", "success")
            return redirect(url_for("resources.upload_resource"))
    return render_page("resources/upload_resource.html", form=form)
