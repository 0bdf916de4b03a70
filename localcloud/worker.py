"""One function instance: a child process that imports a handler and invokes it on request.

Like a Lambda execution environment, it has its own environment variables (only those the template
gives the function) and its own module state. Requests and answers are JSON lines on the original
stdout; everything the handler prints or logs goes to stderr.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
import traceback
import uuid
from typing import Any


class LocalContext:
    """The parts of Lambda's context object that handlers and Powertools read."""

    def __init__(self, name: str, timeout: int, memory: int = 512) -> None:
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{name}"
        self.memory_limit_in_mb = memory
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "local"
        self._deadline = time.monotonic() + timeout

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def main() -> None:
    code_dir, module_name, handler_name, function_name, timeout = sys.argv[1:6]
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # the handler's prints and logs go to stderr, not into the answers
    sys.stdout = sys.stderr
    sys.path.insert(0, code_dir)
    spec = importlib.util.spec_from_file_location(module_name, os.path.join(code_dir, f"{module_name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    handler = getattr(module, handler_name)
    answers.write(json.dumps({"ready": True}) + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        answer: dict[str, Any]
        try:
            if request["kind"] == "openapi":
                app = getattr(module, "app", None)
                schema = json.loads(app.get_openapi_json_schema()) if app is not None else None
                answer = {"ok": True, "result": schema}
            else:
                context = LocalContext(function_name, int(timeout))
                answer = {"ok": True, "result": handler(request["event"], context)}
        except Exception as exc:
            traceback.print_exc()
            answer = {"ok": False, "error_type": type(exc).__name__}
        answers.write(json.dumps(answer, default=str) + "\n")


if __name__ == "__main__":
    main()
