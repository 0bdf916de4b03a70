"""The public contract's entity types and classification levels (design.md section 10)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

__all__ = ["Level", "EntityType"]


class Level(IntEnum):
    """Classification levels, ordered: PUBLIC < INTERNAL < CONFIDENTIAL < RESTRICTED."""

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
