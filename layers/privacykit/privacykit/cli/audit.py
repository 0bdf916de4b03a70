"""``privacy-audit verify --tenant T``: verify a tenant's audit chain and name the first break.

Reads resource names from the same environment variables as the functions (``AUDIT_BUCKET``,
``AUDIT_CHAIN_TABLE``, ``DIGEST_SIGNING_KEY_ID``); with ``--local`` from the running local cloud.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from privacykit.errors import PrivacyError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-audit", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="verify a tenant's hash chain and signed digests")
    verify.add_argument("--tenant", required=True)
    verify.add_argument("--local", action="store_true", help="use the environment of the running `make run`")
    digest = commands.add_parser("digest", help="sign a digest of every tenant's chain head now")
    digest.add_argument("--local", action="store_true")
    args = parser.parse_args(argv)

    if args.local:
        from localcloud.state import load_environment

        os.environ.update(load_environment())
    from privacykit.roots.audit import audit_digester, audit_verifier

    try:
        if args.command == "verify":
            result = audit_verifier().verify(args.tenant)
            print(json.dumps(result.as_dict(), indent=2))
            return 0 if result.valid else 1
        print(json.dumps({"digests": len(audit_digester().digest_all())}))
        return 0
    except PrivacyError as exc:
        print(json.dumps(exc.to_body()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
