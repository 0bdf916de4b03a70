"""Export packages in S3, sealed under the subject's key (design.md section 4): a later erasure shreds
them with the key, and the store deletes them too.

A package is stored as frames of at most 1 MiB, each sealed with AES-256-GCM under the subject key and
bound to the request, its position and whether it is the last (so frames cannot be reordered, swapped
between packages or cut off): ``exports/<tenant>/<pseudonym>/<request_id>.zip.sealed``. A download opens
it into a plaintext copy under ``delivery/<tenant>/<pseudonym>/<request_id>/`` and hands out a presigned
URL of that copy for a few minutes; each download removes the copies made before it, erasure removes
them all, and the bucket's lifecycle removes any left within a day. A package built across invocations
keeps its parts, sealed the same way, under ``parts/<tenant>/<pseudonym>/<request_id>/`` until it is
assembled. Keys hold the pseudonym, never the subject id.

It is the subject data store ``subject_exports``: it lists a subject's packages (not their contents:
a package of packages would grow with every request) and erases them by the pseudonym's prefixes.
"""

from __future__ import annotations

import io
import secrets
import struct
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from privacykit.adapters.aws import pages, translate_errors
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import DecryptionFailed, NotFound

__all__ = ["ExportBucket", "FRAME_BYTES"]

#: A sealed package is a sequence of frames of this many plain bytes (the last one shorter), each with its
#: length before it; sealing or opening holds one frame at a time. Readers take any frame size.
FRAME_BYTES = 256 * 1024
_LENGTH = struct.Struct(">I")


class ExportBucket:
    kind = "subject_exports"

    def __init__(self, s3: Any, bucket: str, keyring: SubjectKeyring) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._keyring = keyring

    def _prefixes(self, tenant: str, subject: str) -> tuple[str, str]:
        pseudonym = self._keyring.pseudonym(tenant, subject)
        return f"exports/{tenant}/{pseudonym}/", f"delivery/{tenant}/{pseudonym}/"

    def _parts_prefix(self, tenant: str, subject: str, request_id: str | None = None) -> str:
        return f"parts/{tenant}/{self._keyring.pseudonym(tenant, subject)}/" + (f"{request_id}/" if request_id else "")

    @staticmethod
    def _frame_record(request_id: str, index: int, last: bool) -> str:
        return f"export#{request_id}#{index}#{'last' if last else 'more'}"

    # -- packages ------------------------------------------------------------------------------------
    def _seal_and_put(self, tenant: str, subject: str, bound_to: str, source: IO[bytes], key: str) -> int:
        # The source's size says which frame is the last, so only one frame is held at a time.
        start = source.tell()
        length = source.seek(0, io.SEEK_END) - start
        source.seek(start)
        frames = max(1, -(-length // FRAME_BYTES))
        with tempfile.TemporaryFile() as sealed:
            for index in range(frames):
                frame = self._keyring.encrypt(
                    tenant, subject, self._frame_record(bound_to, index, index == frames - 1), source.read(FRAME_BYTES)
                )
                sealed.write(_LENGTH.pack(len(frame)))
                sealed.write(frame)
            size = sealed.tell()
            sealed.seek(0)
            with translate_errors("exports.put"):
                self._s3.upload_fileobj(sealed, self._bucket, key)
        return size

    def store(self, tenant: str, subject: str, request_id: str, package: IO[bytes]) -> tuple[str, int]:
        key = f"{self._prefixes(tenant, subject)[0]}{request_id}.zip.sealed"
        return key, self._seal_and_put(tenant, subject, request_id, package, key)

    # -- parts of a package being built across invocations -------------------------------------------
    def put_part(self, tenant: str, subject: str, request_id: str, name: str, part: IO[bytes]) -> None:
        """Keep one part (sealed like a package, bound to the request and the part's name)."""
        key = f"{self._parts_prefix(tenant, subject, request_id)}{name}.sealed"
        self._seal_and_put(tenant, subject, f"{request_id}/{name}", part, key)

    def open_part(self, tenant: str, subject: str, request_id: str, name: str, out: IO[bytes]) -> None:
        key = f"{self._parts_prefix(tenant, subject, request_id)}{name}.sealed"
        self._open(tenant, subject, f"{request_id}/{name}", key, out)

    def drop_parts(self, tenant: str, subject: str, request_id: str) -> None:
        """Delete every version of the request's parts (the package is kept; or the request failed)."""
        self._delete(self._keys_under(self._parts_prefix(tenant, subject, request_id)))

    def _open(self, tenant: str, subject: str, request_id: str, key: str, out: IO[bytes]) -> None:
        try:
            with translate_errors("exports.get"):
                body = self._s3.get_object(Bucket=self._bucket, Key=key)["Body"]
        except NotFound as exc:  # expired by the lifecycle, or erased
            raise NotFound("the package is no longer kept; ask for a new export") from exc
        index = 0
        while True:
            header = body.read(_LENGTH.size)
            if not header:
                raise DecryptionFailed("the package ends before its last frame")
            frame = body.read(_LENGTH.unpack(header)[0])
            try:
                out.write(self._keyring.decrypt(tenant, subject, self._frame_record(request_id, index, False), frame))
            except DecryptionFailed:
                out.write(self._keyring.decrypt(tenant, subject, self._frame_record(request_id, index, True), frame))
                if body.read(1):
                    raise DecryptionFailed("the package has frames after its last one") from None
                return
            index += 1

    def delivery_url(self, tenant: str, subject: str, request_id: str, key: str, *, ttl_seconds: int) -> str:
        delivery = f"{self._prefixes(tenant, subject)[1]}{request_id}/"
        earlier = self._keys_under(delivery)
        copy_key = f"{delivery}{secrets.token_hex(8)}.zip"
        with tempfile.TemporaryFile() as plain:
            self._open(tenant, subject, request_id, key, plain)
            plain.seek(0)
            with translate_errors("exports.deliver"):
                self._s3.upload_fileobj(plain, self._bucket, copy_key)
        self._delete(earlier)
        with translate_errors("exports.presign"):
            url: str = self._s3.generate_presigned_url(
                "get_object",
                Params={
                    "Bucket": self._bucket,
                    "Key": copy_key,
                    "ResponseContentDisposition": f'attachment; filename="{request_id}.zip"',
                    "ResponseContentType": "application/zip",
                },
                ExpiresIn=ttl_seconds,
            )
        return url

    # -- the subject data store ----------------------------------------------------------------------
    def _versions(self, prefix: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for page in pages(self._s3, "list_object_versions", "exports.list", Bucket=self._bucket, Prefix=prefix):
            found.extend(page.get("Versions", []))
            found.extend(page.get("DeleteMarkers", []))
        return found

    def _keys_under(self, prefix: str) -> list[dict[str, Any]]:
        return [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in self._versions(prefix)]

    def _delete(self, objects: list[dict[str, Any]]) -> None:
        for start in range(0, len(objects), 1000):
            with translate_errors("exports.erase"):
                self._s3.delete_objects(
                    Bucket=self._bucket, Delete={"Objects": objects[start : start + 1000], "Quiet": True}
                )

    def count(self, tenant: str, subject: str) -> int:
        return sum(1 for v in self._versions(self._prefixes(tenant, subject)[0]) if "Size" in v)

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        prefix = self._prefixes(tenant, subject)[0]
        for version in sorted(self._versions(prefix), key=lambda v: v["LastModified"]):
            if "Size" not in version:
                continue
            request_id = version["Key"][len(prefix) :].split(".", 1)[0]
            data = {"request_id": request_id, "stored_at": version["LastModified"].isoformat(),
                    "bytes": version["Size"]}  # fmt: skip
            yield SubjectItem(self.kind, request_id, data)

    def erase(self, tenant: str, subject: str) -> int:
        exports, delivery = self._prefixes(tenant, subject)
        packages = self._versions(exports)
        others = self._versions(delivery) + self._versions(self._parts_prefix(tenant, subject))
        self._delete([{"Key": v["Key"], "VersionId": v["VersionId"]} for v in packages + others])
        return sum(1 for v in packages if "Size" in v)
