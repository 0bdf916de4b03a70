"""The whole local cloud in one process tree: moto server, resources, functions, API, workers."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from localcloud.api import LocalApi
from localcloud.control import ControlServer
from localcloud.events import QueuePoller, Schedule, StreamPoller
from localcloud.functions import FunctionHost, child_environment, end_process
from localcloud.issuer import LocalIssuer
from localcloud.provision import Stack, provision
from localcloud.state import STATE_DIR, remove_state, running_state, write_state
from localcloud.template import ROOT

__all__ = ["LocalCloud", "PortBusy", "AlreadyRunning", "free_port", "port_is_free"]


class PortBusy(Exception):
    """A port the local cloud was asked to listen on is taken; the message says which and what to do."""

    def __init__(self, port: int, role: str, variable: str) -> None:
        alternative = next((p for p in range(port + 1, port + 50) if port_is_free(p)), None)
        choice = f"{variable}={alternative}" if alternative else f"{variable}=<port>"
        super().__init__(
            f"port {port} ({role}) is busy: stop what listens there, or choose another port with `make run {choice}`"
        )
        self.port = port


class AlreadyRunning(Exception):
    """A local cloud started from the same state folder still answers: a second one would overwrite the file
    the other's tools read, and take it away when it stopped."""

    def __init__(self, state: dict[str, Any]) -> None:
        super().__init__(
            f"a local cloud is already running from this checkout (API at {state.get('api_url')}): use it, stop it "
            "first, or give the second one a state folder of its own (PRIVACY_LOCAL_STATE_DIR=<dir>)"
        )


def port_is_free(port: int) -> bool:
    """Whether 127.0.0.1:``port`` can be listened on, as the servers of the local cloud would (with
    SO_REUSEADDR, so a port left in TIME_WAIT by a previous run counts as free)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
            probe.listen(1)
        except OSError:
            return False
    return True


def _die_with_parent() -> None:
    """Linux: the child gets SIGTERM if the runtime dies without stopping it (kill -9)."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class MotoServer:
    def __init__(self, port: int) -> None:
        self.port = port or free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        # Checked first: on a taken port, moto would exit at once, or worse, the probe below would take
        # whatever answers there (another local cloud's moto) for this one.
        if not port_is_free(self.port):
            raise PortBusy(self.port, "the local AWS endpoint, moto server", "AWS_PORT")
        self._process = subprocess.Popen(  # noqa: S603 - moto's own server, with localcloud's patches
            [sys.executable, "-m", "localcloud.moto_patches", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches the runtime, which stops the server itself
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.endpoint}/moto-api/", timeout=1).close()  # noqa: S310 - loopback
                return
            except OSError:
                if self._process.poll() is not None:
                    raise RuntimeError(f"moto server failed to start on port {self.port}") from None
                time.sleep(0.1)
        raise RuntimeError("moto server did not answer within 30 s")

    def stop(self) -> None:
        if self._process is not None:
            end_process(self._process)


class LocalCloud:
    """Start with :meth:`start`, stop with :meth:`stop` (or use as a context manager)."""

    def __init__(
        self,
        *,
        api_port: int = 0,
        aws_port: int = 0,
        region: str = "us-east-1",
        state_dir: Path = STATE_DIR,
        template: Path | None = None,
        write_state_file: bool = True,
        parameters: dict[str, str] | None = None,
    ) -> None:
        self.moto = MotoServer(aws_port)
        self.parameters = dict(parameters or {})
        self.region = region
        self.state_dir = state_dir
        self.template = template
        self.write_state_file = write_state_file
        self.issuer = LocalIssuer(state_dir / "issuer-key.pem")
        self.stack: Stack | None = None
        self.hosts: dict[str, FunctionHost] = {}
        self.pollers: list[QueuePoller | StreamPoller] = []
        self.schedules: list[Schedule] = []
        self.api: LocalApi | None = None
        self.control: ControlServer | None = None
        self._api_port = api_port
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._wrote_state = False

    def __enter__(self) -> LocalCloud:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        return self.moto.endpoint

    def start(self) -> None:
        try:
            self._start()
        except BaseException:
            self.stop()  # a half-started cloud must not leave moto or function processes behind
            raise

    def _start(self) -> None:
        if self.write_state_file:
            running = running_state(self.state_dir / "state.json")
            if running is not None:
                raise AlreadyRunning(running)
        # Both ports are checked before anything starts, so a busy one costs no minute of provisioning.
        if self._api_port and not port_is_free(self._api_port):
            raise PortBusy(self._api_port, "the API", "PORT")
        self.moto.start()
        self.stack = provision(self.moto.endpoint, self.region, self.template, self.parameters)
        base = child_environment(self.moto.endpoint, self.region)
        self.hosts = {lid: FunctionHost(spec, base) for lid, spec in self.stack.functions.items()}
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda host: host.start(), self.hosts.values()))
        for host in self.hosts.values():
            for name, event in host.spec.events.items():
                kind, props = event.get("Type"), event.get("Properties") or {}
                if kind == "SQS":
                    self.pollers.append(QueuePoller(self.stack, host, props))
                elif kind == "DynamoDB":
                    self.pollers.append(StreamPoller(self.stack, host, props))
                elif kind in ("Schedule", "ScheduleV2"):
                    self.schedules.append(Schedule(self.stack, host, name, props))
                elif kind == "S3":
                    raise ValueError(
                        f"{host.spec.logical_id}.{name}: deliver S3 notifications to an SQS queue with a DLQ "
                        "(bucket NotificationConfiguration) and give the function an SQS event"
                    )
        try:
            self.api = LocalApi(self.hosts, self.issuer, self._api_port)
        except OSError as exc:  # taken in the meantime
            raise PortBusy(self._api_port, "the API", "PORT") from exc
        self.api.start()
        self.control = ControlServer(lambda: self.schedules)
        self.control.start()
        for poller in self.pollers:
            poller.start()
        self._ticker = threading.Thread(target=self._tick, daemon=True, name="schedules")
        self._ticker.start()
        if self.write_state_file:
            write_state(self.describe(), self.state_dir / "state.json")
            self._wrote_state = True

    def _tick(self) -> None:
        while not self._stop.wait(1):
            for schedule in self.schedules:
                try:
                    schedule.tick(datetime.now(UTC))
                except Exception as exc:
                    print(f"schedule {schedule.name}: {type(exc).__name__}", file=sys.stderr)

    def environment(self) -> dict[str, str]:
        """Every resource variable the functions get, plus the endpoint: for tools and tests."""
        merged: dict[str, str] = {}
        for host in self.hosts.values():
            merged.update(host.spec.environment)
        merged.update(
            {
                "AWS_ENDPOINT_URL": self.moto.endpoint,
                "AWS_REGION": self.region,
                "AWS_DEFAULT_REGION": self.region,
                "AWS_ACCESS_KEY_ID": "local",
                "AWS_SECRET_ACCESS_KEY": "local",
            }
        )
        return merged

    def describe(self) -> dict[str, Any]:
        assert self.api is not None
        return {
            "api_url": self.api.url,
            "aws_endpoint": self.moto.endpoint,
            "region": self.region,
            "functions": sorted(self.hosts),
            "routes": [r.route_key for r in self.api.routes],
            "environment": self.environment(),
            "control": {"url": self.control.url, "token": self.control.token} if self.control else None,
            "parameters": self.parameters,
            "template": str((self.template or ROOT / "template.yaml").resolve()),
        }

    def schedule(self, function: str, event: str) -> Schedule:
        for schedule in self.schedules:
            if schedule.host.spec.logical_id == function and schedule.name == event:
                return schedule
        raise KeyError(f"{function}.{event} is not a schedule")

    def stop(self) -> None:
        self._stop.set()
        if self._wrote_state:  # never another cloud's (a start refused by AlreadyRunning stops too)
            remove_state(self.state_dir / "state.json")  # tools now say the cloud is not running
            self._wrote_state = False
        for poller in self.pollers:
            poller.stop()
        if self.control is not None:
            self.control.stop()
        if self.api is not None:
            self.api.stop()
        for host in self.hosts.values():
            host.stop()
        self.moto.stop()
