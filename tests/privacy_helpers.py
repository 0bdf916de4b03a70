"""Small helpers shared by tests."""

from __future__ import annotations

import copy
import hashlib
import hmac
import importlib.util
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from privacykit.adapters.aws import client
from privacykit.audit import AuditRecord
from privacykit.domain.consent import ConsentEvent


def segment_keys(bucket: str, tenant: str) -> list[str]:
    listed = client("s3").list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/segments/")
    return sorted(obj["Key"] for obj in listed.get("Contents", []))


class InMemoryConsents:
    """The consent repository in ten lines: the contract the DynamoDB one must honour."""

    def __init__(self) -> None:
        self.events: dict[tuple[str, str], list[ConsentEvent]] = {}

    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None:
        self.events.setdefault((tenant, subject), []).append(event)

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        return sorted(self.events.get((tenant, subject), []), key=lambda e: (e.at, e.event_id))


class HmacSigner:
    key_id = "test-key"
    algorithm = "HMAC_SHA_256"

    def sign(self, message: bytes) -> bytes:
        return hmac.new(b"k", message, hashlib.sha256).digest()

    def verify(self, message: bytes, signature: bytes) -> bool:
        return hmac.compare_digest(self.sign(message), signature)


class PlainPseudonyms:
    def pseudonym(self, tenant: str, subject: str) -> str:
        return "ps_" + hashlib.sha256(f"{tenant}/{subject}".encode()).hexdigest()[:16]


class RecordingAudit:
    def __init__(self) -> None:
        self.records: list[tuple[str, AuditRecord]] = []

    def record(self, tenant: str, *records: AuditRecord, at: datetime | None = None) -> None:
        self.records.extend((tenant, r) for r in records)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


ROOT = Path(__file__).resolve().parent.parent


def load_handler(function: str) -> ModuleType:
    """Import functions/<function>/app.py under a unique module name (every handler is `app`)."""
    path = ROOT / "functions" / function / "app.py"
    spec = importlib.util.spec_from_file_location(f"{function}_app", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' postponed annotations here
    spec.loader.exec_module(module)
    return module


def event(name: str, **changes: Any) -> dict[str, Any]:
    """A sample event from events/, with top-level keys replaced."""
    loaded: dict[str, Any] = json.loads((ROOT / "events" / f"{name}.json").read_text())
    loaded.update(changes)
    return loaded


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
