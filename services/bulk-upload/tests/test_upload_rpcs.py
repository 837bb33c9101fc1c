"""BulkUploadService through a real channel to the in-process server, on a real database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from bulk_upload_service.data.models import Upload, outbox
from bulk_upload_service.rpc.uploads import registration
from core.bulkupload.v1 import bulkupload_pb2, bulkupload_pb2_grpc
from core_platform.db import SessionFactory
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied, Unauthenticated, Unavailable
from core_platform.grpc_client import call
from core_platform.storage import LocalStorage
from core_platform.testing import running_grpc_server

if TYPE_CHECKING:
    from core_platform.testing import TestKeys

REPO_ROOT = Path(__file__).resolve().parents[3]
# The reference material sits beside the repository (../shared/reference); it may be absent.
REFERENCE_FILES = REPO_ROOT.parent / "shared" / "reference" / "fixtures" / "files"
CSV = b"Question,Tenant code\nField number,1\n,T1\n"


@pytest.fixture
def stub(
    sessions: SessionFactory, storage: LocalStorage, enqueued: Any, keys: TestKeys
) -> Iterator[bulkupload_pb2_grpc.BulkUploadServiceStub]:
    with running_grpc_server([registration(sessions, storage, enqueued)], keys.verifier) as (_server, channel):
        yield bulkupload_pb2_grpc.BulkUploadServiceStub(channel)


@pytest.fixture
def provider_token(keys: TestKeys, organisation_id: str) -> str:
    return keys.token("data_provider", organisation_id)


def create_request(content: bytes = CSV, **overrides: Any) -> bulkupload_pb2.CreateUploadRequest:
    values: dict[str, Any] = {"log_type": "lettings", "collection_year": 2025, "filename": "lettings.csv"}
    values.update(overrides)
    return bulkupload_pb2.CreateUploadRequest(content=content, **values)


def stored_files(storage_root: Path) -> list[Path]:
    return [path for path in storage_root.rglob("*") if path.is_file()]


def test_create_upload_stores_the_file_records_it_and_enqueues_processing(
    stub: Any,
    provider_token: str,
    organisation_id: str,
    storage: LocalStorage,
    sessions: SessionFactory,
    enqueued: Any,
) -> None:
    upload = call(stub.CreateUpload, create_request(), token=provider_token)

    assert upload.status == bulkupload_pb2.UPLOAD_STATUS_RECEIVED
    assert (upload.organisation_id, upload.log_type, upload.collection_year) == (organisation_id, "lettings", 2025)
    assert storage.get(f"uploads/{upload.id}.csv") == CSV
    with sessions() as session:
        row = session.get(Upload, uuid.UUID(upload.id))
        assert row is not None and row.status == "received"
        events = session.execute(select(outbox.c.event_type, outbox.c.payload)).all()
    assert [(e.event_type, e.payload["upload_id"]) for e in events] == [("bulk_upload.upload_received", upload.id)]
    sent = [(task.name, task.args, task.queue) for task in enqueued.sent]
    assert sent == [("bulk_upload.process_upload", [upload.id], "bulk_upload")]


def test_rejects_an_excel_workbook_named_csv_and_stores_nothing(
    stub: Any, provider_token: str, tmp_path: Path, sessions: SessionFactory, enqueued: Any
) -> None:
    with pytest.raises(InvalidArgument) as error:
        call(stub.CreateUpload, create_request(b"PK\x03\x04\x14\x00\x08\x08xl/workbook.xml"), token=provider_token)

    assert error.value.field_errors == {"file": "The selected file must be a CSV"}
    assert stored_files(tmp_path / "storage") == []
    with sessions() as session:
        assert session.scalars(select(Upload)).all() == []
    assert enqueued.sent == []


def test_rejects_the_reference_excel_as_csv_fixture(stub: Any, provider_token: str) -> None:
    path = REFERENCE_FILES / "excel_as_csv.csv"
    if not path.exists():
        pytest.skip(f"reference fixture {path} is absent (../shared/reference is not checked out here)")
    with pytest.raises(InvalidArgument) as error:
        call(stub.CreateUpload, create_request(path.read_bytes(), filename="excel_as_csv.csv"), token=provider_token)
    assert error.value.field_errors["file"] == "The selected file must be a CSV"


def test_rejects_an_empty_file_unknown_log_type_and_closed_year(stub: Any, provider_token: str) -> None:
    with pytest.raises(InvalidArgument) as error:
        call(stub.CreateUpload, create_request(b"", log_type="rents", collection_year=2024), token=provider_token)
    assert set(error.value.field_errors) == {"file", "log_type", "collection_year"}
    assert error.value.field_errors["file"] == "The selected file is empty"


def test_every_call_needs_an_access_token(stub: Any) -> None:
    with pytest.raises(Unauthenticated):
        call(stub.CreateUpload, create_request())
    with pytest.raises(Unauthenticated):
        call(stub.ListUploads, bulkupload_pb2.ListUploadsRequest())


def test_a_caller_without_an_organisation_cannot_upload(stub: Any, keys: TestKeys) -> None:
    with pytest.raises(PermissionDenied):
        call(stub.CreateUpload, create_request(), token=keys.token("data_provider", organisation_id=""))


def test_another_organisations_upload_is_not_found_but_support_sees_it(
    stub: Any, make_upload: Any, keys: TestKeys
) -> None:
    upload_id = make_upload()
    request = bulkupload_pb2.GetUploadRequest(id=upload_id)

    with pytest.raises(NotFound):
        call(stub.GetUpload, request, token=keys.token("data_coordinator", str(uuid.uuid4())))
    with pytest.raises(NotFound):
        call(stub.GetUpload, bulkupload_pb2.GetUploadRequest(id="not-an-id"), token=keys.token("support"))
    assert call(stub.GetUpload, request, token=keys.token("support", str(uuid.uuid4()))).id == upload_id


def test_lists_own_organisations_uploads_newest_first_in_pages(
    stub: Any, make_upload: Any, provider_token: str, keys: TestKeys
) -> None:
    own = [make_upload(filename=f"file-{n}.csv") for n in range(3)]
    make_upload(organisation_id=uuid.uuid4())

    first = call(stub.ListUploads, bulkupload_pb2.ListUploadsRequest(page=1, page_size=2), token=provider_token)
    second = call(stub.ListUploads, bulkupload_pb2.ListUploadsRequest(page=2, page_size=2), token=provider_token)
    everyone = call(stub.ListUploads, bulkupload_pb2.ListUploadsRequest(), token=keys.token("support"))

    assert (first.total, second.total, everyone.total) == (3, 3, 4)
    assert [u.id for u in [*first.uploads, *second.uploads]] == list(reversed(own))


def test_when_the_queue_is_unreachable_the_upload_is_marked_failed(
    sessions: SessionFactory, storage: LocalStorage, keys: TestKeys, provider_token: str
) -> None:
    def broken_enqueue(task_name: str, args: list[Any], queue: str) -> None:
        raise ConnectionError("broker down")

    with running_grpc_server([registration(sessions, storage, broken_enqueue)], keys.verifier) as (_, channel):
        stub = bulkupload_pb2_grpc.BulkUploadServiceStub(channel)
        with pytest.raises(Unavailable):
            call(stub.CreateUpload, create_request(), token=provider_token)

    with sessions() as session:
        upload = session.scalars(select(Upload)).one()
    assert upload.status == "failed"
    assert upload.failure_reason == "The file could not be queued for processing. Upload it again."
