"""Upload keys that name no subject (docs/upload-keys.md).

An upload lands at ``uploads/<tenant>/<subject pseudonym>/<upload id>.<kind>``: the tenant, the subject's
keyed pseudonym (``ps_`` and 40 hex digits), a random id and the document kind. Nothing in the key, and so
nothing in S3 access logs, CloudTrail data events or a listing of object versions, identifies the subject
or repeats the file's name. The subject id and the file name travel with the object as its metadata,
each sealed under the subject key with the pseudonym and the upload id bound (``SubjectSealer``): only
the bundle opens them, only for that upload, and erasure shreds them with the key.

:class:`UploadDesk` hands out the presigned PUT for such a key (``POST /v1/subjects/{subject_id}/uploads``);
:func:`upload_owner` is how the S3 trigger learns whose upload it is. The old layout,
``uploads/<tenant>/<subject id>/<file>``, is parsed too, so that a deployment may still accept it
(``LEGACY_UPLOAD_KEYS``) and the subject data map still finds objects put before the change.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from privacykit.domain.classify.extraction import document_kind
from privacykit.domain.common.ids import SAFE_ID
from privacykit.errors import DecryptionFailed, KeyShredded, UnreadableDocument
from privacykit.ports import AuditRecord, AuditSink, Clock, utc_now

__all__ = [
    "UPLOAD_PREFIX",
    "SUBJECT_METADATA",
    "NAME_METADATA",
    "SubjectSealer",
    "UploadLinks",
    "UploadKey",
    "UploadTicket",
    "UploadDesk",
    "parse_upload_key",
    "upload_owner",
    "sealed_subject",
    "upload_name",
]

UPLOAD_PREFIX = "uploads/"
#: The object metadata (``x-amz-meta-…``) holding the sealed subject id and the sealed file name.
SUBJECT_METADATA, NAME_METADATA = "privacy-subject", "privacy-name"

_PSEUDONYM = re.compile(r"ps_[0-9a-f]{40}\Z")
_UPLOAD_NAME = re.compile(r"(up_[0-9a-f]{32})\.([a-z0-9]{1,8})\Z")


class SubjectSealer(Protocol):
    """The subject keyring, as far as uploads use it (``crypto.SubjectKeyring``)."""

    def pseudonym(self, tenant: str, subject: str) -> str: ...

    def encrypt_for_pseudonym(self, tenant: str, subject: str, record: str, plaintext: bytes) -> bytes: ...

    def decrypt_by_pseudonym(self, tenant: str, pseudonym: str, record: str, ciphertext: bytes) -> bytes: ...


class UploadLinks(Protocol):
    def presign_put(self, key: str, metadata: Mapping[str, str], ttl_seconds: int) -> tuple[str, dict[str, str]]:
        """A URL that PUTs one object at ``key`` for ``ttl_seconds``, and the headers the PUT must send
        (the metadata is signed into the URL: a PUT without it, or with other values, is refused)."""
        ...


@dataclass(frozen=True)
class UploadKey:
    """A parsed upload key. ``owner`` is the subject pseudonym (``pseudonymous``) or, in the old layout,
    the subject id; ``upload_id`` is None in the old layout."""

    tenant: str
    owner: str
    name: str
    pseudonymous: bool

    @property
    def upload_id(self) -> str | None:
        found = _UPLOAD_NAME.match(self.name) if self.pseudonymous else None
        return found.group(1) if found else None


@dataclass(frozen=True)
class UploadTicket:
    upload_id: str
    key: str
    url: str
    headers: dict[str, str]
    expires_at: datetime


def _label(upload_id: str, what: str) -> str:
    """The record label bound to a sealed metadata value: it opens only for this upload and this field."""
    return f"upload#{upload_id}#{what}"


def parse_upload_key(key: str) -> UploadKey:
    """``uploads/<tenant>/<ps_…>/<up_….kind>`` (or the old ``uploads/<tenant>/<subject>/<file>``);
    :class:`UnreadableDocument` (``bad_key``) for anything else. The message never quotes the key."""
    parts = key.split("/")
    if len(parts) < 4 or f"{parts[0]}/" != UPLOAD_PREFIX or not parts[-1]:
        raise UnreadableDocument(
            "upload keys look like uploads/<tenant>/<subject pseudonym>/<upload id>", reason="bad_key"
        )
    tenant, owner, name = parts[1], parts[2], "/".join(parts[3:])
    if not SAFE_ID.match(tenant) or not SAFE_ID.match(owner):
        raise UnreadableDocument("the upload key names an invalid tenant or subject", reason="bad_key")
    if _PSEUDONYM.match(owner):
        if not _UPLOAD_NAME.match(name):
            raise UnreadableDocument("the upload key names no upload id", reason="bad_key")
        return UploadKey(tenant, owner, name, True)
    return UploadKey(tenant, owner, name, False)


def _opened(sealer: SubjectSealer, key: UploadKey, metadata: Mapping[str, str], field: str, what: str) -> str | None:
    """The value sealed in ``field``, or None when it is missing or does not open; :class:`KeyShredded`
    when the pseudonym's key is gone."""
    sealed, upload_id = metadata.get(field), key.upload_id
    if not sealed or upload_id is None:
        return None
    try:
        value = sealer.decrypt_by_pseudonym(key.tenant, key.owner, _label(upload_id, what), base64.b64decode(sealed))
        return value.decode()
    except (DecryptionFailed, binascii.Error, ValueError, UnicodeDecodeError):
        return None


def upload_owner(sealer: SubjectSealer | None, key: UploadKey, metadata: Mapping[str, str], *, legacy: bool) -> str:
    """Whose upload this is: the subject id sealed in its metadata, which must open under the key's
    pseudonym for this upload id (so only a PUT through a link the bundle issued is taken). A key in the
    old layout names its subject and is taken only when ``legacy`` is on. Else ``bad_key``, or
    ``subject_erased`` when the pseudonym's key has been shredded."""
    if not key.pseudonymous:
        if legacy:
            return key.owner
        raise UnreadableDocument(
            "uploads/<tenant>/<subject>/ keys are no longer accepted: ask POST /v1/subjects/{subject_id}/uploads "
            "for an upload link",
            reason="bad_key",
        )
    try:
        subject = _opened(sealer, key, metadata, SUBJECT_METADATA, "subject") if sealer is not None else None
    except KeyShredded:
        # The link was handed out before the subject was erased: no one can ever open what it brought.
        raise UnreadableDocument("the upload's subject has been erased", reason="subject_erased") from None
    if (
        sealer is None
        or subject is None
        or not SAFE_ID.match(subject)
        or sealer.pseudonym(key.tenant, subject) != key.owner
    ):
        raise UnreadableDocument("the upload carries no subject sealed for its key", reason="bad_key")
    return subject


def sealed_subject(metadata: Mapping[str, str]) -> bytes | None:
    """The subject id as sealed in an upload's metadata (the bytes, still sealed), if it is there."""
    try:
        return base64.b64decode(metadata[SUBJECT_METADATA], validate=True)
    except (KeyError, binascii.Error, ValueError):
        return None


def upload_name(sealer: SubjectSealer, key: UploadKey, metadata: Mapping[str, str]) -> str:
    """The file name as it was uploaded (sealed in the metadata); the key's last part when it is not there
    or no longer opens."""
    try:
        return _opened(sealer, key, metadata, NAME_METADATA, "name") or key.name
    except KeyShredded:
        return key.name


class UploadDesk:
    """Hands out presigned upload links for ``uploads/<tenant>/<pseudonym>/<upload id>.<kind>``."""

    def __init__(
        self, links: UploadLinks, sealer: SubjectSealer, audit: AuditSink, *, ttl_seconds: int, clock: Clock = utc_now
    ) -> None:
        self._links = links
        self._sealer = sealer
        self._audit = audit
        self._ttl = ttl_seconds
        self._clock = clock

    def issue(
        self, tenant: str, subject: str, file_name: str, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> UploadTicket:
        """A link to PUT one document of ``subject``; its kind comes from ``file_name``'s extension (an
        unsupported one is a 422 that does not quote the name). The name itself is sealed, never in the key."""
        kind = document_kind(file_name)
        upload_id = f"up_{uuid.uuid4().hex}"
        pseudonym = self._sealer.pseudonym(tenant, subject)
        key = f"{UPLOAD_PREFIX}{tenant}/{pseudonym}/{upload_id}.{kind}"

        def sealed(value: str, what: str) -> str:
            ciphertext = self._sealer.encrypt_for_pseudonym(tenant, subject, _label(upload_id, what), value.encode())
            return base64.b64encode(ciphertext).decode()

        metadata = {SUBJECT_METADATA: sealed(subject, "subject"), NAME_METADATA: sealed(file_name, "name")}
        expires_at = self._clock() + timedelta(seconds=self._ttl)
        url, headers = self._links.presign_put(key, metadata, self._ttl)
        self._audit.record(
            tenant,
            AuditRecord(
                "classify.upload_link", "success", actor=actor, actor_roles=actor_roles, subject=subject,
                details={"upload_id": upload_id, "kind": kind, "expires_at": expires_at.isoformat()},
            ),
        )  # fmt: skip
        return UploadTicket(upload_id, key, url, headers, expires_at)
