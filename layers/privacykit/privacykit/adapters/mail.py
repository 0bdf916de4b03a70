"""Outgoing e-mail through SES."""

from __future__ import annotations

from typing import Any

from privacykit.adapters.aws import translate_errors

__all__ = ["SesMailer"]


class SesMailer:
    """Plain-text e-mail through SES from the verified sender identity."""

    def __init__(self, ses: Any, sender: str) -> None:
        self._ses = ses
        self._sender = sender

    def send(self, to: str, subject: str, body: str) -> str:
        # translate_errors names the operation and the error code only: SES messages may quote addresses.
        with translate_errors("ses.SendEmail"):
            out = self._ses.send_email(
                Source=self._sender,
                Destination={"ToAddresses": [to]},
                Message={
                    "Subject": {"Data": subject, "Charset": "UTF-8"},
                    "Body": {"Text": {"Data": body, "Charset": "UTF-8"}},
                },
            )
        return str(out["MessageId"])
