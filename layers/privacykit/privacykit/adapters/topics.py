"""SNS deadline reminders (breach); messages carry ids and rule names, never personal values."""

from __future__ import annotations

import json
from typing import Any

from privacykit.adapters.aws import translate_errors

__all__ = ["SnsReminders"]


class SnsReminders:
    """Deadline reminders to the breach topic (subscribers: the privacy officers)."""

    def __init__(self, sns: Any, topic_arn: str) -> None:
        self._sns = sns
        self._topic = topic_arn

    def publish(self, subject: str, message: dict[str, Any]) -> None:
        with translate_errors("sns.Publish"):
            self._sns.publish(TopicArn=self._topic, Subject=subject[:100], Message=json.dumps(message, sort_keys=True))
