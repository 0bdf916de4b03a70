"""``privacy-local run`` serves the bundle locally; ``privacy-local token`` prints a bearer token;
``privacy-local trigger <schedule>`` runs a schedule of the running local cloud now; ``privacy-local dlq
list|redrive [QUEUE]`` shows what its dead-letter queues hold and sends it back (localcloud/dlq.py);
``privacy-local upload FILE --subject S --token T`` uploads a subject's document as a client does (an
upload link from the API, then a PUT through it; docs/upload-keys.md) and prints the object's key."""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from localcloud.issuer import LocalIssuer
from localcloud.state import STATE_DIR, load_environment, read_state
from localcloud.template import ROOT, load_template

__all__ = ["main", "known_roles"]


def _parameters(args: argparse.Namespace) -> dict[str, str]:
    from localcloud.parameters import parse_overrides, resolve_parameters, samconfig_overrides

    template = load_template()
    from_file = samconfig_overrides(Path(args.config_file), args.config_env)
    from_command = parse_overrides(args.parameter_overrides or "")
    parameters = resolve_parameters(template, from_file, from_command)
    _check_settings(parameters)
    return parameters


def _check_settings(parameters: dict[str, str]) -> None:
    """Parse what the functions will parse from the parameters, as they will, so that a policy they would
    refuse (every classify answer a 500) stops ``make run`` at start instead."""
    from privacykit.config import Settings
    from privacykit.roots.classify import level_policies

    level_policies(Settings.from_env({"LEVEL_POLICIES": parameters.get("LevelPolicies", "")}))


def _run(args: argparse.Namespace) -> int:
    from localcloud.parameters import ParameterError
    from localcloud.runtime import AlreadyRunning, LocalCloud, PortBusy
    from privacykit.errors import ConfigurationError

    try:
        parameters = _parameters(args)
    except (ParameterError, ConfigurationError) as exc:
        print(f"privacy-local: {exc}", file=sys.stderr)
        return 2
    cloud = LocalCloud(api_port=args.port, aws_port=args.aws_port, parameters=parameters)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    try:
        cloud.start()
    except (PortBusy, AlreadyRunning) as exc:
        print(f"privacy-local: {exc}", file=sys.stderr)
        return 1
    info = cloud.describe()
    overridden = ", ".join(f"{k}" for k in sorted(parameters)) or "none (template defaults)"
    print(
        "\nPrivacy bundle running locally\n"
        f"  API            {info['api_url']}   (OpenAPI: {info['api_url']}/v1/openapi.json)\n"
        f"  AWS endpoint   {info['aws_endpoint']}   (aws --endpoint-url {info['aws_endpoint']} ...)\n"
        f"  functions      {', '.join(info['functions'])}\n"
        f"  parameters     overridden: {overridden}\n"
        "  token          make token TENANT=acme GROUPS=privacy_officer SUB=u-1\n"
        "  schedules      privacy-local trigger (lists them; with a name, runs it now)\n"
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


def known_roles() -> set[str]:
    """The roles the bundle knows: the template's Cognito groups and every ``Role::"..."`` of the Cedar
    policies (the default set and the tenants' own)."""
    roles = {
        str((resource.get("Properties") or {}).get("GroupName"))
        for resource in (load_template().get("Resources") or {}).values()
        if resource.get("Type") == "AWS::Cognito::UserPoolGroup"
    }
    policy_dirs = (
        ROOT / "layers/privacykit/privacykit/domain/access/policies",
        ROOT / "functions/access/tenant_policies",
    )
    for folder in policy_dirs:
        for policy in folder.glob("*.cedar"):
            roles.update(re.findall(r'Role::"([^"]+)"', policy.read_text()))
    return roles


def _token(args: argparse.Namespace) -> int:
    issuer = LocalIssuer(STATE_DIR / "issuer-key.pem")
    groups = [g for g in (args.groups or "").replace(",", " ").split() if g]
    unknown = sorted(set(groups) - known_roles())
    if unknown:
        # On stderr: TOKEN=$(make -s token ...) still captures the token alone.
        print(
            f"warning: the bundle knows no role {', '.join(unknown)}; the token carries it, but no route "
            f"or policy will grant it anything (known roles: {', '.join(sorted(known_roles()))})",
            file=sys.stderr,
        )
    mfa_age = int(args.mfa_age) if args.mfa_age not in (None, "") else None
    print(issuer.issue(tenant=args.tenant, sub=args.sub, groups=groups, mfa_age=mfa_age, ttl=args.ttl))
    return 0


def _control(state: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    control = state.get("control") or {}
    from localcloud.control import TOKEN_HEADER

    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{control['url']}{path}", method=method, headers={TOKEN_HEADER: control["token"]}
    )
    try:
        with urllib.request.urlopen(request, timeout=330) as response:  # noqa: S310 - loopback
            answer: dict[str, Any] = json.loads(response.read())
    except urllib.error.HTTPError as error:
        answer = json.loads(error.read() or b"{}")
        raise SystemExit(f"privacy-local: {answer.get('error', error.reason)}") from None
    except OSError:
        raise SystemExit("privacy-local: the local cloud did not answer: is `make run` still running?") from None
    return answer


def _trigger(args: argparse.Namespace) -> int:
    state = read_state(Path(args.state_file))
    if not args.schedule:
        for schedule in _control(state, "GET", "/schedules")["schedules"]:
            print(f"{schedule['schedule']:34} {schedule['expression']}")
        return 0
    answer = _control(state, "POST", "/schedules/" + quote(args.schedule, safe=""))
    if answer["ok"]:
        print(f"{answer['schedule']}: ran")
        return 0
    where = "; the event is parked in its dead-letter queue" if answer["parked_in_dlq"] else ""
    print(
        f"{answer['schedule']}: failed {answer['attempts_when_failed']} times{where} "
        "(the `make run` terminal shows why)",
        file=sys.stderr,
    )
    return 1


def _clients(state_file: str) -> tuple[Any, Any]:
    import boto3

    environment = load_environment(Path(state_file))
    session = boto3.session.Session(
        aws_access_key_id=environment["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=environment["AWS_SECRET_ACCESS_KEY"],
        region_name=environment["AWS_REGION"],
    )
    endpoint = environment["AWS_ENDPOINT_URL"]
    return session.client("sqs", endpoint_url=endpoint), session.client("s3", endpoint_url=endpoint)


def _origins(state_file: str) -> dict[str, str]:
    """What parks in each dead-letter queue without a source queue, from the running cloud's template."""
    from localcloud import dlq

    template = read_state(Path(state_file)).get("template")
    return dlq.origins(load_template(Path(template) if template else None))


def _dlq(args: argparse.Namespace) -> int:
    from localcloud import dlq

    sqs, s3 = _clients(args.state_file)
    if args.action == "redrive":
        if not args.queue:
            raise SystemExit(
                "privacy-local: name the queue to redrive: privacy-local dlq redrive UploadDeadLetterQueue"
            )
        queue = dlq.find(sqs, args.queue)
        origin = _origins(args.state_file).get(queue.name, "schedules") if queue.source_url is None else None
        if origin is not None and "schedules" not in origin:  # the schedules' queue: dlq.redrive says what to do
            raise SystemExit(
                f"privacy-local: {queue.name} holds {origin}, not a queue's messages: there is no queue to send "
                "them back to"
            )
        moved = dlq.redrive(sqs, queue)
        print(f"{queue.name}: {moved} message(s) sent back to {str(queue.source_url).rsplit('/', 1)[-1]}")
        return 0
    queues = [dlq.find(sqs, args.queue)] if args.queue else dlq.dead_letter_queues(sqs)
    origins = _origins(args.state_file)
    for queue in queues:
        source = queue.source_url.rsplit("/", 1)[-1] if queue.source_url else origins.get(queue.name, "no source queue")
        print(f"{queue.name:34} {queue.messages:>4} parked  (from {source})")
        if not args.queue and not queue.messages:
            continue
        for message in dlq.parked(sqs, s3, queue):
            sent = message.sent_at.isoformat(timespec="seconds") if message.sent_at else "?"
            why = " ".join(f"{k}={v}" for k, v in message.tags.items())
            print(f"  {message.message_id}  sent {sent}  received {message.receives}x  {message.what}  {why}".rstrip())
    return 0


def _upload(args: argparse.Namespace) -> int:
    """Ask the running API for an upload link and PUT the file through it; print the object's key."""
    state = read_state(Path(args.state_file))
    path = Path(args.file)
    ask = urllib.request.Request(  # noqa: S310 - loopback
        f"{state['api_url']}/v1/subjects/{quote(args.subject, safe='')}/uploads",
        data=json.dumps({"file_name": path.name}).encode(),
        method="POST",
        headers={"Authorization": f"Bearer {args.token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(ask, timeout=30) as response:  # noqa: S310 - loopback
            link: dict[str, Any] = json.loads(response.read())
    except urllib.error.HTTPError as error:
        print(f"privacy-local: no upload link: {error.code} {error.read().decode(errors='replace')}", file=sys.stderr)
        return 1
    # A form content type (urllib's default for a body) would make moto read the file as a form.
    headers = {"Content-Type": "application/octet-stream", **link["headers"]}
    put = urllib.request.Request(link["url"], data=path.read_bytes(), method="PUT", headers=headers)  # noqa: S310
    with urllib.request.urlopen(put, timeout=60):  # noqa: S310 - the local cloud's S3
        pass
    bucket_and_key = urllib.parse.urlsplit(link["url"]).path.lstrip("/")
    print(bucket_and_key.split("/", 1)[1])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-local", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="serve the whole bundle on 127.0.0.1")
    run.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")))
    run.add_argument("--aws-port", type=int, default=int(os.environ.get("AWS_PORT", "5000")))
    run.add_argument(
        "--parameter-overrides",
        default=os.environ.get("PARAMETER_OVERRIDES") or None,
        help="template parameters, as for sam: 'SodThreshold=5000 LevelPolicies=\"{...}\"' "
        "(over samconfig.toml's, over the template's defaults)",
    )
    run.add_argument("--config-file", default=str(ROOT / "samconfig.toml"), help="as sam's --config-file")
    run.add_argument("--config-env", default="default", help="as sam's --config-env")
    token = commands.add_parser("token", help="print a signed bearer token for the local API")
    token.add_argument("--tenant", required=True)
    token.add_argument("--sub", required=True)
    token.add_argument("--groups", default="", help="space or comma separated roles; empty for a data subject")
    token.add_argument("--mfa-age", default=None, help="seconds since an MFA login (sets amr and auth_time)")
    token.add_argument("--ttl", type=int, default=3600)
    trigger = commands.add_parser("trigger", help="run a schedule of the running local cloud now")
    trigger.add_argument(
        "schedule", nargs="?", help="AuditSealFunction, AuditSealFunction.Seal or Seal; none lists them"
    )
    trigger.add_argument("--state-file", default=str(STATE_DIR / "state.json"), help=argparse.SUPPRESS)
    dead = commands.add_parser("dlq", help="list what is parked in the dead-letter queues, or send it back")
    dead.add_argument("action", choices=["list", "redrive"])
    dead.add_argument("queue", nargs="?", help="a dead-letter queue, e.g. UploadDeadLetterQueue (list: all)")
    dead.add_argument("--state-file", default=str(STATE_DIR / "state.json"), help=argparse.SUPPRESS)
    upload = commands.add_parser("upload", help="upload a subject's document through an upload link; prints its key")
    upload.add_argument("file")
    upload.add_argument("--subject", required=True)
    upload.add_argument("--token", required=True, help="the subject's, or a role that may classify (make token)")
    upload.add_argument("--state-file", default=str(STATE_DIR / "state.json"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command == "trigger":
        return _trigger(args)
    if args.command == "dlq":
        return _dlq(args)
    if args.command == "upload":
        return _upload(args)
    return _token(args)


if __name__ == "__main__":
    raise SystemExit(main())
