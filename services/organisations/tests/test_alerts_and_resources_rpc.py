"""Service alerts (support manages; anyone reads the current one) and collection resources in object storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.organisations.v1 import alerts_pb2 as apb
from core.organisations.v1 import resources_pb2 as rpb
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_client import call


def _support(keys):
    return keys.token(role="support", organisation_id="")


def _alert(public=False, starts=None, ends=None, **fields):
    message = apb.AlertInput(
        title=fields.get("title", "Planned downtime"),
        body=fields.get("body", "CORE will be unavailable on Saturday."),
        link_text=fields.get("link_text", ""),
        link_url=fields.get("link_url", ""),
        show_on_public_pages=public,
    )
    message.starts_at.FromDatetime(starts or datetime.now(UTC) - timedelta(minutes=1))
    if ends is not None:
        message.ends_at.FromDatetime(ends)
    return message


def test_support_creates_edits_and_ends_an_alert(alerts_stub, keys):
    created = call(alerts_stub.CreateAlert, _alert(), token=_support(keys))
    user = keys.token("data_provider", "org")
    current = call(alerts_stub.GetCurrentAlert, apb.GetCurrentAlertRequest(), token=user)
    assert current.HasField("alert") and current.alert.title == "Planned downtime"
    edited = call(
        alerts_stub.UpdateAlert,
        apb.UpdateAlertRequest(id=created.id, alert=_alert(title="Downtime moved", link_text="Details", link_url="/x")),
        token=_support(keys),
    )
    assert edited.title == "Downtime moved" and edited.active
    ended = call(alerts_stub.EndAlert, apb.GetAlertRequest(id=created.id), token=_support(keys))
    assert not ended.active
    assert not call(alerts_stub.GetCurrentAlert, apb.GetCurrentAlertRequest(), token=user).HasField("alert")
    listed = call(alerts_stub.ListAlerts, apb.ListAlertsRequest(), token=_support(keys))
    assert [a.title for a in listed.alerts] == ["Downtime moved"]


def test_signed_out_callers_see_only_public_alerts_and_future_ones_wait(alerts_stub, keys):
    call(alerts_stub.CreateAlert, _alert(title="Signed in only"), token=_support(keys))
    assert not call(alerts_stub.GetCurrentAlert, apb.GetCurrentAlertRequest()).HasField("alert")
    call(alerts_stub.CreateAlert, _alert(public=True, title="Everyone"), token=_support(keys))
    assert call(alerts_stub.GetCurrentAlert, apb.GetCurrentAlertRequest()).alert.title == "Everyone"
    later = datetime.now(UTC) + timedelta(hours=1)
    call(alerts_stub.CreateAlert, _alert(public=True, title="Later", starts=later), token=_support(keys))
    assert call(alerts_stub.GetCurrentAlert, apb.GetCurrentAlertRequest()).alert.title == "Everyone"


def test_alert_validation_and_support_only(alerts_stub, keys):
    now = datetime.now(UTC)
    bad = _alert(title="", body="", link_url="javascript:alert(1)", ends=now - timedelta(hours=1))
    with pytest.raises(InvalidArgument) as error:
        call(alerts_stub.CreateAlert, bad, token=_support(keys))
    assert set(error.value.field_errors) == {"title", "body", "link_url", "link_text", "ends_at"}
    with pytest.raises(PermissionDenied):
        call(alerts_stub.CreateAlert, _alert(), token=keys.token("data_coordinator", "org"))
    with pytest.raises(NotFound):
        call(alerts_stub.EndAlert, apb.GetAlertRequest(id="nope"), token=_support(keys))


def _upload(stub, keys, data=b"col1,col2\n", resource_type="bulk_upload_template", filename="template.csv"):
    request = rpb.UploadResourceRequest(
        year=2025, resource_type=resource_type, filename=filename, content_type="text/csv", data=data
    )
    return call(stub.UploadResource, request, token=_support(keys))


def test_support_uploads_and_anyone_downloads_a_resource(resources_stub, keys, storage):
    uploaded = _upload(resources_stub, keys, filename="../../etc/2025 template.csv")
    assert uploaded.filename == "2025 template.csv" and uploaded.size == 10
    listed = call(resources_stub.ListResources, rpb.ListResourcesRequest())
    assert [(r.year, r.resource_type) for r in listed.resources] == [(2025, "bulk_upload_template")]
    file = call(
        resources_stub.DownloadResource, rpb.DownloadResourceRequest(year=2025, resource_type="bulk_upload_template")
    )
    assert file.data == b"col1,col2\n" and file.resource.content_type == "text/csv"


def test_a_new_upload_replaces_the_file_and_its_stored_object(resources_stub, keys, storage, tmp_path):
    _upload(resources_stub, keys)
    _upload(resources_stub, keys, data=b"new")
    listed = call(resources_stub.ListResources, rpb.ListResourcesRequest())
    assert len(listed.resources) == 1
    stored = [p for p in (tmp_path / "storage").rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].read_bytes() == b"new"


def test_upload_validation_and_support_only(resources_stub, keys):
    with pytest.raises(InvalidArgument) as error:
        _upload(resources_stub, keys, data=b"", resource_type="poster")
    assert set(error.value.field_errors) == {"resource_type", "data"}
    with pytest.raises(PermissionDenied):
        call(
            resources_stub.UploadResource,
            rpb.UploadResourceRequest(year=2025, resource_type="guidance", filename="g.pdf", data=b"x"),
            token=keys.token("data_coordinator", "org"),
        )
    with pytest.raises(NotFound):
        call(resources_stub.DownloadResource, rpb.DownloadResourceRequest(year=2024, resource_type="guidance"))
