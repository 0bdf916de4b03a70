"""When an access request is due, by jurisdiction: pure functions of the moment of receipt.

- **GDPR / UK GDPR** (Art. 12(3)): one month from receipt, to the same date of the next month, or the
  last day of that month where the date does not exist (31 January -> 28 or 29 February). It may be
  extended by two further months, once, with a reason, and only before the first deadline has passed;
  the extended deadline is three months from receipt, counted the same way (31 January -> 30 April).
- **CCPA** (Cal. Civ. Code 1798.130(a)(2), CCPA Regulations 7021): 45 calendar days from receipt,
  extendable once by 45 more with a reason given within the first 45 days; the receipt must be
  acknowledged within 10 business days (Monday to Friday; public holidays are not counted out yet).

Times are counted in UTC, keeping the time of day of the receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from privacykit.domain.common.times import add_months

__all__ = [
    "Jurisdiction",
    "JURISDICTION_ALIASES",
    "jurisdiction_of",
    "add_months",
    "add_business_days",
    "first_deadline",
    "extended_deadline",
    "acknowledgement_due",
    "extension_refusal",
    "days_left",
]


class Jurisdiction(StrEnum):
    GDPR = "GDPR"
    UK_GDPR = "UK_GDPR"
    CCPA = "CCPA"


#: Region codes a tenant's default jurisdiction may be given as (DEFAULT_JURISDICTION, shared with
#: consent receipts), and the law an access request there falls under.
JURISDICTION_ALIASES: dict[str, Jurisdiction] = {
    "EU": Jurisdiction.GDPR,
    "EEA": Jurisdiction.GDPR,
    "UK": Jurisdiction.UK_GDPR,
    "GB": Jurisdiction.UK_GDPR,
    "US-CA": Jurisdiction.CCPA,
}


def jurisdiction_of(requested: str | None, tenant_default: str) -> Jurisdiction:
    """The jurisdiction the request names, else the tenant default; GDPR when the default is a region
    the bundle has no rule for (the strictest of the three on timing)."""
    for value in (requested, tenant_default):
        if not value:
            continue
        if value in Jurisdiction.__members__.values():
            return Jurisdiction(value)
        if value.upper() in JURISDICTION_ALIASES:
            return JURISDICTION_ALIASES[value.upper()]
    return Jurisdiction.GDPR


@dataclass(frozen=True)
class _Rule:
    months: int = 0
    days: int = 0
    extension_months: int = 0
    extension_days: int = 0
    acknowledge_business_days: int | None = None


_RULES: dict[Jurisdiction, _Rule] = {
    Jurisdiction.GDPR: _Rule(months=1, extension_months=2),
    Jurisdiction.UK_GDPR: _Rule(months=1, extension_months=2),
    Jurisdiction.CCPA: _Rule(days=45, extension_days=45, acknowledge_business_days=10),
}


def add_business_days(moment: datetime, days: int) -> datetime:
    """``days`` working days (Monday to Friday) after ``moment``, at the same time of day."""
    current = moment
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def first_deadline(jurisdiction: Jurisdiction, received_at: datetime) -> datetime:
    rule = _RULES[jurisdiction]
    return add_months(received_at, rule.months) + timedelta(days=rule.days)


def extended_deadline(jurisdiction: Jurisdiction, received_at: datetime) -> datetime:
    """The deadline once extended: counted from receipt (one month plus two further months is three
    months from receipt, not two months from a deadline already clamped to a short month's end)."""
    rule = _RULES[jurisdiction]
    return add_months(received_at, rule.months + rule.extension_months) + timedelta(
        days=rule.days + rule.extension_days
    )


def acknowledgement_due(jurisdiction: Jurisdiction, received_at: datetime) -> datetime | None:
    """When the receipt must be acknowledged, where the law asks for it (CCPA); None elsewhere."""
    business_days = _RULES[jurisdiction].acknowledge_business_days
    return None if business_days is None else add_business_days(received_at, business_days)


def extension_refusal(
    jurisdiction: Jurisdiction, received_at: datetime, *, already_extended: bool, reason: str, at: datetime
) -> str | None:
    """Why the request cannot be extended now, or None when it can."""
    if already_extended:
        return "the request has already been extended; the law allows one extension"
    if not reason.strip():
        return "an extension needs a reason, which the requester is told"
    if at > first_deadline(jurisdiction, received_at):
        return "the first deadline has passed; a request can be extended only before it"
    return None


def days_left(due_at: datetime, now: datetime) -> int:
    """Whole calendar days (UTC) from today to the due date: 0 on the day it is due, negative after."""
    return (due_at.date() - now.date()).days
