"""Input and output models of the breach assessment.

``Incident`` is what the API hands to the domain (extra fields forbidden, so a typo in a flag is a 422,
not a silently ignored field). It carries facts about the incident only: timestamps, flags, counts per
residence and *categories* of data -- never a personal value.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationInfo, field_validator, model_validator
from pydantic.config import JsonDict

from privacykit.domain.common.times import Instant
from privacykit.errors import InvalidValue

__all__ = [
    "Role",
    "RiskLevel",
    "TRIGGER_FIELDS",
    "FROM_STORAGE",
    "Incident",
    "Obligation",
    "Assessment",
]

Role = Literal["controller", "processor", "covered_entity", "business_associate"]
RiskLevel = Literal["none", "low", "high"]

#: Incident timestamps a rule may use as its trigger ("the clock starts at ...").
TRIGGER_FIELDS = (
    "occurred_at",
    "discovered_at",
    "aware_at",
    "determined_breach_at",
    "determined_material_at",
    "nydfs_incident_determined_at",
    "assessed_notifiable_at",
    "scope_identified_at",
)

Count = Annotated[int, Field(ge=0, description="number of affected individuals; never negative")]

#: Deadlines run up to about a year past their trigger (60 days after the year's end), a step may
#: follow another's deadline, and each is shown in the entity's zone (up to 14 hours from UTC): an
#: incident time keeps this far from either end of the calendar, so no deadline arithmetic overflows.
CALENDAR_MARGIN = timedelta(days=3 * 366)
_EARLIEST = datetime.min.replace(tzinfo=UTC) + CALENDAR_MARGIN
_LATEST = datetime.max.replace(tzinfo=UTC) - CALENDAR_MARGIN


#: Pass as ``context`` when reading an incident back from storage: it was checked when it came in, and a
#: taxonomy changed since must not make a stored incident unreadable.
FROM_STORAGE = {"from_storage": True}


def _from_storage(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("from_storage"))


def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The taxonomy's data categories and residence keys. Free text in these fields would be kept in
    clear and echoed in warnings (issue 14 item 5): they take the taxonomy's words only. Loaded on first
    use (``rules.py`` imports this module, and handlers that only read incidents never need it)."""
    from privacykit.domain.breach.rules import load_rules

    book = load_rules()
    return frozenset(book.categories), book.known_residence_keys()


def _enumerate(schema: JsonDict, part: str, words: frozenset[str]) -> None:
    """The OpenAPI document lists the taxonomy: ``words`` as the enumeration of ``schema[part]``."""
    enum: list[JsonValue] = [*sorted(words)]
    target = schema.get(part)
    if isinstance(target, dict):
        target["enum"] = enum
    else:
        schema[part] = {"enum": enum}


class Incident(BaseModel):
    """Facts about one security incident, as known at assessment time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entity_timezone: str = Field(description="IANA time zone of the notifying entity, e.g. Europe/Berlin")
    controller_role: Role = "controller"
    occurred_at: Instant | None = None
    discovered_at: Instant
    aware_at: Instant
    determined_breach_at: Instant | None = None
    determined_material_at: Instant | None = None
    nydfs_incident_determined_at: Instant | None = None
    assessed_notifiable_at: Instant | None = None
    scope_identified_at: Instant | None = None
    sec_registrant: bool = False
    nydfs_covered_entity: bool = False
    small_processing_agent: bool = False
    offers_services_to_uk: bool = False
    affected_by_residence: dict[str, Count] = Field(
        default_factory=dict,
        max_length=500,
        description="affected individuals per residence key of the taxonomy (EU-DE, US-CA, UK, ...)",
        json_schema_extra=lambda schema: _enumerate(schema, "propertyNames", _vocabulary()[1]),
    )
    data_categories: list[str] = Field(
        default_factory=list,
        max_length=100,
        description="categories of the taxonomy (docs/breach-rules.md)",
        json_schema_extra=lambda schema: _enumerate(schema, "items", _vocabulary()[0]),
    )
    encrypted_key_not_compromised: bool = False
    risk_level: RiskLevel = "high"

    @field_validator("data_categories")
    @classmethod
    def _known_categories(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if not _from_storage(info):
            unknown = sum(category not in _vocabulary()[0] for category in value)
            if unknown:
                raise InvalidValue(
                    f"unknown data categories {[c for c in value if c not in _vocabulary()[0]]}",
                    safe_message=f"{unknown} data categor{'y is' if unknown == 1 else 'ies are'} not in the "
                    "taxonomy (docs/breach-rules.md lists them)",
                    field="data_categories",
                )
        return value

    @field_validator("affected_by_residence")
    @classmethod
    def _known_residence_keys(cls, value: dict[str, int], info: ValidationInfo) -> dict[str, int]:
        if not _from_storage(info):
            unknown = sum(key not in _vocabulary()[1] for key in value)
            if unknown:
                raise InvalidValue(
                    f"unknown residence keys {[k for k in value if k not in _vocabulary()[1]]}",
                    safe_message=f"{unknown} residence key{' is' if unknown == 1 else 's are'} not in the "
                    "taxonomy (EU-DE, US-CA, CA-ON, UK, ...: docs/breach-rules.md)",
                    field="affected_by_residence",
                )
        return value

    @field_validator("entity_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidValue(
                f"unknown IANA time zone {value!r} (expected e.g. 'Europe/Berlin')",
                safe_message="unknown IANA time zone (expected e.g. 'Europe/Berlin')",
            ) from exc
        return value

    @field_validator(*TRIGGER_FIELDS)
    @classmethod
    def _room_for_deadlines(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        if value is not None and not _EARLIEST <= value <= _LATEST:
            raise InvalidValue(
                f"{info.field_name} ({value.isoformat()}) is too near the end of the calendar",
                safe_message=f"{info.field_name} is too near the end of the calendar to count deadlines from",
                field=info.field_name,
            )
        return value

    @model_validator(mode="after")
    def _chronology(self) -> Incident:
        # A clock cannot start before the incident happened; such input is a data-entry error.
        if self.occurred_at is not None:
            for name in TRIGGER_FIELDS[1:]:
                value: datetime | None = getattr(self, name)
                if value is not None and value < self.occurred_at:
                    raise InvalidValue(
                        f"{name} ({value.isoformat()}) is before occurred_at ({self.occurred_at.isoformat()})",
                        safe_message=f"{name} is before occurred_at",
                        field=name,
                    )
        return self

    @property
    def zone(self) -> ZoneInfo:
        """The entity's time zone object."""
        return ZoneInfo(self.entity_timezone)

    def timestamp(self, field: str) -> datetime | None:
        """The value of one of ``TRIGGER_FIELDS``."""
        if field not in TRIGGER_FIELDS:
            raise KeyError(field)
        value: datetime | None = getattr(self, field)
        return value


class Obligation(BaseModel):
    """One duty to notify one recipient under one rule."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    jurisdiction: str
    recipient: str
    recipient_name: str
    subject_state: str | None = None
    deadline: str | None = Field(description="ISO 8601 with the entity's offset, or null when the law gives none")
    qualifier: str
    period: str | None = Field(description="human-readable period, e.g. '72 hours', '4 business days'")
    trigger: str | None = Field(description="incident field (or rule id) the clock starts from")
    trigger_at: str | None = None
    affected: int = 0
    citation: str
    source: str
    verified: bool
    notice_elements: tuple[str, ...] = ()


class Assessment(BaseModel):
    """The result of ``assess``: the obligations, and everything the rules could not place."""

    model_config = ConfigDict(frozen=True)

    assessed_at: str
    rules_version: str
    obligations: tuple[Obligation, ...]
    warnings: tuple[str, ...]
