"""``privacy-local run`` serves the bundle locally; ``privacy-local token`` prints a bearer token."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading

from localcloud.issuer import LocalIssuer
from localcloud.state import STATE_DIR

__all__ = ["main"]


def _run(args: argparse.Namespace) -> int:
    from localcloud.runtime import LocalCloud

    cloud = LocalCloud(api_port=args.port, aws_port=args.aws_port)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    cloud.start()
    info = cloud.describe()
    print(
        "\nPrivacy bundle running locally\n"
        f"  API            {info['api_url']}   (OpenAPI: {info['api_url']}/v1/openapi.json)\n"
        f"  AWS endpoint   {info['aws_endpoint']}   (aws --endpoint-url {info['aws_endpoint']} ...)\n"
        f"  functions      {', '.join(info['functions'])}\n"
        "  token          make token TENANT=acme GROUPS=privacy_officer SUB=u-1\n"
        "Ctrl-C stops everything.\n",
        flush=True,
    )
    try:
        while not stopped.wait(0.5):  # a timed wait lets the signal handler run promptly
            pass
    finally:
        print("stopping the local cloud...", file=sys.stderr)
        cloud.stop()
    return 0


def _token(args: argparse.Namespace) -> int:
    issuer = LocalIssuer(STATE_DIR / "issuer-key.pem")
    groups = [g for g in (args.groups or "").replace(",", " ").split() if g]
    mfa_age = int(args.mfa_age) if args.mfa_age not in (None, "") else None
    print(issuer.issue(tenant=args.tenant, sub=args.sub, groups=groups, mfa_age=mfa_age, ttl=args.ttl))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-local", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="serve the whole bundle on 127.0.0.1")
    run.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")))
    run.add_argument("--aws-port", type=int, default=int(os.environ.get("AWS_PORT", "5000")))
    token = commands.add_parser("token", help="print a signed bearer token for the local API")
    token.add_argument("--tenant", required=True)
    token.add_argument("--sub", required=True)
    token.add_argument("--groups", default="", help="space or comma separated roles; empty for a data subject")
    token.add_argument("--mfa-age", default=None, help="seconds since an MFA login (sets amr and auth_time)")
    token.add_argument("--ttl", type=int, default=3600)
    args = parser.parse_args(argv)
    return _run(args) if args.command == "run" else _token(args)


if __name__ == "__main__":
    raise SystemExit(main())
