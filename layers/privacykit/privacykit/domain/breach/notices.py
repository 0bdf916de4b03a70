"""Draft notices: the skeleton of each notice with the content the law requires, never a personal value.

The draft is built from the obligation (which law, which recipient, which elements) and the incident's
*categories* and *counts* only -- the incident model holds no personal values, and free-text facts (what
happened, measures) are passed in by the caller, who is responsible for keeping names out of them. Every
element the law requires and the caller did not supply is left as a visible ``[TO COMPLETE: ...]`` marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privacykit.domain.breach.assess import residence_matches
from privacykit.domain.breach.models import Incident, Obligation
from privacykit.domain.breach.rules import RuleBook, load_rules

__all__ = ["NoticeFacts", "NoticeDraft", "draft_notice", "applicable_to", "EVERYWHERE"]

_AUDIENCE = {
    "individuals": "affected individuals (plain language)",
    "media": "media outlets (press statement)",
}


@dataclass(frozen=True)
class NoticeFacts:
    """Caller-supplied, non-personal facts for the free-text elements."""

    nature: str | None = None
    contact_point: str | None = None
    measures: str | None = None
    individual_steps: str | None = None
    material_impact: str | None = None
    delay_reasons: str | None = None


@dataclass(frozen=True)
class NoticeDraft:
    """A draft notice: ordered sections, each an element required by the rule."""

    rule_id: str
    recipient: str
    recipient_name: str
    citation: str
    audience: str
    sections: dict[str, str] = field(default_factory=dict)
    incomplete: tuple[str, ...] = ()

    def as_text(self) -> str:
        """The draft as plain text, one heading per required element."""
        lines = [f"To: {self.recipient_name}", f"Legal basis: {self.citation}", ""]
        for title, body in self.sections.items():
            lines += [title, body, ""]
        return "\n".join(lines).rstrip() + "\n"


_CRA_TEXT = "Equifax, Experian, TransUnion and the FTC (identitytheft.gov): fraud alerts and security freezes are free."


def _todo(what: str) -> str:
    return f"[TO COMPLETE: {what}]"


def draft_notice(
    obligation: Obligation,
    incident: Incident,
    facts: NoticeFacts | None = None,
    rules: RuleBook | None = None,
) -> NoticeDraft:
    """A draft for ``obligation`` containing exactly the elements its law requires."""
    book = rules or load_rules()
    facts = facts or NoticeFacts()
    labels = [book.categories[c].label for c in incident.data_categories if c in book.categories]
    known = [c for c in incident.data_categories if c in book.categories]
    consequences = sorted({text for c in known for text in book.categories[c].consequences})
    sections: dict[str, str] = {}
    incomplete: list[str] = []

    def put(key: str, value: str | None) -> None:
        title = book.notice_elements[key]
        if value:
            sections[title] = value
        else:
            sections[title] = _todo(title)
            incomplete.append(key)

    counts = (
        {obligation.subject_state: incident.affected_by_residence.get(obligation.subject_state, 0)}
        if obligation.subject_state
        else dict(incident.affected_by_residence)
    )
    dates = f"Discovered: {incident.discovered_at.astimezone(incident.zone).date().isoformat()}"
    if incident.occurred_at is not None:
        dates = f"Occurred: {incident.occurred_at.astimezone(incident.zone).date().isoformat()}. " + dates
    for key in obligation.notice_elements:
        if key == "nature":
            put(key, f"{facts.nature} {dates}." if facts.nature else None)
        elif key == "timing":
            put(key, dates + ".")
        elif key in ("data_types",):
            put(key, ", ".join(labels) or None)
        elif key == "categories_and_numbers":
            approx = f"approximately {obligation.affected} individuals" if obligation.affected else None
            put(key, f"{', '.join(labels)}; {approx}." if labels and approx else None)
        elif key == "residents_count":
            put(key, "; ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or None)
        elif key == "consequences":
            put(key, ("Possible " + ", ".join(consequences) + ".") if consequences else None)
        elif key == "cra_contacts":
            put(key, _CRA_TEXT)
        elif key == "sample_notice":
            put(key, "Attach the notice sent to individuals (draft for recipient 'individuals').")
        elif key == "entity_identity":
            put(key, facts.contact_point)
        elif key == "detailed_report":
            put(key, None)
        else:
            put(key, getattr(facts, key, None))
    return NoticeDraft(
        rule_id=obligation.rule_id,
        recipient=obligation.recipient,
        recipient_name=obligation.recipient_name,
        citation=obligation.citation,
        audience=_AUDIENCE.get(obligation.recipient, "regulator or business counterpart"),
        sections=sections,
        incomplete=tuple(incomplete),
    )


#: The residence pattern of a rule that applies whatever the subject's residence (HIPAA, ...).
EVERYWHERE = ("*",)


def applicable_to(
    obligations: list[Obligation], residence: str | None, rules: RuleBook | None = None
) -> list[Obligation]:
    """The individuals obligations whose law applies to a subject of ``residence``: a per-state
    obligation when the residence is its state, another when one of its rule's residence patterns covers
    the residence. With the residence unknown, only those whose rule applies whatever the residence: a
    subject is never sent the notice of a law that may not be theirs (and never one merged notice of
    several laws: each obligation is its own notice)."""
    book = rules or load_rules()
    patterns = {rule.rule_id: rule.residence for rule in book.rules}
    chosen = []
    for obligation in obligations:
        covers = patterns.get(obligation.rule_id, ())
        if covers == EVERYWHERE:
            chosen.append(obligation)
        elif residence is None:
            continue
        elif obligation.subject_state is not None:
            if obligation.subject_state == residence:
                chosen.append(obligation)
        elif residence_matches(covers, residence):
            chosen.append(obligation)
    return chosen
