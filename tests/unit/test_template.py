"""The shape of template.yaml: what cfn-lint cannot see (runtime, least privilege, Object Lock,
dead letters, and that every API route in the template is served by its function)."""

from __future__ import annotations

from typing import Any

import pytest

from localcloud.template import ROOT, load_template
from privacy_helpers import load_handler
from privacykit.ports import SignatureKind
from privacykit.roots.shared import SIGNING_KEY_SETTINGS

TEMPLATE = load_template()
RESOURCES: dict[str, Any] = TEMPLATE["Resources"]
FUNCTIONS = {k: v for k, v in RESOURCES.items() if v["Type"] == "AWS::Serverless::Function"}


def of_type(kind: str) -> dict[str, Any]:
    return {k: v for k, v in RESOURCES.items() if v["Type"] == kind}


def test_functions_run_python313_on_arm64_with_the_layer() -> None:
    function_globals = TEMPLATE["Globals"]["Function"]
    assert function_globals["Runtime"] == "python3.13"
    assert function_globals["Architectures"] == ["arm64"]
    assert function_globals["Layers"] == [{"Ref": "PrivacyLayer"}]
    for name, function in FUNCTIONS.items():
        assert "Runtime" not in function["Properties"], f"{name} overrides the runtime"
        module, entry = function["Properties"]["Handler"].split(".")
        assert entry == "lambda_handler", name
        assert (ROOT / function["Properties"]["CodeUri"] / f"{module}.py").is_file(), f"{name}: no {module}.py"
    layer = RESOURCES["PrivacyLayer"]
    assert layer["Metadata"]["BuildMethod"] == "makefile"
    assert "build-PrivacyLayer:" in (ROOT / layer["Properties"]["ContentUri"] / "Makefile").read_text()
    assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"]


def test_every_function_has_a_dead_letter_queue_with_an_alarm() -> None:
    dlq = TEMPLATE["Globals"]["Function"]["DeadLetterQueue"]
    assert dlq["Type"] == "SQS"
    queue = dlq["TargetArn"]["Fn::GetAtt"][0]
    alarmed = {
        a["Properties"]["Dimensions"][0]["Value"]["Fn::GetAtt"][0]
        for a in of_type("AWS::CloudWatch::Alarm").values()
        if a["Properties"]["Namespace"] == "AWS/SQS"
    }
    assert queue in alarmed
    for name, function in FUNCTIONS.items():
        for event_name, event in function["Properties"].get("Events", {}).items():
            if event["Type"] in ("Schedule", "ScheduleV2"):
                assert "DeadLetterConfig" in event["Properties"], f"{name}.{event_name} has no DLQ"


def test_a_broken_audit_chain_pages_the_operator() -> None:
    # Every audit function that counts AuditChainBroken does so as service "audit", the alarm's dimension
    # (Powertools adds the service as the metric's only dimension here).
    counting = [p for p in (ROOT / "functions" / "audit").glob("*.py") if '"AuditChainBroken"' in p.read_text()]
    assert len(counting) == 3
    for path in counting:
        assert 'observability("audit")' in path.read_text(), path.name
    alarms = of_type("AWS::CloudWatch::Alarm").values()
    (properties,) = [a["Properties"] for a in alarms if a["Properties"]["Namespace"] == "PrivacyBundle"]
    assert properties["MetricName"] == "AuditChainBroken"
    assert properties["Dimensions"] == [{"Name": "service", "Value": "audit"}]
    assert (properties["Statistic"], properties["Threshold"], properties["ComparisonOperator"]) == (
        "Sum",
        0,
        "GreaterThanThreshold",
    )
    assert properties["AlarmActions"] == [{"Ref": "AlarmTopic"}]


def test_every_function_logs_to_a_group_of_its_own_that_expires_and_is_encrypted() -> None:
    # Without one, Lambda creates /aws/lambda/<name> on first use: kept forever and under no key of ours.
    groups = set()
    for name, function in FUNCTIONS.items():
        group = function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]
        properties = RESOURCES[group]["Properties"]
        assert RESOURCES[group]["Type"] == "AWS::Logs::LogGroup", name
        assert properties["RetentionInDays"] == {"Ref": "LogRetentionDays"}, name
        assert properties["KmsKeyId"] == {"Fn::GetAtt": ["LogsKey", "Arn"]}, name
        groups.add(group)
    assert len(groups) == len(FUNCTIONS)
    assert TEMPLATE["Parameters"]["LogRetentionDays"]["Default"] == 365


def test_eventbridge_may_park_a_schedule_it_could_not_deliver() -> None:
    # SAM adds no queue policy for a DeadLetterConfig given by Arn, and EventBridge cannot use the
    # AWS-managed SQS key: either one alone drops the event instead of parking it (review13).
    queue = RESOURCES["ScheduleDeadLetterQueue"]["Properties"]
    assert queue.get("SqsManagedSseEnabled") is True and "KmsMasterKeyId" not in queue
    (policy,) = [
        p["Properties"]
        for p in of_type("AWS::SQS::QueuePolicy").values()
        if {"Ref": "ScheduleDeadLetterQueue"} in p["Properties"]["Queues"]
    ]
    (statement,) = policy["PolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "events.amazonaws.com"}
    assert statement["Action"] == "sqs:SendMessage" and "aws:SourceArn" in statement["Condition"]["ArnLike"]


def test_audit_bucket_is_locked_in_compliance_mode_for_seven_years_by_default() -> None:
    bucket = RESOURCES["AuditBucket"]
    props = bucket["Properties"]
    assert props["ObjectLockEnabled"] is True
    retention = props["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]
    assert retention["Mode"] == "COMPLIANCE"
    assert retention["Days"] == {"Ref": "AuditRetentionDays"}
    assert TEMPLATE["Parameters"]["AuditRetentionDays"]["Default"] == 2555
    assert props["VersioningConfiguration"]["Status"] == "Enabled"
    assert all(props["PublicAccessBlockConfiguration"].values())
    assert bucket["DeletionPolicy"] == "Retain"


def test_audit_bucket_refuses_plain_http() -> None:
    statements = RESOURCES["AuditBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    tls = [s for s in statements if s["Effect"] == "Deny" and "aws:SecureTransport" in str(s.get("Condition"))]
    assert tls
    assert tls[0]["Condition"]["Bool"]["aws:SecureTransport"] == "false"


def test_tables_have_point_in_time_recovery_and_the_key_table_states_its_window() -> None:
    for name, table in of_type("AWS::DynamoDB::Table").items():
        assert table["Properties"]["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"], name
    key_table = RESOURCES["SubjectKeyTable"]["Properties"]["PointInTimeRecoverySpecification"]
    assert key_table["RecoveryPeriodInDays"] == {"Ref": "KeyBackupRetentionDays"}


def test_signing_key_is_asymmetric_and_data_key_rotates() -> None:
    assert RESOURCES["SigningKey"]["Properties"]["KeySpec"] == "ECC_NIST_P256"
    assert RESOURCES["SigningKey"]["Properties"]["KeyUsage"] == "SIGN_VERIFY"
    assert RESOURCES["DataKey"]["Properties"]["EnableKeyRotation"] is True


# Each kind of signature has a key of its own (design.md section 5). SigningKey kept its logical id
# when it became the audit-digest key: renaming a deployed key replaces it.
KEY_OF_KIND = {
    SignatureKind.AUDIT_DIGEST: "SigningKey",
    SignatureKind.CONSENT_RECEIPT: "ReceiptSigningKey",
    SignatureKind.ERASURE_CERTIFICATE: "ErasureCertificateSigningKey",
    SignatureKind.EXPORT_MANIFEST: "ExportManifestSigningKey",
    SignatureKind.AUDIT_REPORT: "AuditReportSigningKey",
}


def kms_grants(name: str) -> dict[str, set[str]]:
    """Key logical id -> the KMS actions function ``name`` may call on it."""
    grants: dict[str, set[str]] = {}
    for policy in FUNCTIONS[name]["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            for resource in resources:
                if isinstance(resource, dict) and "Fn::GetAtt" in resource:
                    actions = {a for a in statement["Action"] if a.startswith("kms:")}
                    if actions:
                        grants.setdefault(resource["Fn::GetAtt"][0], set()).update(actions)
    return grants


def may(action: str, key: str) -> set[str]:
    return {name for name in FUNCTIONS if action in kms_grants(name).get(key, set())}


def test_each_kind_of_signature_has_an_asymmetric_key_of_its_own() -> None:
    assert set(KEY_OF_KIND) == set(SignatureKind)
    assert len(set(KEY_OF_KIND.values())) == len(KEY_OF_KIND)
    signing_keys = {k for k, v in of_type("AWS::KMS::Key").items() if v["Properties"].get("KeyUsage") == "SIGN_VERIFY"}
    assert signing_keys == set(KEY_OF_KIND.values())
    for key in signing_keys:
        assert RESOURCES[key]["Properties"]["KeySpec"] == "ECC_NIST_P256", key


def test_only_the_issuing_function_signs_each_kind() -> None:
    digest_key, receipt_key = KEY_OF_KIND[SignatureKind.AUDIT_DIGEST], KEY_OF_KIND[SignatureKind.CONSENT_RECEIPT]
    assert may("kms:Sign", digest_key) == {"AuditDigestFunction"}
    # The digester verifies the previous digest before it signs the next one.
    assert may("kms:Verify", digest_key) == {"AuditFunction", "AuditDigestFunction", "AuditVerificationFunction"}
    assert may("kms:Sign", receipt_key) == {"ConsentFunction"}
    assert may("kms:Verify", receipt_key) == {"ConsentFunction"}
    assert may("kms:Sign", KEY_OF_KIND[SignatureKind.ERASURE_CERTIFICATE]) == {"ErasureWorkerFunction"}
    assert may("kms:Sign", KEY_OF_KIND[SignatureKind.AUDIT_REPORT]) == {"AuditReportFunction"}
    export_key = KEY_OF_KIND[SignatureKind.EXPORT_MANIFEST]
    assert may("kms:Sign", export_key) == {"DsarWorkerFunction"}
    assert {name for name in FUNCTIONS if {"kms:Sign", "kms:Verify"} & kms_grants(name).get(export_key, set())} == {
        "DsarWorkerFunction"
    }


def test_public_keys_are_served_by_a_function_that_can_do_nothing_else_with_them() -> None:
    for key in KEY_OF_KIND.values():
        assert may("kms:GetPublicKey", key) == {"SigningKeysFunction"}
    assert set().union(*kms_grants("SigningKeysFunction").values()) == {"kms:GetPublicKey"}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_a_function_names_only_the_signing_keys_it_may_use_each_in_its_kinds_variable(name: str) -> None:
    kind_of_key = {key: kind for kind, key in KEY_OF_KIND.items()}
    named = {
        variable: value["Fn::GetAtt"][0]
        for variable, value in FUNCTIONS[name]["Properties"].get("Environment", {}).get("Variables", {}).items()
        if isinstance(value, dict) and value.get("Fn::GetAtt", [None])[0] in kind_of_key
    }
    assert set(named.values()) == set(kms_grants(name)) & set(kind_of_key)
    for variable, key in named.items():
        assert variable == SIGNING_KEY_SETTINGS[kind_of_key[key]].upper(), f"{name}: {variable} names {key}"


def test_nobody_signs_themselves_up_to_the_user_pool() -> None:
    (pool,) = of_type("AWS::Cognito::UserPool").values()
    assert pool["Properties"]["AdminCreateUserConfig"] == {"AllowAdminCreateUserOnly": True}


def test_api_authorizer_is_the_cognito_jwt_authorizer() -> None:
    auth = RESOURCES["HttpApi"]["Properties"]["Auth"]
    assert auth["DefaultAuthorizer"] == "CognitoJwt"
    jwt = auth["Authorizers"]["CognitoJwt"]["JwtConfiguration"]
    assert "cognito-idp" in jwt["issuer"]["Fn::Sub"]
    assert jwt["audience"] == [{"Ref": "UserPoolClient"}]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_function_policies_name_their_own_resources(name: str) -> None:
    for policy in FUNCTIONS[name]["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            assert "*" not in resources, f"{name}/{statement['Sid']} grants on every resource"
            for action in statement["Action"]:
                assert not action.endswith(":*"), f"{name}/{statement['Sid']} grants {action}"


def test_consent_function_cannot_shred_keys() -> None:
    statements = [s for p in FUNCTIONS["ConsentFunction"]["Properties"]["Policies"] for s in p["Statement"]]
    key_table_actions = {a for s in statements if s["Resource"] == {"Fn::GetAtt": ["SubjectKeyTable", "Arn"]}
                         for a in s["Action"]}  # fmt: skip
    assert "dynamodb:DeleteItem" not in key_table_actions


def test_the_upload_worker_that_heads_tombstones_may_list_the_audit_bucket() -> None:
    # S3 answers HeadObject of a missing key with 404 only to a caller with s3:ListBucket, else 403.
    statements = [s for p in FUNCTIONS["ClassifyUploadFunction"]["Properties"]["Policies"] for s in p["Statement"]]
    heads = [s for s in statements if s["Resource"] == {"Fn::Sub": "${AuditBucket.Arn}/tombstones/*"}]
    lists = [s for s in statements if "s3:ListBucket" in s["Action"]]
    assert heads and [s["Resource"] for s in lists] == [{"Fn::GetAtt": ["AuditBucket", "Arn"]}]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_template_route_is_served_by_its_function(name: str) -> None:
    events = FUNCTIONS[name]["Properties"].get("Events", {})
    template_routes = {
        (e["Properties"]["Method"].upper(), e["Properties"]["Path"]) for e in events.values() if e["Type"] == "HttpApi"
    }
    if not template_routes:
        return
    function_dir = FUNCTIONS[name]["Properties"]["CodeUri"].strip("/").split("/")[-1]
    module = FUNCTIONS[name]["Properties"]["Handler"].split(".")[0]
    schema = load_handler(function_dir, module).app.get_openapi_schema()
    served = {
        (method.upper(), path) for path, item in schema.paths.items() for method in item.model_dump(exclude_none=True)
    }
    assert template_routes == served


# The kinds of event that are one trigger: an HTTP API function may serve many routes, a schedule
# function may have several schedules, but no function mixes kinds.
_TRIGGER_KIND = {"HttpApi": "http", "Api": "http", "SQS": "queue", "Schedule": "schedule", "ScheduleV2": "schedule"}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_function_serves_one_kind_of_trigger(name: str) -> None:
    """One handler per trigger: a function whose handler sniffs the event to serve an API and a queue or
    a schedule needs the union of their permissions and settings, and shares their timeout."""
    events = FUNCTIONS[name]["Properties"].get("Events", {})
    assert events, f"{name} has no trigger"
    kinds = {_TRIGGER_KIND.get(e["Type"], e["Type"]) for e in events.values()}
    assert len(kinds) == 1, f"{name} mixes triggers: {sorted(kinds)}"
    handler_module = FUNCTIONS[name]["Properties"]["Handler"].split(".")[0]
    assert (handler_module == "app") == (kinds == {"http"}), f"{name}: app.py is the API handler, and only it"


def _job_queues() -> dict[str, str]:
    """Queue -> the function it feeds, for every function whose handler runs queue jobs (process_jobs)."""
    found = {}
    for name, function in FUNCTIONS.items():
        props = function["Properties"]
        module = props["Handler"].split(".")[0]
        source = (ROOT / props["CodeUri"] / f"{module}.py").read_text()
        for trigger in props.get("Events", {}).values():
            if trigger["Type"] == "SQS" and "process_jobs(" in source:
                found[trigger["Properties"]["Queue"]["Fn::GetAtt"][0]] = name
    return found


def test_every_job_queue_parks_a_message_on_the_receive_its_worker_marks_the_job_failed() -> None:
    from privacykit.queue_jobs import MAX_RECEIVES

    queues = _job_queues()
    assert {"DsarQueue", "ErasureQueue", "RetentionQueue", "AuditReportQueue", "AuditVerificationQueue"} <= set(queues)
    for queue in queues:
        assert RESOURCES[queue]["Properties"]["RedrivePolicy"]["maxReceiveCount"] == MAX_RECEIVES, queue


def test_only_the_download_link_route_goes_without_the_bearer_token() -> None:
    open_routes = {
        (name, event["Properties"]["Path"])
        for name, function in FUNCTIONS.items()
        for event in function["Properties"].get("Events", {}).values()
        if event["Type"] == "HttpApi" and (event["Properties"].get("Auth") or {}).get("Authorizer") == "NONE"
    }
    assert open_routes == {("DsarFunction", "/v1/access-requests/{request_id}/package")}


def _actions_on(name: str) -> dict[str, set[str]]:
    """Action -> the resources (as written) function ``name`` may call it on."""
    granted: dict[str, set[str]] = {}
    for policy in FUNCTIONS[name]["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            for action in statement["Action"]:
                granted.setdefault(action, set()).update(str(r) for r in resources)
    return granted


def test_only_the_notice_worker_sends_e_mail_and_only_the_api_and_it_queue_notice_runs() -> None:
    senders = {name for name in FUNCTIONS if "ses:SendEmail" in _actions_on(name)}
    assert senders == {"BreachNoticeWorkerFunction"}
    queue = str({"Fn::GetAtt": ["NoticeQueue", "Arn"]})
    queuers = {name for name in FUNCTIONS if queue in _actions_on(name).get("sqs:SendMessage", set())}
    assert queuers == {"BreachFunction", "BreachNoticeWorkerFunction"}
    worker = _actions_on("BreachNoticeWorkerFunction")
    # The worker reads and writes the incident table itself (no index, no scan, no delete).
    assert not any(a in worker for a in ("dynamodb:Scan", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"))
    assert worker["dynamodb:GetItem"] >= {str({"Fn::GetAtt": ["ContactTable", "Arn"]})}
    assert (
        "dynamodb:PutItem" not in worker
        or str({"Fn::GetAtt": ["ContactTable", "Arn"]}) not in worker["dynamodb:PutItem"]
    )
    events = FUNCTIONS["BreachNoticeWorkerFunction"]["Properties"]["Events"]
    assert [e["Properties"]["Queue"] for e in events.values()] == [{"Fn::GetAtt": ["NoticeQueue", "Arn"]}]
    redrive = RESOURCES["NoticeQueue"]["Properties"]["RedrivePolicy"]
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["NoticeDeadLetterQueue", "Arn"]}
