"""Function hosts: each template function runs in its own child process (see worker.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from typing import Any

from localcloud.provision import FunctionSpec

__all__ = ["FunctionHost", "InvocationFailed", "child_environment", "end_process"]


class InvocationFailed(Exception):
    """The handler raised, crashed or timed out."""


class FunctionHost:
    def __init__(self, spec: FunctionSpec, base_env: dict[str, str]) -> None:
        self.spec = spec
        self._env = {**base_env, **spec.environment}
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(  # noqa: S603 - our own worker module, fixed arguments
            [
                sys.executable,
                "-m",
                "localcloud.worker",
                str(self.spec.code_dir),
                self.spec.module,
                self.spec.handler,
                self.spec.name,
                str(self.spec.timeout),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=self._env,
            text=True,
            bufsize=1,
            start_new_session=True,  # Ctrl-C reaches the runtime only; a worker exits when its stdin closes
        )
        assert process.stdout is not None
        ready = process.stdout.readline()
        if not ready:
            process.kill()
            raise InvocationFailed(f"{self.spec.logical_id} failed to start (import error?)")
        return process

    def start(self) -> None:
        with self._lock:
            if self._process is None:
                self._process = self._start()

    def _call(self, request: dict[str, Any]) -> Any:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            process = self._process
            assert process.stdin is not None and process.stdout is not None
            timer = threading.Timer(self.spec.timeout + 5, process.kill)
            timer.start()
            try:
                process.stdin.write(json.dumps(request, default=str) + "\n")
                process.stdin.flush()
                line = process.stdout.readline()
            except (BrokenPipeError, OSError) as exc:
                self._process = None
                raise InvocationFailed(f"{self.spec.logical_id} crashed") from exc
            finally:
                timer.cancel()
            if not line:
                self._process = None
                raise InvocationFailed(f"{self.spec.logical_id} crashed or timed out")
        answer = json.loads(line)
        if not answer["ok"]:
            raise InvocationFailed(f"{self.spec.logical_id} raised {answer['error_type']}")
        return answer["result"]

    def invoke(self, event: dict[str, Any]) -> Any:
        return self._call({"kind": "invoke", "event": event})

    def openapi(self) -> dict[str, Any] | None:
        result: dict[str, Any] | None = self._call({"kind": "openapi"})
        return result

    def stop(self) -> None:
        with self._lock:
            if self._process is not None:
                end_process(self._process)
                self._process = None


def end_process(process: subprocess.Popen[Any]) -> None:
    """Ask a child to stop, and kill it if it has not within five seconds."""
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


def child_environment(endpoint: str, region: str) -> dict[str, str]:
    """What every local function sees besides its own variables: PATH, the moto endpoint, fake
    credentials, and Powertools' quiet local settings."""
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "PYTHONPATH", "TMPDIR", "VIRTUAL_ENV"}}
    return {
        **keep,
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_DISABLED": "true",
        "POWERTOOLS_DEV": "false",
        "PYTHONUNBUFFERED": "1",
    }
