"""Where a raised alert goes: the monitoring SNS topic (people subscribe) and the EventBridge bus (other
systems route it by rule and severity). The message is :meth:`Alert.message`: ids, rule, severity, a
pseudonym and carried fields, never personal values."""

from __future__ import annotations

import json
from typing import Any

from privacykit.adapters.aws import translate_errors
from privacykit.domain.monitoring.model import Alert
from privacykit.errors import DependencyFailure

__all__ = ["AlertChannels", "EVENT_SOURCE", "DETAIL_TYPE"]

EVENT_SOURCE = "privacy-bundle.monitoring"
DETAIL_TYPE = "MonitoringAlert"


class AlertChannels:
    def __init__(self, sns: Any, topic_arn: str, events: Any, bus_name: str) -> None:
        self._sns = sns
        self._topic = topic_arn
        self._events = events
        self._bus = bus_name

    def publish(self, alert: Alert) -> None:
        message = json.dumps(alert.message(), sort_keys=True)
        attributes = {
            name: {"DataType": "String", "StringValue": value}
            for name, value in (("tenant", alert.tenant), ("rule_id", alert.rule_id), ("severity", alert.severity))
        }
        with translate_errors("alerts.sns"):
            self._sns.publish(
                TopicArn=self._topic,
                Subject=f"[{alert.severity}] {alert.title}"[:100],
                Message=message,
                MessageAttributes=attributes,
            )
        with translate_errors("alerts.events"):
            out = self._events.put_events(
                Entries=[
                    {"EventBusName": self._bus, "Source": EVENT_SOURCE, "DetailType": DETAIL_TYPE, "Detail": message}
                ]
            )
        if out.get("FailedEntryCount"):
            raise DependencyFailure("alerts.events: the alert was not accepted by the bus")
