"""The tracer loads the X-Ray SDK only where tracing is on, and only when a handler is first called."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from privacy_helpers import ROOT

# Run in a fresh interpreter: the SDK, once imported, stays in sys.modules, and Powertools keeps the
# tracer's configuration on the class.
_PROBE = textwrap.dedent(
    """
    import json, sys
    from privacykit.observability import observability

    logger, tracer, metrics = observability("probe")

    @tracer.capture_lambda_handler(capture_response=False)
    def lambda_handler(event, context):
        return {"echo": event["x"]}

    after_import = "aws_xray_sdk.core" in sys.modules
    answer = lambda_handler({"x": 1}, None)
    print(json.dumps([after_import, "aws_xray_sdk.core" in sys.modules, answer, lambda_handler.__name__]))
    """
)


def _probe(**env: str) -> list[object]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LAMBDA_TASK_ROOT", "POWERTOOLS_TRACE_DISABLED")}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=ROOT, env={**clean, **env}
    )
    result: list[object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_tracing_off_never_imports_the_xray_sdk() -> None:
    assert _probe(POWERTOOLS_TRACE_DISABLED="true") == [False, False, {"echo": 1}, "lambda_handler"]
    # Outside Lambda Powertools turns tracing off by itself, whatever the variable says.
    assert _probe(POWERTOOLS_TRACE_DISABLED="false") == [False, False, {"echo": 1}, "lambda_handler"]


def test_tracing_on_imports_the_sdk_at_the_first_call_not_at_import() -> None:
    traced = _probe(
        POWERTOOLS_TRACE_DISABLED="false", LAMBDA_TASK_ROOT=str(ROOT), AWS_XRAY_CONTEXT_MISSING="IGNORE_ERROR"
    )
    assert traced == [False, True, {"echo": 1}, "lambda_handler"]
