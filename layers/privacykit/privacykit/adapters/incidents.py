"""The breach incident table (the contact table, SES and SNS have their own modules).

Incident table items (partition ``<tenant>#<incident_id>``):
- ``incident``: the incident facts (no personal values), rules version, warnings;
- ``obligation#<id>``: one obligation, its status, reminders sent and evidence (its reference sealed under
  the tenant's evidence key); while open and with a
  deadline it carries ``open_bucket``/``deadline_utc``, the keys of the sparse ``open_deadlines`` index
  the schedule queries; ``tenant``/``registered_at`` key the sparse ``by_tenant`` index that lists them;
- ``timeline#<utc>#<id>``: append-only entries (written once, never updated);
- ``facts``: the facts the notices need that the incident does not hold (nature, contact point,
  measures, ...), sealed under the tenant's facts key;
- ``subject#<pseudonym>``: one affected subject, the id sealed under the tenant's breach key, with where
  their notice stands (``claimed_at`` once a send was claimed, ``notified_at`` or ``unreached``, and the
  rules whose notice reached them);
- ``notices``: the last run of individual notices, its checkpoint (the sort key of the last subject
  recorded) and counts.

Contact table items (partition ``<tenant>#<pseudonym>``, sort ``email``): the address sealed under the
subject's own key, so that erasure shreds it; it is opened only when a notice is sent.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import (
    apply_staged,
    delete_keys,
    from_item,
    get_item,
    iso_utc,
    parse_iso,
    query_all,
    query_page,
    to_item,
    translate_errors,
)
from privacykit.crypto import SubjectKeyring
from privacykit.domain.breach import Incident, Obligation
from privacykit.domain.breach.incidents import (
    AffectedSubject,
    Evidence,
    IncidentRecord,
    NoticeRun,
    OpenDeadline,
    StoredObligation,
    TimelineEntry,
    Unreached,
)
from privacykit.domain.breach.models import FROM_STORAGE
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.common.pages import Page
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import Conflict
from privacykit.ports import StagedWrite

__all__ = [
    "IncidentTable",
    "AffectedSubjectEntries",
    "BREACH_KEY_SUBJECT",
    "BREACH_KEY_EVIDENCE",
    "BREACH_KEY_FACTS",
    "OPEN_INDEX",
    "SUBJECT_INDEX",
    "TENANT_INDEX",
]

#: Reserved key name (subject ids never start with "#") sealing the affected-subject lists of a tenant.
BREACH_KEY_SUBJECT = "#breach-affected"
#: Reserved key name sealing the notice facts of a tenant's incidents (nature, measures, contact point:
#: free text an officer writes, which may name people).
BREACH_KEY_FACTS = "#breach-facts"
#: Reserved key name sealing the evidence references of a tenant's notices (free text: a case number,
#: a tracking id, sometimes a person's name): only the channel and the time stay readable.
BREACH_KEY_EVIDENCE = "#breach-evidence"
SUBJECT_INDEX = "by_subject"
OPEN_INDEX = "open_deadlines"
#: A tenant's incidents by registration time: only the incident items hold both ``tenant`` and
#: ``registered_at`` (obligations hold no ``registered_at``), so the index holds nothing else.
TENANT_INDEX = "by_tenant"
_OPEN = "open"
_LEVEL_ATTR = {"50": "reminded_50", "90": "reminded_90"}


class IncidentTable:
    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    @staticmethod
    def _key(tenant: str, incident_id: str, sk: str) -> dict[str, str]:
        return {"pk": f"{tenant}#{incident_id}", "sk": sk}

    def _obligation_item(self, tenant: str, incident_id: str, stored: StoredObligation) -> dict[str, Any]:
        deadline = stored.deadline if stored.status == "open" else None
        return to_item(
            {
                **self._key(tenant, incident_id, f"obligation#{stored.obligation_id}"),
                "tenant": tenant,
                "incident_id": incident_id,
                "obligation_id": stored.obligation_id,
                "obligation": stored.obligation.model_dump_json(),
                "status": stored.status,
                # The keys of the sparse open-deadline index: present only while open with a deadline.
                "open_bucket": _OPEN if deadline is not None else None,
                "deadline_utc": iso_utc(deadline) if deadline is not None else None,
            }
        )

    def _timeline_item(self, tenant: str, incident_id: str, entry: TimelineEntry) -> dict[str, Any]:
        return to_item(
            {
                **self._key(tenant, incident_id, f"timeline#{iso_utc(entry.at)}#{entry.entry_id}"),
                "at": iso_utc(entry.at),
                "type": entry.type,
                "details": json.dumps(entry.details, sort_keys=True),
            }
        )

    # -- writes ---------------------------------------------------------------------------------
    def create(
        self,
        tenant: str,
        record: IncidentRecord,
        obligations: Sequence[StoredObligation],
        affected: Sequence[str],
        first: TimelineEntry,
    ) -> None:
        self.put_affected(tenant, record.incident_id, affected)
        apply_staged(self._ddb, "incidents.create", *self.stage_create(tenant, record, obligations, first))

    def discard_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        keys = [self._key(tenant, incident_id, f"subject#{self._keyring.pseudonym(tenant, s)}") for s in affected]
        self._batch_write([{"DeleteRequest": {"Key": to_item(key)}} for key in keys])

    def put_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        """Store the affected subjects of an incident not created yet: they stay invisible until the
        incident item exists (more of them than one transaction holds)."""
        subjects = []
        for subject in affected:
            pseudonym = self._keyring.pseudonym(tenant, subject)
            sealed = self._keyring.encrypt_json(tenant, BREACH_KEY_SUBJECT, f"{incident_id}#{pseudonym}", subject)
            subjects.append(
                to_item(
                    {
                        **self._key(tenant, incident_id, f"subject#{pseudonym}"),
                        "sealed": sealed,
                        "subject_key": f"{tenant}#{pseudonym}",
                    }
                )
            )
        self._batch_write([{"PutRequest": {"Item": item}} for item in subjects])

    def _batch_write(self, writes: Sequence[dict[str, Any]]) -> None:
        for start in range(0, len(writes), 25):
            requests: dict[str, Any] = {self._table: list(writes[start : start + 25])}
            # Not pagination: a batch write hands back what it could not write, to be sent again.
            while requests:
                with translate_errors("incidents.subjects"):
                    requests = self._ddb.batch_write_item(RequestItems=requests).get("UnprocessedItems") or {}

    def stage_create(
        self,
        tenant: str,
        record: IncidentRecord,
        obligations: Sequence[StoredObligation],
        first: TimelineEntry,
    ) -> list[StagedWrite]:
        """The incident, its obligations and its first timeline entry, each written once."""
        incident_id = record.incident_id
        incident_item = to_item(
            {
                **self._key(tenant, incident_id, "incident"),
                "tenant": tenant,
                "incident_id": incident_id,
                "incident": record.incident.model_dump_json(),
                "registered_at": iso_utc(record.registered_at),
                "rules_version": record.rules_version,
                "warnings": json.dumps(list(record.warnings)),
                "affected_subjects": record.affected_subjects,
            }
        )
        items = [incident_item, *(self._obligation_item(tenant, incident_id, o) for o in obligations)]
        items.append(self._timeline_item(tenant, incident_id, first))
        return [
            StagedWrite(
                {"Put": {"TableName": self._table, "Item": i, "ConditionExpression": "attribute_not_exists(sk)"}},
                conflict="the incident exists already",
            )
            for i in items
        ]

    def append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> None:
        apply_staged(self._ddb, "incidents.timeline", self.stage_append(tenant, incident_id, entry))

    def stage_append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> StagedWrite:
        return StagedWrite(
            {
                "Put": {
                    "TableName": self._table,
                    "Item": self._timeline_item(tenant, incident_id, entry),
                    "ConditionExpression": "attribute_not_exists(sk)",
                }
            },
            conflict="incidents.timeline: the item changed meanwhile",
        )

    def stage_put_facts(self, tenant: str, incident_id: str, facts: NoticeFacts) -> StagedWrite:
        sealed = self._keyring.encrypt_json(tenant, BREACH_KEY_FACTS, incident_id, dataclasses.asdict(facts))
        item = to_item({**self._key(tenant, incident_id, "facts"), "sealed": sealed})
        return StagedWrite({"Put": {"TableName": self._table, "Item": item}})

    def facts(self, tenant: str, incident_id: str) -> NoticeFacts | None:
        item = get_item(
            self._ddb, "incidents.facts", self._table, self._key(tenant, incident_id, "facts"), ConsistentRead=True
        )
        if not item:
            return None
        opened: Any = self._keyring.decrypt_json(tenant, BREACH_KEY_FACTS, incident_id, item["sealed"])
        return NoticeFacts(**opened)

    def _obligation_key(self, tenant: str, incident_id: str, obligation_id: str) -> dict[str, Any]:
        return to_item(self._key(tenant, incident_id, f"obligation#{obligation_id}"))

    def mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> bool:
        try:
            apply_staged(
                self._ddb, "incidents.mark_sent", self.stage_mark_sent(tenant, incident_id, obligation_id, evidence)
            )
        except Conflict:
            return False
        return True

    def stage_mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> StagedWrite:
        shown = {"sent_at": evidence.as_dict()["sent_at"], "channel": evidence.channel}
        sealed = self._keyring.encrypt_json(
            tenant, BREACH_KEY_EVIDENCE, f"{incident_id}#{obligation_id}", evidence.reference
        )
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": self._obligation_key(tenant, incident_id, obligation_id),
                    "UpdateExpression": (
                        "SET #status = :sent, evidence = :evidence, evidence_reference = :reference "
                        "REMOVE open_bucket, deadline_utc"
                    ),
                    "ConditionExpression": "attribute_exists(sk) AND #status <> :sent",
                    "ExpressionAttributeNames": {"#status": "status"},
                    "ExpressionAttributeValues": to_item(
                        {":sent": "sent", ":evidence": json.dumps(shown), ":reference": sealed}
                    ),
                }
            },
            conflict="the obligation was already marked sent",
        )

    def _applied(self, operation: str, write: StagedWrite) -> bool:
        """Make ``write`` now: False when its condition failed."""
        try:
            apply_staged(self._ddb, operation, write)
        except Conflict:
            return False
        return True

    def mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> bool:
        return self._applied("incidents.mark_missed", self.stage_mark_missed(tenant, incident_id, obligation_id, at))

    def stage_mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> StagedWrite:
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": self._obligation_key(tenant, incident_id, obligation_id),
                    "UpdateExpression": "SET #status = :missed, missed_at = :at REMOVE open_bucket, deadline_utc",
                    "ConditionExpression": "attribute_exists(sk) AND #status = :open",
                    "ExpressionAttributeNames": {"#status": "status"},
                    "ExpressionAttributeValues": to_item({":missed": "missed", ":open": "open", ":at": iso_utc(at)}),
                }
            },
            conflict="the obligation is no longer open",
        )

    def claim_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> bool:
        staged = self.stage_claim_reminders(tenant, incident_id, obligation_id, (level,))
        return self._applied("incidents.claim_reminder", staged)

    def stage_claim_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite:
        """One write claiming every level in ``levels`` (a transaction may touch an item once)."""
        attributes = [_LEVEL_ATTR[level] for level in levels]
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": self._obligation_key(tenant, incident_id, obligation_id),
                    "UpdateExpression": "SET " + ", ".join(f"{a} = :at" for a in attributes),
                    "ConditionExpression": " AND ".join(
                        ["attribute_exists(sk)", *(f"attribute_not_exists({a})" for a in attributes)]
                    ),
                    "ExpressionAttributeValues": to_item({":at": iso_utc(datetime.now(UTC))}),
                }
            },
            conflict="the reminder was claimed already",
        )

    def release_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> None:
        apply_staged(
            self._ddb,
            "incidents.release_reminder",
            self.stage_release_reminders(tenant, incident_id, obligation_id, (level,)),
        )

    def stage_release_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite:
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": self._obligation_key(tenant, incident_id, obligation_id),
                    "UpdateExpression": "REMOVE " + ", ".join(_LEVEL_ATTR[level] for level in levels),
                }
            }
        )

    def mark_notified(self, tenant: str, incident_id: str, subject_id: str, at: datetime) -> None:
        self._mark_subject(
            "incidents.mark_notified", tenant, incident_id, subject_id,
            "SET notified_at = :at REMOVE unreached, unreached_at", {":at": iso_utc(at)},
        )  # fmt: skip

    def mark_unreached(self, tenant: str, incident_id: str, subject_id: str, why: Unreached, at: datetime) -> None:
        self._mark_subject(
            "incidents.mark_unreached", tenant, incident_id, subject_id,
            "SET unreached = :why, unreached_at = :at", {":why": why, ":at": iso_utc(at)},
        )  # fmt: skip

    def _mark_subject(
        self, operation: str, tenant: str, incident_id: str, subject_id: str, update: str, values: dict[str, str]
    ) -> None:
        pseudonym = self._keyring.pseudonym(tenant, subject_id)
        with translate_errors(operation):
            self._ddb.update_item(
                TableName=self._table,
                Key=to_item(self._key(tenant, incident_id, f"subject#{pseudonym}")),
                UpdateExpression=update,
                ConditionExpression="attribute_exists(sk)",
                ExpressionAttributeValues=to_item(values),
            )

    # -- individual notice runs -------------------------------------------------------------------
    def _run_item(self, tenant: str, incident_id: str, run: NoticeRun) -> dict[str, Any]:
        return to_item(
            {
                **self._key(tenant, incident_id, "notices"),
                "run_id": run.run_id,
                "status": run.status,
                "started_at": iso_utc(run.started_at),
                "cursor": run.cursor,
                "counts": json.dumps(run.counts, sort_keys=True),
                "batches": run.batches,
                "marked": json.dumps(list(run.obligations_marked_sent)),
            }
        )

    def notice_run(self, tenant: str, incident_id: str) -> NoticeRun | None:
        item = get_item(
            self._ddb,
            "incidents.notice_run",
            self._table,
            self._key(tenant, incident_id, "notices"),
            ConsistentRead=True,
        )
        if not item:
            return None
        return NoticeRun(
            run_id=item["run_id"],
            status=item["status"],
            started_at=datetime.fromisoformat(item["started_at"]),
            cursor=item.get("cursor"),
            counts=json.loads(item["counts"]),
            batches=int(item["batches"]),
            obligations_marked_sent=tuple(json.loads(item["marked"])),
        )

    def stage_start_run(self, tenant: str, incident_id: str, run: NoticeRun) -> StagedWrite:
        return StagedWrite(
            {
                "Put": {
                    "TableName": self._table,
                    "Item": self._run_item(tenant, incident_id, run),
                    "ConditionExpression": "attribute_not_exists(sk) OR #status = :completed",
                    "ExpressionAttributeNames": {"#status": "status"},
                    "ExpressionAttributeValues": to_item({":completed": "completed"}),
                }
            },
            conflict="a run of individual notices is under way",
        )

    def stage_save_run(
        self, tenant: str, incident_id: str, run: NoticeRun, *, previous_cursor: str | None
    ) -> StagedWrite:
        at = "#cursor = :previous" if previous_cursor is not None else "attribute_not_exists(#cursor)"
        return StagedWrite(
            {
                "Put": {
                    "TableName": self._table,
                    "Item": self._run_item(tenant, incident_id, run),
                    "ConditionExpression": f"run_id = :run AND #status <> :completed AND {at}",
                    "ExpressionAttributeNames": {"#status": "status", "#cursor": "cursor"},
                    "ExpressionAttributeValues": to_item(
                        {":run": run.run_id, ":completed": "completed", ":previous": previous_cursor}
                    ),
                }
            },
            conflict="another delivery recorded this batch first",
        )

    def _subject_key(self, tenant: str, incident_id: str, subject_id: str) -> dict[str, Any]:
        return to_item(self._key(tenant, incident_id, f"subject#{self._keyring.pseudonym(tenant, subject_id)}"))

    def claim_sends(self, tenant: str, incident_id: str, subject_ids: Sequence[str], at: datetime) -> None:
        writes = [
            StagedWrite(
                {
                    "Update": {
                        "TableName": self._table,
                        "Key": self._subject_key(tenant, incident_id, subject_id),
                        "UpdateExpression": "SET claimed_at = :at",
                        "ConditionExpression": (
                            "attribute_exists(sk) AND attribute_not_exists(notified_at) "
                            "AND attribute_not_exists(claimed_at)"
                        ),
                        "ExpressionAttributeValues": to_item({":at": iso_utc(at)}),
                    }
                },
                conflict="a send to a subject of the batch was claimed before",
            )
            for subject_id in subject_ids
        ]
        apply_staged(self._ddb, "incidents.claim_sends", *writes)

    def stage_outcome(
        self, tenant: str, incident_id: str, subject_id: str, status: str, rules_sent: Sequence[str], at: datetime
    ) -> StagedWrite:
        values: dict[str, Any] = {":at": iso_utc(at), ":rules": json.dumps(list(rules_sent))}
        if status == "notified":
            update = "SET notified_at = :at, rules_sent = :rules REMOVE unreached, unreached_at"
        else:
            values[":why"] = status
            update = "SET unreached = :why, unreached_at = :at, rules_sent = :rules"
            if status in ("failed", "no_contact"):
                update += " REMOVE claimed_at"  # nothing left: a later run may try again
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": self._subject_key(tenant, incident_id, subject_id),
                    "UpdateExpression": update,
                    "ConditionExpression": "attribute_exists(sk) AND attribute_not_exists(notified_at)",
                    "ExpressionAttributeValues": to_item(values),
                }
            },
            conflict="the subject was recorded notified before",
        )

    def affected_after(
        self, tenant: str, incident_id: str, position: str | None, *, limit: int
    ) -> tuple[list[AffectedSubject], bool]:
        pk = f"{tenant}#{incident_id}"
        request: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
            "ExpressionAttributeValues": to_item({":pk": pk, ":prefix": "subject#"}),
            "ConsistentRead": True,
            "Limit": limit,
        }
        if position is not None:
            request["ExclusiveStartKey"] = to_item({"pk": pk, "sk": position})
        with translate_errors("incidents.affected_after"):
            out = self._ddb.query(**request)
        items = [from_item(i) for i in out.get("Items", [])]
        return [self._affected(tenant, incident_id, i) for i in items], bool(out.get("LastEvaluatedKey"))

    # -- reads ----------------------------------------------------------------------------------
    def _query(self, operation: str, tenant: str, incident_id: str, prefix: str) -> list[dict[str, Any]]:
        return list(
            query_all(
                self._ddb,
                operation,
                TableName=self._table,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues=to_item({":pk": f"{tenant}#{incident_id}", ":prefix": prefix}),
                ConsistentRead=True,
            )
        )

    def get(self, tenant: str, incident_id: str) -> IncidentRecord | None:
        item = get_item(
            self._ddb, "incidents.get", self._table, self._key(tenant, incident_id, "incident"), ConsistentRead=True
        )
        return self._record(item) if item else None

    def page(self, tenant: str, *, limit: int, cursor: str | None) -> Page[IncidentRecord]:
        items, next_cursor = query_page(
            self._ddb,
            "incidents.list",
            list_name="incidents",
            key_fields=("pk", "sk", "tenant", "registered_at"),
            bound={"tenant": tenant},
            limit=limit,
            cursor=cursor,
            TableName=self._table,
            IndexName=TENANT_INDEX,
            KeyConditionExpression="tenant = :t",
            ExpressionAttributeValues=to_item({":t": tenant}),
            ScanIndexForward=False,
        )
        return Page(tuple(self._record(item) for item in items), next_cursor)

    @staticmethod
    def _record(item: dict[str, Any]) -> IncidentRecord:
        incident_id = item["incident_id"]
        return IncidentRecord(
            incident_id=incident_id,
            incident=Incident.model_validate_json(item["incident"], context=FROM_STORAGE),
            registered_at=datetime.fromisoformat(item["registered_at"]),
            rules_version=item["rules_version"],
            warnings=tuple(json.loads(item["warnings"])),
            affected_subjects=item["affected_subjects"],
        )

    def _stored(self, item: dict[str, Any]) -> StoredObligation:
        evidence = None
        if item.get("evidence"):
            raw = json.loads(item["evidence"])
            if "evidence_reference" in item:
                tenant, incident_id = item["pk"].split("#", 1)
                record = f"{incident_id}#{item['obligation_id']}"
                reference = str(
                    self._keyring.decrypt_json(tenant, BREACH_KEY_EVIDENCE, record, item["evidence_reference"])
                )
            else:
                reference = raw["reference"]  # marked before references were sealed
            evidence = Evidence(datetime.fromisoformat(raw["sent_at"]), raw["channel"], reference)
        return StoredObligation(
            obligation_id=item["obligation_id"],
            obligation=Obligation.model_validate_json(item["obligation"]),
            status=item["status"],
            reminded=tuple(level for level, attr in _LEVEL_ATTR.items() if attr in item),
            evidence=evidence,
            missed_at=datetime.fromisoformat(item["missed_at"]) if item.get("missed_at") else None,
        )

    def obligations(self, tenant: str, incident_id: str) -> list[StoredObligation]:
        stored = [self._stored(i) for i in self._query("incidents.obligations", tenant, incident_id, "obligation#")]
        return sorted(stored, key=lambda s: s.obligation_id)

    def timeline(self, tenant: str, incident_id: str) -> list[TimelineEntry]:
        return [
            TimelineEntry(
                entry_id=item["sk"].rsplit("#", 1)[1],
                at=datetime.fromisoformat(item["at"]),
                type=item["type"],
                details=json.loads(item["details"]),
            )
            for item in self._query("incidents.timeline", tenant, incident_id, "timeline#")
        ]

    def affected(self, tenant: str, incident_id: str) -> list[AffectedSubject]:
        items = self._query("incidents.affected", tenant, incident_id, "subject#")
        return [self._affected(tenant, incident_id, item) for item in items]

    def affected_page(self, tenant: str, incident_id: str, *, limit: int, cursor: str | None) -> Page[AffectedSubject]:
        pk = f"{tenant}#{incident_id}"
        items, next_cursor = query_page(
            self._ddb,
            "incidents.recipients",
            list_name="recipients",
            key_fields=("pk", "sk"),
            bound={"pk": pk},
            limit=limit,
            cursor=cursor,
            TableName=self._table,
            KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues=to_item({":pk": pk, ":prefix": "subject#"}),
        )
        return Page(tuple(self._affected(tenant, incident_id, item) for item in items), next_cursor)

    def _affected(self, tenant: str, incident_id: str, item: dict[str, Any]) -> AffectedSubject:
        record = f"{incident_id}#{item['sk'].split('#', 1)[1]}"
        subject = self._keyring.decrypt_json(tenant, BREACH_KEY_SUBJECT, record, item["sealed"])
        return AffectedSubject(
            str(subject),
            notified_at=parse_iso(item.get("notified_at")),
            unreached=item.get("unreached"),
            unreached_at=parse_iso(item.get("unreached_at")),
            claimed_at=parse_iso(item.get("claimed_at")),
            rules_sent=tuple(json.loads(item["rules_sent"])) if item.get("rules_sent") else (),
            position=item["sk"],
        )

    def open_deadlines(self) -> list[OpenDeadline]:
        items = query_all(
            self._ddb,
            "incidents.open_deadlines",
            TableName=self._table,
            IndexName=OPEN_INDEX,
            KeyConditionExpression="open_bucket = :open",
            ExpressionAttributeValues=to_item({":open": _OPEN}),
        )
        return [OpenDeadline(i["tenant"], i["incident_id"], self._stored(i)) for i in items]


class AffectedSubjectEntries:
    """The subject data store ``breach_affected_entries``: the incidents a subject is listed as affected
    by, found through the ``by_subject`` index on ``tenant#<pseudonym>``; exported with whether and when
    the subject was notified, and deleted on erasure (the incident keeps only its count)."""

    kind = "breach_affected_entries"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _entries(self, tenant: str, subject: str) -> list[dict[str, Any]]:
        return list(
            query_all(
                self._ddb,
                "incidents.by_subject",
                TableName=self._table,
                IndexName=SUBJECT_INDEX,
                KeyConditionExpression="subject_key = :s",
                ExpressionAttributeValues=to_item({":s": f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"}),
            )
        )

    def count(self, tenant: str, subject: str) -> int:
        return len(self._entries(tenant, subject))

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        for entry in self._entries(tenant, subject):
            found = get_item(self._ddb, "incidents.affected", self._table, {"pk": entry["pk"], "sk": entry["sk"]})
            if not found:
                continue
            incident_id = entry["pk"].split("#", 1)[1]
            data = {"incident_id": incident_id, "notified_at": found.get("notified_at")}
            yield SubjectItem(self.kind, incident_id, data)

    def erase(self, tenant: str, subject: str) -> int:
        keys = [{"pk": e["pk"], "sk": e["sk"]} for e in self._entries(tenant, subject)]
        return delete_keys(self._ddb, "incidents.erase_subject", self._table, keys)
