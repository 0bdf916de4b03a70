"""``privacy-admin reapply-erasures``: after the subject-key table was restored from a backup or a
point-in-time recovery, shred again every key an erasure had shredded (the tombstones in the audit
bucket name them). Run it after every restore.

``privacy-admin end-expired-holds --tenant T``: erase what every expired legal hold of the tenant kept
through an erasure (its hold key shredded, its copy deleted; docs/legal-holds.md). Expired holds are also
ended hourly by ``LegalHoldExpiryFunction`` and when they are next read or listed.

Resource names come from the environment (``SUBJECT_KEY_TABLE``, ``AUDIT_BUCKET``, ``LEGAL_HOLD_TABLE``,
``EXPORT_BUCKET``, ``AUDIT_OUTBOX_TABLE``); with ``--local`` from the running local cloud.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from privacykit.errors import PrivacyError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-admin", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    reapply = commands.add_parser("reapply-erasures", help="shred again the keys a restore brought back")
    reapply.add_argument("--local", action="store_true", help="use the environment of the running `make run`")
    expired = commands.add_parser("end-expired-holds", help="erase what expired legal holds kept")
    expired.add_argument("--tenant", required=True)
    expired.add_argument("--local", action="store_true", help="use the environment of the running `make run`")
    args = parser.parse_args(argv)
    if args.local:
        from localcloud.state import load_environment

        os.environ.update(load_environment())
    from privacykit.adapters.aws import client
    from privacykit.adapters.subject_keys import SubjectKeyTable
    from privacykit.config import get_settings
    from privacykit.domain.erasure.service import reapply_erasures
    from privacykit.roots.erasure import key_tombstones, legal_hold_table, legal_holds

    try:
        if args.command == "end-expired-holds":
            ended = legal_holds().end_expired(legal_hold_table().listed(args.tenant))
            print(json.dumps({"ended": ended}))
            return 0
        keys = SubjectKeyTable(client("dynamodb"), get_settings().require("subject_key_table"))
        print(json.dumps(reapply_erasures(key_tombstones(), keys)))
        return 0
    except PrivacyError as exc:
        print(json.dumps(exc.to_body()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
