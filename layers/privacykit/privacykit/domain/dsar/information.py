"""The Art. 15(1) information a package carries (GDPR Art. 15(1)(a)-(h), 15(2); CCPA 1798.110), built
from the subject's own items as they stream past: only small sets and counts are kept, never the items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from privacykit.domain.common.retention import RetentionPolicy
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.dsar.deadlines import Jurisdiction

__all__ = ["RETENTION", "InformationCollector", "held_table"]

#: How long each kind of item is kept, or the criteria (Art. 15(1)(d)).
RETENTION: Mapping[str, str] = {
    "classified_records": "kept until you or the organisation ask for them to be erased",
    "uploaded_objects": "kept until erased; every stored version is included here",
    "contact_addresses": "kept while a breach notice may need to reach you; deleted on erasure",
    "breach_affected_entries": "kept with the incident record; deleted on erasure (the incident keeps a count)",
    "consent_events": "kept as proof of consent (GDPR Art. 7(1)); their details become unreadable on erasure",
    "access_requests": "kept while the request and its package are retained; deleted on erasure",
    "subject_exports": "packages expire after the export retention period; deleted on erasure",
}


def held_table(kind: str) -> str:
    """Where items of ``kind`` a legal hold kept are listed in a package (their count, CSV and files),
    apart from the kind's other items."""
    return f"{kind}_held"


_RIGHTS = {
    Jurisdiction.GDPR: [
        {"right": "rectification", "article": "GDPR Art. 16"},
        {"right": "erasure", "article": "GDPR Art. 17"},
        {"right": "restriction of processing", "article": "GDPR Art. 18"},
        {"right": "data portability", "article": "GDPR Art. 20"},
        {"right": "objection", "article": "GDPR Art. 21"},
    ],
    Jurisdiction.CCPA: [
        {"right": "to know", "article": "Cal. Civ. Code 1798.110"},
        {"right": "to delete", "article": "Cal. Civ. Code 1798.105"},
        {"right": "to correct", "article": "Cal. Civ. Code 1798.106"},
        {"right": "to opt out of sale or sharing", "article": "Cal. Civ. Code 1798.120"},
        {"right": "to limit use of sensitive personal information", "article": "Cal. Civ. Code 1798.121"},
        {"right": "to non-discrimination", "article": "Cal. Civ. Code 1798.125"},
    ],
}
_RIGHTS[Jurisdiction.UK_GDPR] = [
    {**r, "article": r["article"].replace("GDPR", "UK GDPR")} for r in _RIGHTS[Jurisdiction.GDPR]
]

_COMPLAINT = {
    Jurisdiction.GDPR: "You may lodge a complaint with a supervisory authority, in particular in the member state "
    "of your habitual residence, place of work or of the alleged infringement (GDPR Art. 77).",
    Jurisdiction.UK_GDPR: "You may lodge a complaint with the Information Commissioner's Office (UK GDPR Art. 77).",
    Jurisdiction.CCPA: "You may contact the California Privacy Protection Agency or the California Attorney General.",
}


class InformationCollector:
    """Fed every item once, in order; ``information()`` then answers Art. 15(1)."""

    def __init__(self, jurisdiction: Jurisdiction, retention: RetentionPolicy | None = None) -> None:
        self._jurisdiction = jurisdiction
        #: The tenant's retention policy: how long each record is kept comes from the rule it falls under.
        self._retention = retention
        self._rules: Counter[str] = Counter()
        self._first_expiry: str | None = None
        self._purposes: dict[str, set[str]] = {}
        self._lawful_bases: set[str] = set()
        self._categories: set[str] = set()
        self._sources: set[str] = set()
        self._provided = 0
        self._derived = 0
        self._kinds: set[str] = set()
        #: The legal holds whose kept items were included: hold id -> basis, until, count per kind.
        self._holds: dict[str, dict[str, Any]] = {}

    def to_state(self) -> dict[str, Any]:
        """What the collector has gathered, as JSON values (an export across invocations keeps it)."""
        return {
            "purposes": {purpose: sorted(found) for purpose, found in self._purposes.items()},
            "lawful_bases": sorted(self._lawful_bases),
            "categories": sorted(self._categories),
            "sources": sorted(self._sources),
            "provided": self._provided,
            "derived": self._derived,
            "kinds": sorted(self._kinds),
            "retention_rules": dict(self._rules),
            "first_expiry": self._first_expiry,
            "holds": self._holds,
        }

    @classmethod
    def from_state(
        cls, jurisdiction: Jurisdiction, state: Mapping[str, Any], retention: RetentionPolicy | None = None
    ) -> InformationCollector:
        """A collector that goes on from ``state`` (:meth:`to_state`; empty: from the start)."""
        collector = cls(jurisdiction, retention)
        if state:
            collector._purposes = {purpose: set(found) for purpose, found in state["purposes"].items()}
            collector._lawful_bases = set(state["lawful_bases"])
            collector._categories = set(state["categories"])
            collector._sources = set(state["sources"])
            collector._provided = int(state["provided"])
            collector._derived = int(state["derived"])
            collector._kinds = set(state["kinds"])
            collector._rules = Counter(state.get("retention_rules") or {})
            collector._first_expiry = state.get("first_expiry")
            # (A state kept before held items were exported has none.)
            collector._holds = {hold_id: dict(hold) for hold_id, hold in (state.get("holds") or {}).items()}
        return collector

    def add(self, item: SubjectItem) -> None:
        data = item.data
        if item.held:
            self._hold(item.kind, item.held)
        else:
            self._kinds.add(item.kind)
        if item.provided_by_subject:
            self._provided += 1
        else:
            self._derived += 1
        if item.kind == "consent_events":
            self._purposes.setdefault(str(data.get("purpose")), set()).add("consent")
            if data.get("lawful_basis"):
                self._lawful_bases.add(str(data["lawful_basis"]))
            if data.get("channel"):
                self._sources.add(f"consent given through {data['channel']}")
        elif item.kind == "classified_records":
            if data.get("purpose"):
                self._purposes.setdefault(str(data["purpose"]), set()).add("record")
            self._categories.update(str(c) for c in data.get("categories") or ())
            if data.get("retention_rule"):
                self._rules[str(data["retention_rule"])] += 1
            expires = data.get("expires_at")
            if expires and (self._first_expiry is None or str(expires) < self._first_expiry):
                self._first_expiry = str(expires)
            if data.get("source"):
                self._sources.add(f"record received through {data['source']}")
        elif item.kind == "uploaded_objects":
            self._categories.add("UPLOADED_DOCUMENT")
            self._sources.add("files uploaded about you")
        elif item.kind == "contact_addresses":
            self._categories.add("EMAIL")
            self._sources.add("contact details you gave")
        elif item.kind == "breach_affected_entries":
            self._categories.add("BREACH_NOTIFICATION")

    def _hold(self, kind: str, held: Mapping[str, Any]) -> None:
        """An item a legal hold kept: its processing is restricted to the hold's purpose (Art. 18)."""
        self._kinds.add(held_table(kind))
        hold_id = str(held["hold_id"])
        hold = self._holds.setdefault(hold_id, {"basis": str(held["basis"]), "until": held.get("until"), "items": {}})
        hold["items"][kind] = hold["items"].get(kind, 0) + 1
        self._purposes.setdefault(str(held["basis"]), set()).add("legal_hold")

    def _restriction(self) -> dict[str, Any]:
        holds = []
        for hold_id, hold in sorted(self._holds.items()):
            until = f" until {hold['until']}" if hold["until"] else " until it is released"
            holds.append({
                "hold_id": hold_id, "basis": hold["basis"], "until": hold["until"], "restricted": True,
                "items": dict(sorted(hold["items"].items())),
                "processing": f"the data kept under legal hold {hold_id} is restricted to the hold's purpose "
                f"({hold['basis']}){until}: stored, and used for nothing else (GDPR Art. 18); it is erased "
                "when the hold is released or expires",
            })  # fmt: skip
        return {
            "holds": holds,
            "note": 'Items marked "held" were kept under a legal hold after your data was erased (GDPR '
            "Art. 17(3)). Their processing is restricted (Art. 18): they are read only for the hold's purpose, "
            "and for your own requests such as this one (Art. 18(2)).",
        }

    def _retention_of(self, kind: str) -> str:
        if kind.endswith("_held"):
            return "kept only while the legal hold that kept it stands; erased when it is released or expires"
        if kind != "classified_records" or self._retention is None or not self._rules:
            return RETENTION.get(kind, "kept until erased")
        parts = []
        for rule_id, count in sorted(self._rules.items()):
            rule = self._retention.rule(rule_id)
            if rule is not None:
                parts.append(f"{count} record{'s' if count != 1 else ''}: {rule.describe()}")
        if not parts:
            return RETENTION[kind]
        first = f"; the first expires on {self._first_expiry[:10]}" if self._first_expiry else ""
        return "; ".join(parts) + first + "; or until erased, if you or the organisation ask earlier"

    def information(self, recipients: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
        """The Art. 15(1) information; ``recipients`` are the roles and services the access decisions about
        the subject allowed to read its data."""
        return {
            "purposes": [
                {"purpose": purpose, "from": sorted(found)} for purpose, found in sorted(self._purposes.items())
            ],
            "lawful_bases": sorted(self._lawful_bases),
            "categories": sorted(self._categories),
            "recipients": {
                "known": [dict(r) for r in recipients],
                "note": "The roles and services of this organisation that were allowed to read your data, "
                "from its access decisions (how often, for which purposes, first and last time).",
            },
            "retention": {kind: self._retention_of(kind) for kind in sorted(self._kinds)},
            "source": {
                "provided_by_you": self._provided,
                "derived_by_the_organisation": self._derived,
                "how": sorted(self._sources),
            },
            "restriction": self._restriction(),
            "rights": _RIGHTS[self._jurisdiction],
            "complaint": _COMPLAINT[self._jurisdiction],
            "automated_decision_making": {
                "exists": False,
                "explanation": "No decision producing legal or similarly significant effects is taken about you "
                "by automated means (GDPR Art. 22). Text is classified automatically only to protect it.",
            },
            "portability": {
                "article": "GDPR Art. 20" if self._jurisdiction != Jurisdiction.CCPA else "Cal. Civ. Code 1798.130",
                "items": self._provided,
                "how_marked": 'items you provided carry "portable": true',
            },
        }
