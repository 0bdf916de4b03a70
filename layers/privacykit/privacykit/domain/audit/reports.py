"""Compliance reports per framework and period, asynchronously (docs/audit-reports.md): requested through the
API (202 and a status URL), built by a worker behind a queue with a dead-letter queue, stored as JSON and
HTML beside the trail, signed as an ``audit_report`` and recorded in the trail.

The report reads the period's events from the event index, checks each event's hash and the links
between consecutive events it read, computes the framework's figures (``frameworks.py``), each linked to
the sequence numbers of its events, renders the HTML from the same figures, and signs the JSON, which
names the HTML by SHA-256.
"""

from __future__ import annotations

import hashlib
import html
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, Protocol
from urllib.parse import urlencode

from privacykit.domain.audit.chain import decode_segment, event_hash, segment_first_seq
from privacykit.domain.audit.frameworks import FRAMEWORKS, Figure, Framework, compute
from privacykit.domain.audit.ports import SegmentStore
from privacykit.domain.audit.query import TrailQueries
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import ConfigurationError, NotFound, PrivacyError, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, SignatureKind, Signer, StagedWrite, utc_now

__all__ = [
    "REPORT_SCHEMA",
    "MAX_PERIOD",
    "ReportJob",
    "ReportStore",
    "ReportQueue",
    "ReportDocuments",
    "AuditReports",
    "render_html",
]

REPORT_SCHEMA = "privacy-bundle/audit-report/v1"
#: Events read beyond the period's first and last sequence numbers (see ``AuditReports._period``).
SEQ_SLACK = 1000
#: The longest period one report covers.
MAX_PERIOD = timedelta(days=366)
ReportStatus = Literal["queued", "running", "completed", "failed"]
DocumentFormat = Literal["json", "html"]
_MEDIA = {"json": "application/json", "html": "text/html; charset=utf-8"}


@dataclass(frozen=True)
class ReportJob:
    tenant: str
    report_id: str
    framework: Framework
    start: datetime
    end: datetime
    status: ReportStatus
    requested_at: datetime
    #: The patient of a HIPAA accounting of disclosures, as a pseudonym.
    subject: str | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    events: int | None = None
    #: SHA-256 of the signed report.json and of report.html.
    json_sha256: str | None = None
    html_sha256: str | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "framework": self.framework,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "status": self.status,
            "requested_at": self.requested_at.isoformat(),
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "events": self.events,
            "json_sha256": self.json_sha256,
            "html_sha256": self.html_sha256,
            "reason": self.reason,
        }


class ReportStore(Protocol):
    def stage_put(self, job: ReportJob) -> StagedWrite:
        """The write that stores ``job`` (new, or its new status), for the audit sink."""

    def put(self, job: ReportJob) -> None: ...

    def get(self, tenant: str, report_id: str) -> ReportJob | None: ...


class ReportQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None: ...


class ReportDocuments(Protocol):
    """Where finished reports are kept (written once)."""

    def put_report(self, tenant: str, report_id: str, name: str, body: bytes, content_type: str) -> None: ...

    def read_report(self, tenant: str, report_id: str, name: str) -> bytes: ...


def _check_chain(events: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Each event's hash recomputed, and each event's link to the one before it where both were read."""
    bad_hashes = [e["seq"] for e in events if event_hash(e) != e.get("hash")]
    by_seq = {e["seq"]: e for e in events}
    links = [(s, by_seq[s - 1]) for s in sorted(by_seq) if s - 1 in by_seq]
    broken = [s for s, before in links if by_seq[s].get("prev_hash") != before.get("hash")]
    return {
        "hashes_checked": len(events),
        "hashes_mismatched": bad_hashes[:100],
        "links_checked": len(links),
        "links_broken": broken[:100],
        "valid": not bad_hashes and not broken,
    }


class AuditReports:
    def __init__(
        self,
        store: ReportStore,
        queue: ReportQueue,
        documents: ReportDocuments,
        audit: AuditSink,
        pseudonyms: Pseudonymizer,
        clock: Clock = utc_now,
        *,
        queries: TrailQueries | None = None,
        segments: SegmentStore | None = None,
        signer: Signer | None = None,
        sod_threshold: Decimal = Decimal(10_000),
    ) -> None:
        """The API side needs the store, queue and documents; the worker also ``queries`` (the index),
        ``segments`` (to list digests) and ``signer`` (the audit-report key)."""
        self._store = store
        self._queue = queue
        self._documents = documents
        self._audit = audit
        self._pseudonyms = pseudonyms
        self._clock = clock
        self._queries = queries
        self._segments = segments
        self._signer = signer
        self._threshold = sod_threshold

    def request(
        self,
        tenant: str,
        framework: Framework,
        start: datetime,
        end: datetime,
        *,
        subject: str | None = None,
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> ReportJob:
        if framework not in FRAMEWORKS:
            raise Unprocessable("unknown framework", details=[{"field": "framework"}])
        if start >= end:
            raise Unprocessable("'from' must be before 'to'", details=[{"field": "from"}])
        if end - start > MAX_PERIOD:
            raise Unprocessable("a report covers at most 366 days", details=[{"field": "to"}])
        if subject is not None and framework != "HIPAA":
            raise Unprocessable(
                "subject_id is for a HIPAA accounting of disclosures", details=[{"field": "subject_id"}]
            )
        job = ReportJob(
            tenant, f"rep_{uuid.uuid4().hex}", framework, start, end, "queued", self._clock(),
            subject=self._pseudonyms.pseudonym(tenant, subject) if subject else None,
        )  # fmt: skip
        self._audit.record(
            tenant,
            AuditRecord(
                "audit.report_requested", "success", actor=actor, actor_roles=actor_roles, subject=subject,
                details={"report_id": job.report_id, "framework": framework, "from": start.isoformat(),
                         "to": end.isoformat()},
            ),
            changes=[self._store.stage_put(job)],
        )  # fmt: skip
        try:
            self._queue.send(tenant, job.report_id)
        except PrivacyError:
            self._store.put(replace(job, status="failed", reason="the report could not be queued; request it again"))
            raise
        return job

    def get(self, tenant: str, report_id: str) -> ReportJob:
        job = self._store.get(tenant, report_id)
        if job is None:
            raise NotFound("no such report")
        return job

    def document(self, tenant: str, report_id: str, as_format: DocumentFormat) -> tuple[bytes, str]:
        """The stored report (its bytes and media type); NotFound until it is completed."""
        job = self.get(tenant, report_id)
        if job.status != "completed":
            raise NotFound("the report is not ready; its status URL says when it is")
        return self._documents.read_report(tenant, report_id, f"report.{as_format}"), _MEDIA[as_format]

    def run(self, tenant: str, report_id: str) -> ReportJob:
        """Build, sign, store and record the report; a completed or failed job is not run again."""
        if self._queries is None or self._signer is None or self._segments is None:
            raise ConfigurationError("only the report worker is given what building a report needs")
        job = self.get(tenant, report_id)
        if job.status in ("completed", "failed"):
            return job
        started = self._clock()
        self._store.put(replace(job, status="running", started_at=started))
        events, rewritten = self._period(tenant, job.start, job.end)
        digests = [d.last_seq for d in self._segments.digests(tenant)]
        figures = compute(
            job.framework, events, start=job.start, end=job.end, digests=digests, sod_threshold=self._threshold,
            subject=job.subject,
        )  # fmt: skip
        body = self._body(job, events, figures)
        body["integrity"]["segments_rewritten"] = rewritten
        body["integrity"]["valid"] = body["integrity"]["valid"] and not rewritten
        page = render_html(body).encode()
        body["html_sha256"] = hashlib.sha256(page).hexdigest()
        signed = {
            "report": body,
            "signature": self._signer.sign(SignatureKind.AUDIT_REPORT, canonical_json(body)).hex(),
            "signed_as": SignatureKind.AUDIT_REPORT.value,
            "key_id": self._signer.key_id,
            "algorithm": self._signer.algorithm,
        }
        document = json.dumps(signed, indent=1, sort_keys=True).encode()
        self._documents.put_report(tenant, report_id, "report.html", page, _MEDIA["html"])
        self._documents.put_report(tenant, report_id, "report.json", document, _MEDIA["json"])
        done = replace(
            job, status="completed", started_at=started, completed_at=self._clock(), events=len(events),
            json_sha256=hashlib.sha256(document).hexdigest(), html_sha256=body["html_sha256"],
        )  # fmt: skip
        self._audit.record(
            tenant,
            AuditRecord(
                "audit.report_completed", "success", actor="audit-report-worker",
                details={"report_id": report_id, "framework": job.framework, "events": len(events),
                         "json_sha256": done.json_sha256, "html_sha256": done.html_sha256,
                         "chain_valid": body["integrity"]["valid"]},
            ),
            changes=[self._store.stage_put(done)],
        )  # fmt: skip
        return done

    def _period(self, tenant: str, start: datetime, end: datetime) -> tuple[list[dict[str, Any]], list[str]]:
        """The period's events read from the sealed segments themselves (the record, not the index): the
        index only says which sequence numbers the period spans. Sequencing follows commit order, which
        may trail an event's time by moments, so ``SEQ_SLACK`` events either side are read too and
        every event is kept by its time. Also the segments found rewritten (more than one version, or
        deleted): their first version is what is counted."""
        assert self._queries is not None and self._segments is not None
        bounds = self._queries.bounds(tenant, start, end)
        if bounds is None:
            return [], []
        low, high = max(1, bounds[0] - SEQ_SLACK), bounds[1] + SEQ_SLACK
        names = self._segments.segment_names(tenant)
        firsts = [(segment_first_seq(n), n) for n in names]
        starting = [n for first, n in firsts if first is not None and first <= low]
        after = names[names.index(starting[-1]) - 1] if starting and names.index(starting[-1]) > 0 else ""
        until = max((n for first, n in firsts if first is not None and first <= high), default="")
        events: list[dict[str, Any]] = []
        rewritten: list[str] = []
        for copy in self._segments.segments(tenant, after=after, until=until):
            if len(copy.versions) != 1 or copy.deleted:
                rewritten.append(copy.name)
            if not copy.versions:
                continue
            for event in decode_segment(copy.versions[0]):
                at = datetime.fromisoformat(event["at"])
                if start <= at < end:
                    events.append(event)
        return events, rewritten

    def fail(self, tenant: str, report_id: str, reason: str) -> None:
        job = self._store.get(tenant, report_id)
        if job is not None and job.status in ("queued", "running"):
            self._store.put(replace(job, status="failed", reason=reason))

    def _body(self, job: ReportJob, events: Sequence[Mapping[str, Any]], figures: list[Figure]) -> dict[str, Any]:
        window = {"from": job.start.isoformat(), "to": job.end.isoformat()}
        seqs = [e["seq"] for e in events]
        shown = []
        for figure in figures:
            item = figure.as_dict()
            if figure.query is not None:
                item["query"] = "/v1/audit/events?" + urlencode({**window, **figure.query, "order": "oldest"})
            shown.append(item)
        return {
            "schema": REPORT_SCHEMA,
            "report_id": job.report_id,
            "tenant": job.tenant,
            "framework": job.framework,
            **window,
            "generated_at": self._clock().isoformat(),
            "subject": job.subject,
            "events": {"count": len(events), "first_seq": min(seqs, default=None), "last_seq": max(seqs, default=None)},
            "integrity": _check_chain(events),
            "figures": shown,
        }


def _ranges(ranges: list[list[int]]) -> str:
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in ranges[:50])
    return text + (f", … ({len(ranges) - 50} more ranges)" if len(ranges) > 50 else "")


def render_html(body: Mapping[str, Any]) -> str:
    """The report a person reads: every figure with the sequence numbers of its events and a link to the
    events query that lists them. Everything shown is escaped."""
    e = html.escape
    integrity = body["integrity"]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(body['framework'])} report {e(body['report_id'])}</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
        ".na{color:#a00}</style></head><body>",
        f"<h1>{e(body['framework'])} compliance report</h1>",
        f"<p>Tenant <code>{e(body['tenant'])}</code>, period {e(body['from'])} to {e(body['to'])} (end excluded), "
        f"generated {e(body['generated_at'])}. Report <code>{e(body['report_id'])}</code>.</p>",
        f"<p>{body['events']['count']} audit events read (sequence numbers {e(str(body['events']['first_seq']))} to "
        f"{e(str(body['events']['last_seq']))}); {integrity['hashes_checked']} hashes and "
        f"{integrity['links_checked']} links checked: "
        f"<strong>{'valid' if integrity['valid'] else 'BROKEN'}</strong>.</p>",
        "<p>Actors and subjects appear as keyed pseudonyms. The signed form of this report is "
        "<code>report.json</code> (signed as <code>audit_report</code>; it names this page by SHA-256).</p>",
        "<table><tr><th>figure</th><th>value</th><th>events (sequence numbers)</th></tr>",
    ]
    for figure in body["figures"]:
        value = e(json.dumps(figure["value"])) if figure["available"] else "<span class='na'>not available</span>"
        link = f" <a href='{e(figure['query'])}'>list</a>" if figure.get("query") else ""
        note = f"<br><small>{e(figure['note'])}</small>" if figure.get("note") else ""
        parts.append(
            f"<tr id='{e(figure['id'])}'><td>{e(figure['label'])}{note}</td><td>{value}</td>"
            f"<td>{e(_ranges(figure['events']))}{link}</td></tr>"
        )
    parts.append("</table>")
    for figure in body["figures"]:
        rows = figure.get("rows")
        if not rows:
            continue
        columns = list(rows[0])
        parts.append(f"<h2>{e(figure['label'])}</h2><table><tr>")
        parts += [f"<th>{e(c)}</th>" for c in columns]
        parts.append("</tr>")
        for row in rows[:1000]:
            parts.append("<tr>" + "".join(f"<td>{e(json.dumps(row.get(c)))}</td>" for c in columns) + "</tr>")
        if len(rows) > 1000:
            parts.append(f"<tr><td colspan='{len(columns)}'>… {len(rows) - 1000} more in report.json</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
