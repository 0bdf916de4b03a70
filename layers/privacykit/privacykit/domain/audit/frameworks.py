"""The figures of a compliance report per framework, computed from the audit events of a period
(docs/audit-reports.md lists each figure, the events it counts and what is not available yet).

Pure functions over events as the trail holds them (pseudonyms only). Each figure names the events
behind it by sequence number (as ranges), and, where the events API can list them, the query that does.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

__all__ = ["Framework", "FRAMEWORKS", "Figure", "compute", "seq_ranges", "PRIVILEGED_TYPES", "PRIVILEGED_ROLES"]

Framework = Literal["GDPR", "HIPAA", "SOC2", "SOX"]
FRAMEWORKS: tuple[Framework, ...] = ("GDPR", "HIPAA", "SOC2", "SOX")

#: Events that are privileged actions whoever takes them (SOC 2).
PRIVILEGED_TYPES = frozenset(
    {
        "access.break_glass",
        "access.break_glass_reviewed",
        "legal_hold.placed",
        "legal_hold.released",
        "dsar.extended",
        "audit.verification_requested",
        "audit.events_queried",
        "audit.report_requested",
    }
)
#: Roles whose every action is a privileged one (SOC 2).
PRIVILEGED_ROLES = frozenset({"admin", "privacy_officer", "security_admin", "compliance_auditor"})
#: Without a due date in the event, an erasure is due one month after it was received (GDPR Art. 12(3)).
ERASURE_DUE = timedelta(days=30)
_LAWFUL_BASIS_GUARDS = frozenset({"consent.required", "purpose.compatible"})


@dataclass
class Figure:
    """One figure: its value, the events behind it (sequence numbers), the events-API query that lists
    them where one does, and, when the trail cannot give it, why (``available`` False, ``value`` None)."""

    id: str
    label: str
    value: Any
    events: list[int] = field(default_factory=list)
    query: dict[str, str] | None = None
    available: bool = True
    note: str | None = None
    rows: list[dict[str, Any]] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "value": self.value,
            "available": self.available,
            "note": self.note,
            "events": seq_ranges(self.events),
            "query": self.query,
            "rows": self.rows,
        }


def seq_ranges(seqs: Iterable[int]) -> list[list[int]]:
    """``[1, 2, 3, 7]`` as ``[[1, 3], [7, 7]]``: compact links to the events behind a figure."""
    ranges: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    return ranges


def _details(event: Mapping[str, Any]) -> Mapping[str, Any]:
    details = event.get("details")
    return details if isinstance(details, Mapping) else {}


def _at(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _counted(fid: str, label: str, events: Sequence[Mapping[str, Any]], query: dict[str, str] | None = None) -> Figure:
    return Figure(fid, label, len(events), [e["seq"] for e in events], query)


def _by(events: Iterable[Mapping[str, Any]], key: Any) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for event in events:
        grouped[str(key(event))].append(event)
    return dict(sorted(grouped.items()))


def _of(events: Sequence[Mapping[str, Any]], *types: str) -> list[Mapping[str, Any]]:
    return [e for e in events if e.get("type") in types]


def _decision(event: Mapping[str, Any]) -> str:
    return str(_details(event).get("decision", ""))


def _decisions(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return _of(events, "access.decision", "access.break_glass")


def _days(delta: timedelta) -> float:
    return round(delta.total_seconds() / 86400, 2)


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def _requests(
    kind: str, received: Sequence[Mapping[str, Any]], completed: Sequence[Mapping[str, Any]], end: datetime
) -> list[Figure]:
    """Received, completed, late, median and p95 days to complete, for DSARs or erasures."""
    figures = [
        _counted(f"{kind}.received", f"{kind.upper()} requests received", received, {"type": f"{kind}.requested"}),
        _counted(f"{kind}.completed", f"{kind.upper()} requests completed", completed, {"type": f"{kind}.completed"}),
    ]
    durations: list[float] = []
    late: list[Mapping[str, Any]] = []
    unknown: list[Mapping[str, Any]] = []
    completed_ids = set()
    for event in completed:
        details = _details(event)
        completed_ids.add(details.get("request_id"))
        done, received_at = _at(event.get("at")), _at(details.get("received_at"))
        if done is None or received_at is None:
            unknown.append(event)
            continue
        durations.append(_days(done - received_at))
        due = _at(details.get("due_at")) or received_at + ERASURE_DUE
        if done > due:
            late.append(event)
    # Requests received in the period, still open at its end, and past their due date.
    for event in received:
        details = _details(event)
        asked_at = _at(event.get("at"))
        due_by = _at(details.get("due_at")) or (asked_at + ERASURE_DUE if asked_at else None)
        if details.get("request_id") not in completed_ids and due_by is not None and due_by < end:
            late.append(event)
    unknown_seqs = {e["seq"] for e in unknown}
    basis = "the due date the request recorded" if kind == "dsar" else "one month after receipt (GDPR Art. 12(3))"
    late_figure = _counted(
        f"{kind}.late", f"{kind.upper()} requests late (completed or still open after the due date)", late
    )
    late_figure.note = f"due date: {basis}; open requests are those received in the period"
    figures.append(late_figure)
    for share, name in ((0.5, "median"), (0.95, "p95")):
        figure = Figure(
            f"{kind}.days_to_complete.{name}",
            f"{kind.upper()} days to complete ({name})",
            _percentile(durations, share) if durations else None,
            [e["seq"] for e in completed if e["seq"] not in unknown_seqs],
        )
        if not durations:
            figure.available = False
            figure.note = "no request completed in the period recorded when it was received"
        if name == "median" and durations:
            figure.value = round(statistics.median(durations), 2)
        figures.append(figure)
    return figures


def _gdpr(events: Sequence[Mapping[str, Any]], start: datetime, end: datetime) -> list[Figure]:
    figures: list[Figure] = []
    for kind, label in (("granted", "granted"), ("withdrawn", "withdrawn")):
        for purpose, found in _by(_of(events, f"consent.{kind}"), lambda e: _details(e).get("purpose")).items():
            figures.append(
                _counted(
                    f"consent.{kind}.{purpose}", f"Consents {label} for {purpose}", found, {"type": f"consent.{kind}"}
                )
            )
    expired = [
        e for e in _of(events, "consent.granted")
        if (at := _at(_details(e).get("expires_at"))) is not None and start <= at < end
    ]  # fmt: skip
    for purpose, found in _by(expired, lambda e: _details(e).get("purpose")).items():
        figure = _counted(f"consent.expired.{purpose}", f"Consents expired for {purpose}", found)
        figure.note = "grants recorded in the period whose expiry falls in it"
        figures.append(figure)
    figures += _requests("dsar", _of(events, "dsar.requested"), _of(events, "dsar.completed"), end)
    figures += _requests("erasure", _of(events, "erasure.requested"), _of(events, "erasure.completed"), end)
    marked = _of(events, "breach.notice_marked_sent")
    on_time = [e for e in marked if _details(e).get("late") is False]
    figures.append(_counted("breach.obligations_met_on_time", "Breach notification obligations met on time", on_time))
    figures.append(
        _counted(
            "breach.obligations_met_late",
            "Breach notification obligations met late",
            [e for e in marked if _details(e).get("late") is not False],
        )
    )
    figures.append(
        _counted(
            "breach.deadlines_missed", "Breach notification deadlines missed", _of(events, "breach.deadline_missed")
        )
    )
    refused = [
        e for e in _decisions(events)
        if _decision(e) == "DENY" and _LAWFUL_BASIS_GUARDS & set(_details(e).get("policies") or [])
    ]  # fmt: skip
    figure = _counted(
        "processing.refused_without_lawful_basis",
        "Processing refused for want of consent or a compatible purpose",
        refused,
        {"type": "access.*", "decision": "DENY"},
    )
    figure.note = "denied access decisions whose deciding policies include consent.required or purpose.compatible"
    figures.append(figure)
    return figures


def _hipaa(events: Sequence[Mapping[str, Any]], subject: str | None) -> list[Figure]:
    figures: list[Figure] = []
    restricted = [e for e in _decisions(events) if _details(e).get("level") == "RESTRICTED" and _decision(e) != "DENY"]
    grouped = _by(
        restricted, lambda e: f"{','.join(e.get('actor_roles') or []) or 'none'} / {_details(e).get('purpose')}"
    )
    for key, found in grouped.items():
        figures.append(
            _counted(f"restricted_access.{key}", f"Accesses to RESTRICTED records by {key} (role / purpose)", found)
        )
    if not grouped:
        figures.append(Figure("restricted_access", "Accesses to RESTRICTED records", 0))
    uses = [e for e in _of(events, "access.break_glass") if _decision(e) != "DENY"]
    reviewers: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for review in _of(events, "access.break_glass_reviewed"):
        for use_id in _details(review).get("uses") or []:
            reviewers[str(use_id)].append(review)
    rows = []
    for use in uses:
        details = _details(use)
        use_id = details.get("break_glass_use")
        reviews = reviewers.get(str(use_id), []) if use_id else []
        rows.append(
            {
                "seq": use["seq"],
                "at": use.get("at"),
                "actor": use.get("actor"),
                "purpose": details.get("purpose"),
                "record_id": details.get("record_id"),
                "use_id": use_id,
                "reason_recorded": use_id is not None,
                "reviewed_by": sorted({str(r.get("actor")) for r in reviews}),
                "review_seqs": [r["seq"] for r in reviews],
            }
        )
    figure = _counted("break_glass.uses", "Break-glass uses", uses, {"type": "access.break_glass"})
    figure.rows = rows
    figure.note = "reasons are kept sealed (GET /v1/access/break-glass); the report says whether one was recorded"
    figures.append(figure)
    figures.append(
        _counted(
            "break_glass.reviewed",
            "Break-glass uses reviewed",
            [u for u, r in zip(uses, rows, strict=True) if r["reviewed_by"]],
        )
    )
    step_ups = [
        e for e in _decisions(events) if _decision(e) == "DENY" and "mfa.step_up" in (_details(e).get("policies") or [])
    ]
    figure = _counted("mfa.step_ups", "MFA step-ups asked for (RESTRICTED data without a recent MFA sign-in)", step_ups)
    figure.note = "a step-up that followed is recorded as the next allowed decision of the same principal"
    figures.append(figure)
    if subject is None:
        figures.append(
            Figure(
                "disclosures.accounting", "Accounting of disclosures (45 CFR 164.528)", None, available=False,
                note="asked for per patient: request the report with subject_id",
            )
        )  # fmt: skip
    else:
        disclosed = [e for e in _decisions(events) if e.get("subject") == subject and _decision(e) != "DENY"]
        disclosed += [e for e in _of(events, "dsar.downloaded") if e.get("subject") == subject]
        disclosed.sort(key=lambda e: e["seq"])
        figure = _counted(
            "disclosures.accounting", "Accounting of disclosures of the patient (45 CFR 164.528)", disclosed
        )
        figure.rows = [
            {
                "seq": e["seq"],
                "at": e.get("at"),
                "recipient": e.get("actor"),
                "recipient_roles": e.get("actor_roles"),
                "purpose": _details(e).get("purpose"),
                "action": _details(e).get("action") or e.get("type"),
                "record_id": _details(e).get("record_id"),
            }
            for e in disclosed
        ]
        figure.note = (
            "every release of the patient's data recorded in the period, including treatment, payment and operations"
        )
        figures.append(figure)
    return figures


def _soc2(events: Sequence[Mapping[str, Any]], digests: Sequence[int]) -> list[Figure]:
    figures: list[Figure] = []
    denied = [e for e in _decisions(events) if _decision(e) == "DENY"]
    figures.append(
        _counted("access.denied", "Access decisions denied", denied, {"type": "access.*", "decision": "DENY"})
    )
    for policy, found in _by(denied, lambda e: ",".join(_details(e).get("policies") or []) or "none").items():
        figures.append(_counted(f"access.denied.{policy}", f"Denied by {policy}", found))
    privileged = [
        e for e in events
        if e.get("type") in PRIVILEGED_TYPES or PRIVILEGED_ROLES & set(e.get("actor_roles") or [])
    ]  # fmt: skip
    for kind, found in _by(privileged, lambda e: e.get("type")).items():
        figures.append(_counted(f"privileged.{kind}", f"Privileged actions: {kind}", found, {"type": kind}))
    if not privileged:
        figures.append(Figure("privileged", "Privileged actions", 0))
    verifications = _of(events, "audit.verification_completed")
    valid = [e for e in verifications if _details(e).get("valid") is True]
    figures.append(_counted("audit.verifications.valid", "Full audit verifications: trail valid", valid))
    figures.append(
        _counted(
            "audit.verifications.broken",
            "Full audit verifications: trail broken",
            [e for e in verifications if _details(e).get("valid") is not True],
        )
    )
    seqs = [e["seq"] for e in events]
    covered = [d for d in digests if seqs and min(seqs) <= d <= max(seqs)]
    figure = Figure("audit.digests", "Signed digests over the period's events", len(covered), [])
    figure.rows = [{"digest_last_seq": d} for d in covered]
    figure.note = "digests whose last event falls in the period (audit/<tenant>/digests/<last seq>.json)"
    figures.append(figure)
    alarms = [e for e in events if str(e.get("type", "")).startswith("alert.")]
    alarms += _of(events, "breach.reminder_sent", "breach.deadline_missed")
    figure = _counted(
        "alarms.raised", "Alerts raised and recorded in the trail", sorted(alarms, key=lambda e: e["seq"])
    )
    figure.note = (
        "breach deadline alerts and alert.* events; CloudWatch alarms on the bundle's metrics are not audit "
        "events and are not counted"
    )
    figures.append(figure)
    return figures


def _amount(event: Mapping[str, Any]) -> Decimal | None:
    try:
        raw = _details(event).get("amount")
        return Decimal(str(raw)) if raw is not None else None
    except InvalidOperation:
        return None


def _sox(events: Sequence[Mapping[str, Any]], threshold: Decimal) -> list[Figure]:
    approvals = [e for e in _decisions(events) if _details(e).get("action") == "approve" and _decision(e) != "DENY"]
    above = [e for e in approvals if (a := _amount(e)) is None or a > threshold]
    figure = _counted("sox.approvals_above_threshold", f"Approvals above the threshold ({threshold})", above)
    figure.note = "an approval recorded without an amount counts as above the threshold, as the SoD guard treats it"
    sod = [
        e for e in _decisions(events)
        if _decision(e) == "DENY" and "sod.approval" in (_details(e).get("policies") or [])
    ]  # fmt: skip
    who = _counted("sox.approvals", "Who approved what", approvals, {"type": "access.decision"})
    who.rows = [
        {
            "seq": e["seq"],
            "at": e.get("at"),
            "approver": e.get("actor"),
            "roles": e.get("actor_roles"),
            "record_id": _details(e).get("record_id"),
            "amount": _details(e).get("amount"),
        }
        for e in approvals
    ]
    return [figure, _counted("sox.sod_denials", "Separation-of-duties denials", sod), who]


def compute(
    framework: Framework,
    events: Sequence[Mapping[str, Any]],
    *,
    start: datetime,
    end: datetime,
    digests: Sequence[int] = (),
    sod_threshold: Decimal = Decimal(10_000),
    subject: str | None = None,
) -> list[Figure]:
    """The figures of ``framework`` over ``events`` (the period's events, oldest first)."""
    if framework == "GDPR":
        return _gdpr(events, start, end)
    if framework == "HIPAA":
        return _hipaa(events, subject)
    if framework == "SOC2":
        return _soc2(events, digests)
    return _sox(events, sod_threshold)
