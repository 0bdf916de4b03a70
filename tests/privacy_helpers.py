"""Small helpers shared by tests (the fakes of the ports are in fakes.py)."""

from __future__ import annotations

import copy
import importlib.util
import io
import json
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

from privacykit.adapters.aws import client


def segment_keys(bucket: str, tenant: str) -> list[str]:
    listed = client("s3").list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/segments/")
    return sorted(obj["Key"] for obj in listed.get("Contents", []))


ROOT = Path(__file__).resolve().parent.parent


def load_script(path: Path, name: str) -> ModuleType:
    """Import the file ``path`` (a handler, a bench or example script: no package) as module ``name``,
    registered in ``sys.modules`` (pydantic and dataclasses resolve postponed annotations there)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_handler(function: str, module: str = "app") -> ModuleType:
    """Import functions/<function>/<module>.py under a unique module name: every folder has an `app`
    (the API handler), and a folder may hold the handlers of other triggers (`uploads`, `reminders`...)."""
    return load_script(ROOT / "functions" / function / f"{module}.py", f"{function}_{module}")


def sqs_record(body: str, *, receives: int = 1, message_id: str = "m-1", receipt: str = "h") -> dict[str, Any]:
    """One SQS record as Lambda's event source mapping hands it to a function, on its ``receives``-th
    receive (SQS parks it in the dead-letter queue after the queue's maxReceiveCount)."""
    return {
        "messageId": message_id, "receiptHandle": receipt, "body": body, "md5OfBody": "x",
        "attributes": {"ApproximateReceiveCount": str(receives), "SentTimestamp": "1700000000000",
                       "SenderId": "s", "ApproximateFirstReceiveTimestamp": "1700000000000"},
        "messageAttributes": {}, "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:q", "awsRegion": "us-east-1",
    }  # fmt: skip


def job_record(tenant: str, job_id: str, *, receives: int = 1) -> dict[str, Any]:
    """The SQS record of a queue job (privacykit.queue_jobs) naming ``tenant`` and ``job_id``."""
    return sqs_record(json.dumps({"tenant": tenant, "job_id": job_id}), receives=receives, message_id=f"m-{receives}")


def event(name: str, **changes: Any) -> dict[str, Any]:
    """A sample event from events/, with top-level keys replaced."""
    loaded: dict[str, Any] = json.loads((ROOT / "events" / f"{name}.json").read_text())
    loaded.update(changes)
    return loaded


def http_api_event(
    method: str,
    route: str,
    raw_path: str,
    claims: dict[str, str],
    *,
    query: dict[str, str] | None = None,
    body: str | None = None,
    encoded: bool = False,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """An HTTP API (payload 2.0) event for ``route`` called at ``raw_path`` with ``claims`` from the verified
    token, as API Gateway hands it to a function: path parameters from the route, the query, the body."""
    params = {
        name.strip("{}"): value
        for name, value in zip(route.split("/"), raw_path.split("/"), strict=True)
        if name.startswith("{")
    }
    built: dict[str, Any] = {
        "version": "2.0",
        "routeKey": f"{method} {route}",
        "rawPath": raw_path,
        "rawQueryString": "&".join(f"{k}={v}" for k, v in (query or {}).items()),
        "headers": {"content-type": "application/json"} if headers is None else headers,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "authorizer": {"jwt": {"claims": claims, "scopes": None}},
            "http": {"method": method, "path": raw_path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1"},
            "requestId": "req-1",
            "routeKey": f"{method} {route}",
            "stage": "$default",
        },
        "isBase64Encoded": encoded,
    }
    if params:
        built["pathParameters"] = params
    if query:
        built["queryStringParameters"] = query
    if body is not None:
        built["body"] = body
    return built


def with_claims(api_event: dict[str, Any], claims: dict[str, str] | None) -> dict[str, Any]:
    changed = copy.deepcopy(api_event)
    if claims is None:
        changed["requestContext"].pop("authorizer", None)
    else:
        changed["requestContext"]["authorizer"] = {"jwt": {"claims": claims, "scopes": None}}
    return changed


class FakeContext:
    function_name = "test"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:test"
    memory_limit_in_mb = 512
    aws_request_id = "req-1"
    log_group_name = "/aws/lambda/test"
    log_stream_name = "test"

    def get_remaining_time_in_millis(self) -> int:
        return 10_000


def make_pdf(text: str) -> bytes:
    """A one-page PDF whose page shows ``text``: the samples' own writer (examples/make_examples.py)."""
    pdf: bytes = load_script(ROOT / "examples" / "make_examples.py", "make_examples").pdf([text])
    return pdf


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal DOCX (only word/document.xml matters to text extraction)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def seal(stack: Any) -> None:
    """Run the audit sealer once over every tenant, as its schedule does, whatever function's
    environment the test has set."""
    from privacykit.adapters.audit_bucket import AuditBucket
    from privacykit.adapters.audit_index import AuditIndexTable
    from privacykit.adapters.audit_outbox import AuditOutboxTable
    from privacykit.adapters.chain_heads import ChainHeadTable
    from privacykit.domain.audit.service import AuditSealer

    ddb, heads = client("dynamodb"), stack.ref("AuditChainTable")
    bucket = AuditBucket(client("s3"), stack.ref("AuditBucket"), 1)
    AuditSealer(
        AuditOutboxTable(ddb, stack.ref("AuditOutboxTable"), heads),
        ChainHeadTable(ddb, heads),
        bucket,
        index=AuditIndexTable(ddb, stack.ref("AuditIndexTable"), 1),
        partitions=bucket,
    ).seal_all()


def put_upload(bucket: str, tenant: str, subject: str, file_name: str, *bodies: bytes) -> tuple[str, list[str | None]]:
    """Put a subject's document as a client does with the link ``POST /v1/subjects/{id}/uploads`` hands
    out: at the key it names (no subject id, no file name), with the sealed metadata its headers carry;
    one version per body. The key and the version ids. Works under any function's environment."""
    from privacykit.adapters.uploads import S3UploadLinks
    from privacykit.domain.classify.uploads import UploadDesk
    from privacykit.roots import shared as shared_root

    s3 = client("s3")
    desk = UploadDesk(S3UploadLinks(s3, bucket), shared_root.keyring(), shared_root.audit_writer(), ttl_seconds=900)
    ticket = desk.issue(tenant, subject, file_name, actor=subject)
    metadata = {name.removeprefix("x-amz-meta-"): value for name, value in ticket.headers.items()}
    versions = [
        s3.put_object(Bucket=bucket, Key=ticket.key, Body=body, Metadata=metadata).get("VersionId") for body in bodies
    ]
    return ticket.key, versions


def plant_subject(stack: Any, tenant: str, subject: str, *, email: str, note: str) -> None:
    """One subject's data in every store of the subject data map, through the services that write it,
    beside another subject's ("other-1"), which erasing the first must not touch."""
    from privacykit.domain.breach.service import incident_from
    from privacykit.domain.consent.model import GrantCommand
    from privacykit.roots import breach as breach_root
    from privacykit.roots import classify as classify_root
    from privacykit.roots import consent as consent_root

    consent_root.consent_service().grant(
        tenant, subject, GrantCommand("analytics", "consent", "v1", "web"), actor=subject
    )
    classify_root.classification_service().classify_text(tenant, note, actor="u-1", subject_id=subject)
    breach_root.incident_service().store_contact(tenant, subject, email, actor=subject)
    incident = {
        "entity_timezone": "Europe/Berlin",
        "discovered_at": "2026-03-02T09:00:00+00:00",
        "aware_at": "2026-03-02T10:00:00+00:00",
        "data_categories": ["name", "email"],
        "affected_by_residence": {"EU-DE": 3},
    }
    breach_root.incident_service().register(
        tenant, incident_from(incident), affected_subjects=[subject, "other-1"], actor="u-1"
    )
    put_upload(
        stack.ref("UploadBucket"), tenant, subject, "scan.txt", b"first scan", b"second scan"
    )  # two versions of one object
    classify_root.classification_service().classify_text(tenant, "other note", actor="u-1", subject_id="other-1")
