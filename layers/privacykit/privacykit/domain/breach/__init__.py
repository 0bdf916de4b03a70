"""Breach notification: which laws require whom to be notified, by when.

Pure domain code (no AWS, no events). The rules live in the package data file ``rules.json``; ``assess``
applies them to an :class:`Incident`; ``reminder_status`` and ``draft_notice`` serve the schedule and the
notice drafting. See docs/breach-rules.md for the conventions.
"""

from __future__ import annotations

from privacykit.domain.breach.assess import assess, residence_jurisdiction
from privacykit.domain.breach.calendars import add_business_days, brazil_national_holidays, us_federal_holidays
from privacykit.domain.breach.deadlines import Period, compute_deadline
from privacykit.domain.breach.models import Assessment, Incident, Obligation
from privacykit.domain.breach.rules import RuleBook, load_rules

__all__ = [
    "Incident",
    "Obligation",
    "Assessment",
    "assess",
    "load_rules",
    "RuleBook",
    "Period",
    "compute_deadline",
    "add_business_days",
    "us_federal_holidays",
    "brazil_national_holidays",
    "residence_jurisdiction",
]
