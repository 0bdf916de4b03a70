"""The public contract's entity types and classification levels (docs/design.md, public contract),
and the one registry of what each type means: its default level and how it is masked.

Detection (which level a finding raises a document to) and access (which findings the
minimum-necessary rule masks, and how) both read :data:`ENTITY_TYPES`, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Any, Literal

__all__ = [
    "Level",
    "EntityType",
    "Entity",
    "MaskKind",
    "EntityTypeInfo",
    "ENTITY_TYPES",
    "RESTRICTED_TYPES",
    "default_levels",
]


class Level(IntEnum):
    """Classification levels, ordered (their rank): PUBLIC < INTERNAL < CONFIDENTIAL < RESTRICTED."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @classmethod
    def parse(cls, name: str) -> Level:
        try:
            return cls[name.upper()]
        except KeyError as exc:
            raise ValueError(f"unknown level {name!r}; one of {', '.join(m.name for m in cls)}") from exc


class EntityType(StrEnum):
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    US_SSN = "US_SSN"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    IP_ADDRESS = "IP_ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
    US_PASSPORT = "US_PASSPORT"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    DIAGNOSIS = "DIAGNOSIS"
    MEDICATION = "MEDICATION"
    # Added by issue 13 (design.md section 10 allows more types): identifiers beyond the US.
    PASSPORT = "PASSPORT"  # a passport number not of the US form, or issued by another country
    UK_NHS_NUMBER = "UK_NHS_NUMBER"
    UK_NATIONAL_INSURANCE_NUMBER = "UK_NATIONAL_INSURANCE_NUMBER"
    UK_BANK_ACCOUNT = "UK_BANK_ACCOUNT"  # sort code and account number
    ES_DNI = "ES_DNI"  # DNI, and the NIE of foreign residents
    FR_NIR = "FR_NIR"
    DE_TAX_ID = "DE_TAX_ID"
    IT_FISCAL_CODE = "IT_FISCAL_CODE"
    CA_SIN = "CA_SIN"
    BR_CPF = "BR_CPF"
    IN_AADHAAR = "IN_AADHAAR"
    SG_NRIC = "SG_NRIC"
    US_MBI = "US_MBI"
    HEALTH_PLAN_ID = "HEALTH_PLAN_ID"


#: How a finding is masked when a role may see the record but not that finding: ``partial`` keeps
#: what people use to tell values apart (last digits, birth year); ``token`` keeps linkage across
#: records without the value; ``full`` hides clinical facts entirely.
MaskKind = Literal["full", "partial", "token"]


@dataclass(frozen=True, slots=True)
class EntityTypeInfo:
    """What the bundle knows of one entity type."""

    level: Level
    """The level a finding of this type raises a document to under the default policy."""
    mask: MaskKind
    """How access-check masks it when the minimum-necessary rule applies (RESTRICTED types)."""


_T, _L = EntityType, Level
#: The one registry: add a new entity type here (and a scanner in ``domain/detection``).
ENTITY_TYPES: Mapping[EntityType, EntityTypeInfo] = MappingProxyType(
    {
        _T.US_SSN: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.CREDIT_CARD: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.IBAN: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.MEDICAL_RECORD_NUMBER: EntityTypeInfo(_L.RESTRICTED, "token"),
        _T.DATE_OF_BIRTH: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.DIAGNOSIS: EntityTypeInfo(_L.RESTRICTED, "full"),
        _T.MEDICATION: EntityTypeInfo(_L.RESTRICTED, "full"),
        _T.US_PASSPORT: EntityTypeInfo(_L.RESTRICTED, "full"),
        _T.DRIVER_LICENSE: EntityTypeInfo(_L.RESTRICTED, "full"),
        _T.EMAIL: EntityTypeInfo(_L.CONFIDENTIAL, "partial"),
        _T.PHONE: EntityTypeInfo(_L.CONFIDENTIAL, "partial"),
        _T.IP_ADDRESS: EntityTypeInfo(_L.CONFIDENTIAL, "partial"),
        _T.ADDRESS: EntityTypeInfo(_L.CONFIDENTIAL, "full"),
        _T.PERSON: EntityTypeInfo(_L.INTERNAL, "partial"),
        _T.PASSPORT: EntityTypeInfo(_L.RESTRICTED, "full"),
        _T.UK_NHS_NUMBER: EntityTypeInfo(_L.RESTRICTED, "token"),
        _T.UK_NATIONAL_INSURANCE_NUMBER: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.UK_BANK_ACCOUNT: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.ES_DNI: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.FR_NIR: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.DE_TAX_ID: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.IT_FISCAL_CODE: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.CA_SIN: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.BR_CPF: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.IN_AADHAAR: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.SG_NRIC: EntityTypeInfo(_L.RESTRICTED, "partial"),
        _T.US_MBI: EntityTypeInfo(_L.RESTRICTED, "token"),
        _T.HEALTH_PLAN_ID: EntityTypeInfo(_L.RESTRICTED, "token"),
    }
)

#: Entity types whose presence makes a record RESTRICTED.
RESTRICTED_TYPES: frozenset[EntityType] = frozenset(
    t for t, info in ENTITY_TYPES.items() if info.level is Level.RESTRICTED
)


def default_levels() -> dict[EntityType, Level]:
    """A fresh copy of each type's default level (a policy starts from it and overrides some)."""
    return {etype: info.level for etype, info in ENTITY_TYPES.items()}


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """One finding: ``text[start:end]`` is of ``type``; ``score`` is the confidence in 0..1.

    Offsets are character offsets into the analysed text, ``end`` exclusive (docs/design.md section 10).
    Ordering is by position first so sorted lists read left to right.
    """

    start: int
    end: int
    type: EntityType
    score: float

    def as_dict(self) -> dict[str, Any]:
        """The public-contract shape ``{"type", "start", "end", "score"}``."""
        return {"type": self.type.value, "start": self.start, "end": self.end, "score": round(self.score, 3)}
