"""Events for the tenant's other systems (EventBridge): a subject was erased (GDPR Art. 19)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import iso_utc, translate_errors
from privacykit.errors import DependencyFailure

__all__ = ["EventBridgeErasures", "SUBJECT_ERASED", "EVENT_SOURCE"]

EVENT_SOURCE = "privacy-bundle.erasure"
#: The event's detail-type; its schema is documented in docs/design.md section 13.
SUBJECT_ERASED = "SubjectErased"


class EventBridgeErasures:
    def __init__(self, events: Any, bus_name: str) -> None:
        self._events = events
        self._bus = bus_name

    def subject_erased(self, tenant: str, request_id: str, commitment: str, completed_at: datetime) -> None:
        detail = {
            "version": 1,
            "tenant": tenant,
            "request_id": request_id,
            "subject_commitment": commitment,
            "completed_at": iso_utc(completed_at),
        }
        with translate_errors("events.put"):
            out = self._events.put_events(
                Entries=[
                    {
                        "EventBusName": self._bus,
                        "Source": EVENT_SOURCE,
                        "DetailType": SUBJECT_ERASED,
                        "Detail": json.dumps(detail),
                    }
                ]
            )
        if out.get("FailedEntryCount"):
            raise DependencyFailure("events.put: the SubjectErased event was not accepted")
