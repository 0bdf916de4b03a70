"""The recipients of a subject's data, read from the tenant's audit trail (sealed segments in the audit
bucket, then the events still pending in the outbox): the access decisions are kept only there.

Reading the trail costs one pass over the tenant's events per access request or erasure (the sealed
segments streamed one at a time, never held together). A per-subject index of recipients would make it
constant; the audit queries of issue 16 are where such an index belongs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from privacykit.adapters.aws import pages, translate_errors
from privacykit.domain.audit.chain import decode_segment
from privacykit.domain.audit.ports import AuditOutbox
from privacykit.domain.common.recipients import Recipient, recipients_from

__all__ = ["AuditTrailRecipients"]

#: Pending events read at most (the sealer moves them into segments every minute).
_PENDING_LIMIT = 5000


class AuditTrailRecipients:
    def __init__(self, s3: Any, bucket: str, outbox: AuditOutbox) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._outbox = outbox

    def _events(self, tenant: str) -> Iterator[dict[str, Any]]:
        prefix = f"audit/{tenant}/segments/"
        for page in pages(self._s3, "list_objects_v2", "recipients.list", Bucket=self._bucket, Prefix=prefix):
            for entry in page.get("Contents", []):
                with translate_errors("recipients.read"):
                    body = self._s3.get_object(Bucket=self._bucket, Key=entry["Key"])["Body"].read()
                yield from decode_segment(body)
        for pending in self._outbox.pending(tenant, _PENDING_LIMIT):
            yield dict(pending.draft)

    def of_subject(self, tenant: str, subject_pseudonym: str) -> list[Recipient]:
        return recipients_from(self._events(tenant), subject_pseudonym)
