"""The breach-notification capability's composition root: the service as the API and the reminder
schedule use it, and with the notice queue as the notices route and the notice worker use it."""

from __future__ import annotations

from privacykit.adapters.aws import client
from privacykit.adapters.contacts import ContactTable
from privacykit.adapters.incidents import IncidentTable
from privacykit.adapters.mail import SesMailer
from privacykit.adapters.queues import TenantJobQueue
from privacykit.adapters.topics import SnsReminders
from privacykit.config import get_settings
from privacykit.domain.breach.service import IncidentService
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring

__all__ = ["incident_service", "notice_service"]


def _service(*, with_queue: bool) -> IncidentService:
    settings = get_settings()
    queue = TenantJobQueue(client("sqs"), settings.require("notice_queue_url")) if with_queue else None
    return IncidentService(
        IncidentTable(client("dynamodb"), settings.require("incident_table"), keyring()),
        ContactTable(client("dynamodb"), settings.require("contact_table"), keyring()),
        SesMailer(client("ses"), settings.require("notice_sender")),
        SnsReminders(client("sns"), settings.require("breach_reminder_topic")),
        audit_writer(),
        queue=queue,
        clock=clock(),
    )


@provider
def incident_service() -> IncidentService:
    return _service(with_queue=False)


@provider
def notice_service() -> IncidentService:
    """The service that queues individual notices (the notices route) and sends them (the worker, which
    queues its run again to go on in the next invocation)."""
    return _service(with_queue=True)
