"""``privacy-audit``: verify a tenant's audit trail offline and name the first break; seal and digest.

``verify`` reads the whole trail from the first event (``--from-checkpoint``: from the newest signed
digest, as the API does). ``seal`` and ``digest`` run the two schedules once (a broken trail found by
``digest`` is recorded as ``audit.chain_broken``, as by the schedule, and exits 1). ``verify-certificate FILE``
checks a signed erasure certificate with the erasure key's public key (``--public-key PEM``, from
``GET /v1/signing-keys``, fully offline; else read from KMS). Resource names come from
the same environment variables as the functions (``AUDIT_BUCKET``, ``AUDIT_CHAIN_TABLE``,
``AUDIT_OUTBOX_TABLE``, ``DIGEST_SIGNING_KEY_ID``); with ``--local`` from the running local cloud.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from privacykit.errors import PrivacyError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-audit", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="verify a tenant's hash chain and signed digests")
    verify.add_argument("--tenant", required=True)
    verify.add_argument(
        "--from-checkpoint", action="store_true", help="start at the newest signed digest, not the first event"
    )
    for name, text in (
        ("seal", "sequence and seal the events waiting in the outbox now"),
        ("digest", "verify each tenant since its last digest and sign a digest now"),
    ):
        commands.add_parser(name, help=text).add_argument("--local", action="store_true")
    verify.add_argument("--local", action="store_true", help="use the environment of the running `make run`")
    certificate = commands.add_parser(
        "verify-certificate", help="verify a signed erasure certificate (the JSON the status URL gives)"
    )
    certificate.add_argument("file", help="the signed certificate: {certificate, signature, ...}")
    certificate.add_argument(
        "--public-key", help="PEM file of the erasure-certificate key (GET /v1/signing-keys); else asked of KMS"
    )
    certificate.add_argument("--local", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "verify-certificate" and args.public_key:
        return _verify_certificate(args.file, Path(args.public_key).read_text())

    if args.local:
        from localcloud.state import load_environment

        os.environ.update(load_environment())
    from privacykit.roots.audit import audit_digester, audit_sealer, audit_verifier

    try:
        if args.command == "verify-certificate":
            from privacykit.adapters.aws import client
            from privacykit.adapters.kms import public_key_pem
            from privacykit.config import get_settings

            key_id = get_settings().require("erasure_signing_key_id")
            return _verify_certificate(args.file, public_key_pem(client("kms"), key_id))
        if args.command == "verify":
            verifier = audit_verifier()
            result = verifier.verify(args.tenant) if args.from_checkpoint else verifier.verify_full(args.tenant)
            found = result.as_dict()
            if found["valid"] and not (found["events"] or found["pending"] or found["digests_checked"]):
                # Nothing at all is not a valid trail: most often the tenant is misspelt.
                print(f"tenant {args.tenant!r} has no audit trail: no event was ever recorded for it", file=sys.stderr)
                return 2
            print(json.dumps(found, indent=2))
            return 0 if result.valid else 1
        if args.command == "seal":
            reports = audit_sealer().seal_all()
            print(json.dumps({"tenants": len(reports), "sealed": sum(r.sealed for r in reports)}))
            return 0
        results = audit_digester().digest_all()
        broken = [r["tenant"] for r in results if not r["valid"]]
        print(json.dumps({"digests": sum(1 for r in results if r["signed"]), "broken": broken}))
        return 1 if broken else 0
    except PrivacyError as exc:
        if args.local and exc.code == "dependency_unavailable":
            print("the local cloud did not answer: is `make run` still running?", file=sys.stderr)
            return 2
        print(json.dumps(exc.to_body()), file=sys.stderr)
        return 2


def _verify_certificate(path: str, public_key: str) -> int:
    """Check the certificate in ``path`` with ``public_key`` alone (no call to the bundle or KMS)."""
    from privacykit.crypto import verify_signed_document
    from privacykit.ports import SignatureKind

    try:
        document = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        print(json.dumps({"valid": False, "reason": "the file is not a JSON document"}))
        return 1
    problem = verify_signed_document(SignatureKind.ERASURE_CERTIFICATE, document, public_key)
    body = document.get("certificate") if isinstance(document, dict) else None
    request_id = body.get("request_id") if isinstance(body, dict) and problem is None else None
    print(json.dumps({"valid": problem is None, "request_id": request_id, "reason": problem}))
    return 0 if problem is None else 1


if __name__ == "__main__":
    raise SystemExit(main())
