"""The running local cloud's control endpoint, for the commands of other terminals: ``privacy-local
trigger <schedule>`` runs a schedule now, in the running cloud's own function process (so a function
with a reserved concurrency of 1, the audit sealer, still never runs twice at once).

It listens on 127.0.0.1 on a port of its own (not the API's: it is no part of the deployed API) and
answers only requests that carry the token written to ``.local/state.json``, which only this user can
read: a web page in a browser cannot make it run anything.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from localcloud.events import Schedule

__all__ = ["ControlServer", "TOKEN_HEADER", "find_schedule", "schedule_name"]

TOKEN_HEADER = "x-local-control-token"  # noqa: S105 - a header name, not a secret


def schedule_name(schedule: Schedule) -> str:
    return f"{schedule.host.spec.logical_id}.{schedule.name}"


def find_schedule(schedules: list[Schedule], wanted: str) -> Schedule:
    """``AuditSealFunction.Seal``, or ``AuditSealFunction`` when it has one schedule, or ``Seal`` (case
    does not matter). A name that matches none or several raises :class:`LookupError` saying which."""
    lowered = wanted.lower()
    exact = [s for s in schedules if schedule_name(s).lower() == lowered]
    matches = exact or [s for s in schedules if lowered in (s.host.spec.logical_id.lower(), s.name.lower())]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(sorted(schedule_name(s) for s in (matches or schedules)))
    if matches:
        raise LookupError(f"{wanted!r} names several schedules: {names}")
    raise LookupError(f"no schedule {wanted[:60]!r}; the schedules are {names}")


class ControlServer:
    def __init__(self, schedules: Callable[[], list[Schedule]]) -> None:
        self.token = secrets.token_urlsafe(24)
        control = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self._authorised():
                    listed = [{"schedule": schedule_name(s), "expression": s.expression} for s in schedules()]
                    self._answer(200, {"schedules": listed})

            def do_POST(self) -> None:
                if not self._authorised():
                    return
                prefix = "/schedules/"
                if not self.path.startswith(prefix):
                    self._answer(404, {"error": "no such control"})
                    return
                try:
                    schedule = find_schedule(schedules(), unquote(self.path[len(prefix) :]))
                except LookupError as exc:
                    self._answer(404, {"error": str(exc)})
                    return
                ok = schedule.fire(keep_rhythm=True)
                self._answer(
                    200,
                    {
                        "schedule": schedule_name(schedule),
                        "ok": ok,
                        "attempts_when_failed": 1 + schedule.retries,
                        "parked_in_dlq": not ok and schedule.dlq_url is not None,
                    },
                )

            def _authorised(self) -> bool:
                given = self.headers.get(TOKEN_HEADER, "")
                if hmac.compare_digest(given.encode(), control.token.encode()):
                    return True
                self._answer(403, {"error": "the control token is missing or wrong"})
                return False

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True, name="control")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self.server.shutdown()
        self.server.server_close()
