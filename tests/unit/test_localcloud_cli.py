"""`privacy-local` as a newcomer meets it: a busy port is one line naming the port and the variable that
moves it; template parameters are set as SAM sets them; a schedule runs by hand; `make token` warns about
a role the bundle does not know; a stopped local cloud is said to be stopped."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from moto import mock_aws

from localcloud.cli import known_roles, main
from localcloud.parameters import ParameterError, parse_overrides, resolve_parameters, samconfig_overrides
from localcloud.provision import provision
from localcloud.runtime import LocalCloud
from localcloud.state import NOT_RUNNING, read_state, running_state, write_state
from localcloud.template import ROOT, load_template

FIXTURE = ROOT / "tests" / "fixtures" / "eventsource" / "template.yaml"


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        yield listener.getsockname()[1]


def _run(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "localcloud.cli", "run", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **environment},
    )


# -- busy ports ------------------------------------------------------------------------------------
def test_a_busy_api_port_is_one_line_naming_it_and_port_equals(busy_port: int) -> None:
    done = _run("--port", str(busy_port), "--aws-port", "0")
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert f"port {busy_port} (the API) is busy" in line
    assert "make run PORT=" in line
    assert "Traceback" not in done.stderr + done.stdout


def test_a_busy_aws_port_is_one_line_naming_it_and_aws_port_equals(busy_port: int) -> None:
    done = _run("--port", "0", "--aws-port", str(busy_port))
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert f"port {busy_port} (the local AWS endpoint, moto server) is busy" in line
    assert "make run AWS_PORT=" in line
    assert "Traceback" not in done.stderr + done.stdout


# -- template parameters ---------------------------------------------------------------------------
@pytest.fixture
def answering_endpoint() -> Iterator[str]:
    """Something that answers where a running local cloud's moto endpoint would."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _Answers(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_second_run_from_the_same_checkout_is_one_line_and_leaves_the_first_alone(
    tmp_path: Path, answering_endpoint: str
) -> None:
    # Before, the second one overwrote the state the first one's tools read, and removed it when it stopped.
    state = {"api_url": "http://127.0.0.1:3000", "aws_endpoint": answering_endpoint, "environment": {}}
    write_state(state, tmp_path / "state.json")
    done = _run("--port", "0", "--aws-port", "0", PRIVACY_LOCAL_STATE_DIR=str(tmp_path))
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert "already running from this checkout (API at http://127.0.0.1:3000)" in line
    assert "PRIVACY_LOCAL_STATE_DIR" in line and "Traceback" not in done.stderr + done.stdout
    assert read_state(tmp_path / "state.json") == state  # still there for the first one's tools


def test_a_state_file_left_by_a_killed_run_does_not_stop_the_next(tmp_path: Path) -> None:
    write_state({"aws_endpoint": f"http://127.0.0.1:{_closed_port()}"}, tmp_path / "state.json")
    assert running_state(tmp_path / "state.json") is None
    assert running_state(tmp_path / "absent.json") is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_overrides_are_read_in_both_sam_spellings_with_shell_quoting() -> None:
    assert parse_overrides('SodThreshold=5 LevelPolicies=\'{"*": {"baseline": "INTERNAL"}}\'') == {
        "SodThreshold": "5",
        "LevelPolicies": '{"*": {"baseline": "INTERNAL"}}',
    }
    assert parse_overrides("ParameterKey=DefaultJurisdiction,ParameterValue=US") == {"DefaultJurisdiction": "US"}
    assert parse_overrides(['LevelPolicies={"a": 1}']) == {"LevelPolicies": '{"a": 1}'}


def test_samconfig_local_start_api_wins_over_global_and_ignores_deploy(tmp_path: Path) -> None:
    config = tmp_path / "samconfig.toml"
    config.write_text(
        "version = 0.1\n"
        '[default.global.parameters]\nparameter_overrides = "SodThreshold=1 DefaultJurisdiction=UK"\n'
        '[default.local_start_api.parameters]\nparameter_overrides = ["SodThreshold=2"]\n'
        '[default.deploy.parameters]\nparameter_overrides = "AuditRetentionDays=9"\n'
        '[other.local_start_api.parameters]\nparameter_overrides = "SodThreshold=3"\n'
    )
    assert samconfig_overrides(config) == {"SodThreshold": "2", "DefaultJurisdiction": "UK"}
    assert samconfig_overrides(config, "other") == {"SodThreshold": "3"}
    assert samconfig_overrides(tmp_path / "missing.toml") == {}


def test_the_command_line_wins_over_samconfig_and_values_are_checked() -> None:
    template = load_template()
    assert resolve_parameters(template, {"SodThreshold": "1"}, {"SodThreshold": "7"}) == {"SodThreshold": "7"}
    with pytest.raises(ParameterError, match="no parameter 'SodTreshold'"):
        resolve_parameters(template, {"SodTreshold": "7"})
    with pytest.raises(ParameterError, match="KeyBackupRetentionDays must be at most 35"):
        resolve_parameters(template, {"KeyBackupRetentionDays": "90"})
    with pytest.raises(ParameterError, match="SodThreshold must be a number"):
        resolve_parameters(template, {"SodThreshold": "many"})


def test_an_override_reaches_the_functions_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "t",
        "AWS_SECRET_ACCESS_KEY": "t",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    policies = '{"*": {"baseline": "CONFIDENTIAL"}}'
    with mock_aws():
        stack = provision(None, parameters={"LevelPolicies": policies})
    environments = [spec.environment for spec in stack.functions.values() if "LEVEL_POLICIES" in spec.environment]
    assert environments
    assert all(env["LEVEL_POLICIES"] == policies for env in environments)


@pytest.mark.parametrize("how", ["option", "make variable"], ids=["--parameter-overrides", "PARAMETER_OVERRIDES"])
def test_a_bad_override_stops_run_with_one_line(how: str) -> None:
    if how == "option":
        done = _run("--port", "0", "--aws-port", "0", "--parameter-overrides", "NoSuchThing=1")
    else:
        done = _run("--port", "0", "--aws-port", "0", PARAMETER_OVERRIDES="NoSuchThing=1")
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert "template.yaml has no parameter 'NoSuchThing'" in line


@pytest.mark.parametrize(
    ("policies", "says"),
    [
        ('{"*": {"levels": {"SHOE_SIZE": "RESTRICTED"}}}', "unknown entity type"),
        ('{"acme": {"baseline": "SECRET"}}', "LEVEL_POLICIES"),
        ('{"acme": ["INTERNAL"]}', "level_policies.acme"),
        ("{not json", "LEVEL_POLICIES is not valid JSON"),
    ],
)
def test_a_level_policy_the_functions_would_refuse_stops_run_with_one_line(policies: str, says: str) -> None:
    done = _run("--port", "0", "--aws-port", "0", "--parameter-overrides", f"LevelPolicies='{policies}'")
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert says in line


# -- make token ------------------------------------------------------------------------------------
def test_token_warns_about_a_role_the_bundle_does_not_know(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "--tenant", "acme", "--sub", "u-1", "--groups", "privacy_oficer viewer"]) == 0
    out, err = capsys.readouterr()
    assert out.count(".") == 2  # stdout holds the JWT alone, so TOKEN=$(make -s token ...) still works
    assert "no role privacy_oficer" in err
    assert "viewer," not in err.split("known roles")[0]


def test_token_is_quiet_for_roles_the_bundle_knows(capsys: pytest.CaptureFixture[str]) -> None:
    roles = "privacy_officer security_admin compliance_auditor service healthcare_provider editor"
    assert main(["token", "--tenant", "acme", "--sub", "u-1", "--groups", roles]) == 0
    assert capsys.readouterr().err == ""
    assert {"privacy_officer", "service", "viewer", "nurse"} <= known_roles()


# -- a running local cloud: trigger, and stopped means stopped ------------------------------------
@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalCloud, Path]]:
    state_dir: Path = tmp_path_factory.mktemp("state")
    with LocalCloud(template=FIXTURE, state_dir=state_dir) as cloud:
        yield cloud, state_dir / "state.json"


def test_trigger_lists_the_schedules(running: tuple[LocalCloud, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, state = running
    assert main(["trigger", "--state-file", str(state)]) == 0
    listed = capsys.readouterr().out
    assert "TickFunction.Tick" in listed
    assert "FailingTickFunction.Tick" in listed


def test_trigger_runs_a_schedule_now(running: tuple[LocalCloud, Path], capsys: pytest.CaptureFixture[str]) -> None:
    cloud, state = running
    assert cloud.stack is not None
    before = cloud.schedule("TickFunction", "Tick").last_fired
    assert main(["trigger", "TickFunction", "--state-file", str(state)]) == 0
    assert capsys.readouterr().out.strip() == "TickFunction.Tick: ran"
    ticks = cloud.stack.client("dynamodb").scan(TableName=cloud.stack.ref("ResultsTable"))["Items"]
    assert any(item["id"]["S"].startswith("tick:") for item in ticks)
    assert cloud.schedule("TickFunction", "Tick").last_fired == before  # the schedule keeps its rhythm


def test_trigger_says_when_a_schedule_failed_and_was_parked(
    running: tuple[LocalCloud, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, state = running
    assert main(["trigger", "failingtickfunction.tick", "--state-file", str(state)]) == 1
    assert "failed 2 times; the event is parked in its dead-letter queue" in capsys.readouterr().err


def test_trigger_names_the_schedules_when_the_name_is_ambiguous_or_unknown(running: tuple[LocalCloud, Path]) -> None:
    _, state = running
    with pytest.raises(SystemExit, match="'Tick' names several schedules"):
        main(["trigger", "Tick", "--state-file", str(state)])
    with pytest.raises(SystemExit, match=r"no schedule 'Tock'; the schedules are FailingTickFunction\.Tick"):
        main(["trigger", "Tock", "--state-file", str(state)])


def test_dlq_lists_a_parked_upload_without_its_subject_and_redrives_it(
    running: tuple[LocalCloud, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    cloud, state = running
    assert cloud.stack is not None
    key = "uploads/acme/cust-77/poison-report.pdf"  # the fixture's worker fails keys that say poison
    cloud.stack.client("s3").put_object(Bucket=cloud.stack.ref("UploadBucket"), Key=key, Body=b"x")
    sqs = cloud.stack.client("sqs")
    dlq_url = cloud.stack.ref("UploadsDeadLetters")

    def parked_count() -> int:
        attributes = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["ApproximateNumberOfMessages"])
        return int(attributes["Attributes"]["ApproximateNumberOfMessages"])

    deadline = time.monotonic() + 30
    while parked_count() == 0 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert parked_count() == 1

    assert main(["dlq", "list", "--state-file", str(state)]) == 0
    listed = capsys.readouterr().out
    assert "UploadsDeadLetters" in listed and "(from local-UploadsQueue)" in listed
    assert "upload in local-uploadbucket, tenant acme, .pdf" in listed.lower()
    assert "cust-77" not in listed and "poison" not in listed  # the key's subject and file name stay out
    assert "ScheduleDeadLetters" in listed and "(from schedules)" in listed
    assert parked_count() == 1  # listing leaves the messages where they are

    assert main(["dlq", "redrive", "UploadsDeadLetters", "--state-file", str(state)]) == 0
    assert "1 message(s) sent back to local-UploadsQueue" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="failed scheduled events"):
        main(["dlq", "redrive", "ScheduleDeadLetters", "--state-file", str(state)])
    with pytest.raises(SystemExit, match="no dead-letter queue 'Nowhere'"):
        main(["dlq", "list", "Nowhere", "--state-file", str(state)])


def test_the_control_endpoint_refuses_a_request_without_its_token(running: tuple[LocalCloud, Path]) -> None:
    import urllib.error
    import urllib.request

    _, state = running
    url = json.loads(state.read_text())["control"]["url"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(f"{url}/schedules/TickFunction", method="POST"))  # noqa: S310
    assert refused.value.code == 403
    assert oct(state.stat().st_mode & 0o777) == "0o600"


def test_a_stopped_local_cloud_is_said_to_be_stopped(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="the local cloud is not running"):
        read_state(tmp_path / "state.json")
    # A state file left behind (the cloud was killed): what it names does not answer.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    write_state({"aws_endpoint": f"http://127.0.0.1:{dead}", "environment": {}}, tmp_path / "state.json")
    started = time.monotonic()
    with pytest.raises(SystemExit) as stopped:
        read_state(tmp_path / "state.json")
    assert str(stopped.value).startswith(NOT_RUNNING)
    assert time.monotonic() - started < 5


def test_stopping_removes_the_state_file(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    cloud = LocalCloud(template=FIXTURE, state_dir=tmp_path)
    cloud.start()
    assert read_state(state)["control"]["url"].startswith("http://127.0.0.1:")
    cloud.stop()
    assert not state.exists()


def test_each_dead_letter_queue_without_a_source_is_named_for_what_parks_in_it() -> None:
    """The stream's queue holds positions of audit-event batches that failed monitoring, not failed
    schedules; the schedules' queue also takes the functions' failed asynchronous invocations."""
    from localcloud.dlq import origins

    found = origins(load_template())
    assert found["MonitoringStreamDeadLetterQueue"] == "the AuditOutboxTable stream: positions of failed batches"
    assert found["ScheduleDeadLetterQueue"] == "schedules, failed asynchronous invocations"
    assert origins(load_template(FIXTURE)) == {"ScheduleDeadLetters": "schedules"}
