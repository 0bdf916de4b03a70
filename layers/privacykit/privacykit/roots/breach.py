"""The breach-notification capability's composition root."""

from __future__ import annotations

from privacykit.adapters.aws import client
from privacykit.adapters.contacts import ContactTable
from privacykit.adapters.incidents import IncidentTable
from privacykit.adapters.mail import SesMailer
from privacykit.adapters.topics import SnsReminders
from privacykit.config import get_settings
from privacykit.domain.breach.service import IncidentService
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring

__all__ = ["incident_service"]


@provider
def incident_service() -> IncidentService:
    settings = get_settings()
    return IncidentService(
        IncidentTable(client("dynamodb"), settings.require("incident_table"), keyring()),
        ContactTable(client("dynamodb"), settings.require("contact_table"), keyring()),
        SesMailer(client("ses"), settings.require("notice_sender")),
        SnsReminders(client("sns"), settings.require("breach_reminder_topic")),
        audit_writer(),
        clock=clock(),
    )
