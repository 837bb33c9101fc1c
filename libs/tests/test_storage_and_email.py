import json

import boto3
import pytest
from moto import mock_aws

from core_platform.email import EmailTemplate, OutboxEmailSender
from core_platform.errors import NotFound
from core_platform.storage import LocalStorage, S3Storage

RESET = EmailTemplate("password_reset", "Reset your password", "Hello ((name)), use ((link)) within 3 hours.")


def test_local_storage_round_trip_and_missing_key(tmp_path):
    storage = LocalStorage(tmp_path)
    storage.put("uploads/a.csv", b"1,2,3")
    assert storage.get("uploads/a.csv") == b"1,2,3"
    storage.delete("uploads/a.csv")
    with pytest.raises(NotFound):
        storage.get("uploads/a.csv")


def test_local_storage_refuses_keys_outside_its_folder(tmp_path):
    with pytest.raises(ValueError):
        LocalStorage(tmp_path / "store").put("../escape.txt", b"x")


@mock_aws
def test_s3_storage_round_trip_and_missing_key():
    client = boto3.client("s3", region_name="eu-west-2")
    client.create_bucket(Bucket="core", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    storage = S3Storage("core", client)
    storage.put("exports/x.zip", b"zip")
    assert storage.get("exports/x.zip") == b"zip"
    with pytest.raises(NotFound):
        storage.get("exports/none.zip")


def test_outbox_message_has_the_documented_fields(tmp_path):
    OutboxEmailSender(tmp_path).send("a@example.com", RESET, {"name": "Pat", "link": "https://x/r?t=1"}, "ref-1")
    (message_file,) = tmp_path.glob("*.json")
    message = json.loads(message_file.read_text())
    assert {"to", "template", "subject", "body", "personalisation", "created_at"} <= set(message)
    assert message["to"] == "a@example.com"
    assert message["body"] == "Hello Pat, use https://x/r?t=1 within 3 hours."


def test_missing_personalisation_is_an_error_not_a_blank(tmp_path):
    with pytest.raises(KeyError):
        OutboxEmailSender(tmp_path).send("a@example.com", RESET, {"name": "Pat"}, "ref-2")
