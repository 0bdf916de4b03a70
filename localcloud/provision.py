"""Create on moto server every resource that template.yaml declares, and describe its functions.

Nothing about resources is declared twice: names, keys, queues, redrive policies, Object Lock,
notifications and each function's environment all come from the template.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

from localcloud.template import ROOT, Resolver, load_template

__all__ = ["FunctionSpec", "Stack", "provision"]

# Types that need no local counterpart: identity is the local issuer, the API is the local router,
# logs go to the terminal, alarms and layers have nothing to run.
_PLACEHOLDER_TYPES = {
    "AWS::Cognito::UserPool",
    "AWS::Cognito::UserPoolClient",
    "AWS::Cognito::UserPoolGroup",
    "AWS::Serverless::HttpApi",
    "AWS::Serverless::LayerVersion",
    "AWS::Logs::LogGroup",
    "AWS::CloudWatch::Alarm",
    "AWS::CloudWatch::Dashboard",
    "AWS::S3::BucketPolicy",
    "AWS::SNS::Subscription",
    "AWS::SNS::TopicPolicy",
    "AWS::SQS::QueuePolicy",
    # Ad-hoc SQL over the trail runs deployed only (docs/audit-reports.md): the day copies it reads are
    # written locally all the same.
    "AWS::Glue::Database",
    "AWS::Glue::Table",
    "AWS::Athena::WorkGroup",
}


@dataclass
class FunctionSpec:
    logical_id: str
    name: str
    code_dir: Path
    module: str
    handler: str
    environment: dict[str, str]
    events: dict[str, dict[str, Any]]
    timeout: int


@dataclass
class Stack:
    endpoint: str | None  # None: in-process moto (mock_aws) intercepts the default endpoints
    region: str
    resolver: Resolver
    functions: dict[str, FunctionSpec] = field(default_factory=dict)
    queue_urls_by_arn: dict[str, str] = field(default_factory=dict)

    def client(self, service: str) -> Any:
        return boto3.client(  # type: ignore[call-overload]
            service,
            endpoint_url=self.endpoint,
            region_name=self.region,
            aws_access_key_id="local",
            aws_secret_access_key="local",  # noqa: S106 - moto accepts any credentials
        )

    def ref(self, logical_id: str) -> Any:
        return self.resolver.ref(logical_id)

    def attr(self, logical_id: str, name: str) -> Any:
        return self.resolver.attrs[(logical_id, name)]


class _Provisioner:
    def __init__(self, stack: Stack, template: dict[str, Any]) -> None:
        self.stack = stack
        self.template = template
        self.r = stack.resolver
        self.globals = (template.get("Globals") or {}).get("Function") or {}

    def physical(self, logical_id: str, lower: bool = False) -> str:
        name = f"{self.r.stack}-{logical_id}"
        return name.lower() if lower else name

    # -- resource types -------------------------------------------------------------------------
    def kms_key(self, logical_id: str, props: dict[str, Any]) -> None:
        kms = self.stack.client("kms")
        meta = kms.create_key(
            Description=props.get("Description", logical_id),
            KeySpec=props.get("KeySpec", "SYMMETRIC_DEFAULT"),
            KeyUsage=props.get("KeyUsage", "ENCRYPT_DECRYPT"),
        )["KeyMetadata"]
        self.r.refs[logical_id] = meta["KeyId"]
        self.r.attrs[(logical_id, "Arn")] = meta["Arn"]
        self.r.attrs[(logical_id, "KeyId")] = meta["KeyId"]

    def sns_topic(self, logical_id: str, props: dict[str, Any]) -> None:
        arn = self.stack.client("sns").create_topic(Name=props.get("TopicName") or self.physical(logical_id))[
            "TopicArn"
        ]
        self.r.refs[logical_id] = arn
        self.r.attrs[(logical_id, "TopicArn")] = arn
        self.r.attrs[(logical_id, "TopicName")] = arn.rsplit(":", 1)[1]

    def event_bus(self, logical_id: str, props: dict[str, Any]) -> None:
        name = str(self.r.resolve(props["Name"])) if "Name" in props else self.physical(logical_id)
        arn = self.stack.client("events").create_event_bus(Name=name)["EventBusArn"]
        self.r.refs[logical_id] = name
        self.r.attrs[(logical_id, "Arn")] = arn
        self.r.attrs[(logical_id, "Name")] = name

    def ses_email_identity(self, logical_id: str, props: dict[str, Any]) -> None:
        # moto verifies at once; deployed, SES sends a verification e-mail to the address.
        identity = str(self.r.resolve(props["EmailIdentity"]))
        self.stack.client("ses").verify_email_identity(EmailAddress=identity)
        self.r.refs[logical_id] = identity

    def sqs_queue(self, logical_id: str, props: dict[str, Any]) -> None:
        sqs = self.stack.client("sqs")
        fifo = bool(props.get("FifoQueue"))
        name = props.get("QueueName") or self.physical(logical_id) + (".fifo" if fifo else "")
        attributes: dict[str, str] = {}
        for key in (
            "VisibilityTimeout",
            "MessageRetentionPeriod",
            "DelaySeconds",
            "ReceiveMessageWaitTimeSeconds",
            "SqsManagedSseEnabled",
        ):
            if key in props:
                value = self.r.resolve(props[key])
                attributes[key] = str(value).lower() if isinstance(value, bool) else str(value)
        if fifo:
            attributes["FifoQueue"] = "true"
        if "RedrivePolicy" in props:
            attributes["RedrivePolicy"] = json.dumps(self.r.resolve(props["RedrivePolicy"]))
        url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.r.refs[logical_id] = url
        self.r.attrs[(logical_id, "Arn")] = arn
        self.r.attrs[(logical_id, "QueueName")] = name
        self.r.attrs[(logical_id, "QueueUrl")] = url
        self.stack.queue_urls_by_arn[arn] = url

    def dynamodb_table(self, logical_id: str, props: dict[str, Any]) -> None:
        ddb = self.stack.client("dynamodb")
        name = props.get("TableName") or self.physical(logical_id)
        kwargs: dict[str, Any] = {
            "TableName": name,
            "KeySchema": props["KeySchema"],
            "AttributeDefinitions": props["AttributeDefinitions"],
            "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
        }
        for key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
            if key in props:
                kwargs[key] = self.r.resolve(props[key])
        if "StreamSpecification" in props:
            # CloudFormation's form names only the view type; the API's also says the stream is on.
            kwargs["StreamSpecification"] = {"StreamEnabled": True, **self.r.resolve(props["StreamSpecification"])}
        description = ddb.create_table(**kwargs)["TableDescription"]
        ttl = props.get("TimeToLiveSpecification")
        if ttl:
            ddb.update_time_to_live(TableName=name, TimeToLiveSpecification=self.r.resolve(ttl))
        pitr = props.get("PointInTimeRecoverySpecification")
        if pitr:
            ddb.update_continuous_backups(
                TableName=name,
                PointInTimeRecoverySpecification={
                    "PointInTimeRecoveryEnabled": bool(self.r.resolve(pitr.get("PointInTimeRecoveryEnabled")))
                },
            )
        self.r.refs[logical_id] = name
        self.r.attrs[(logical_id, "Arn")] = description["TableArn"]
        if description.get("LatestStreamArn"):
            self.r.attrs[(logical_id, "StreamArn")] = description["LatestStreamArn"]

    def s3_bucket(self, logical_id: str, props: dict[str, Any]) -> None:
        s3 = self.stack.client("s3")
        name = props.get("BucketName") or self.physical(logical_id, lower=True)
        s3.create_bucket(Bucket=name, ObjectLockEnabledForBucket=bool(props.get("ObjectLockEnabled")))
        if props.get("VersioningConfiguration"):
            s3.put_bucket_versioning(
                Bucket=name, VersioningConfiguration=self.r.resolve(props["VersioningConfiguration"])
            )
        lock = props.get("ObjectLockConfiguration")
        if lock:
            lock = self.r.resolve(lock)
            retention = lock.get("Rule", {}).get("DefaultRetention", {})
            for unit in ("Days", "Years"):
                if unit in retention:
                    retention[unit] = int(retention[unit])
            s3.put_object_lock_configuration(Bucket=name, ObjectLockConfiguration=lock)
        if props.get("PublicAccessBlockConfiguration"):
            s3.put_public_access_block(
                Bucket=name, PublicAccessBlockConfiguration=props["PublicAccessBlockConfiguration"]
            )
        notifications = props.get("NotificationConfiguration")
        if notifications:
            resolved = self.r.resolve(notifications)
            config: dict[str, Any] = {}
            for entry in resolved.get("QueueConfigurations", []):
                item: dict[str, Any] = {"QueueArn": entry["Queue"], "Events": [entry["Event"]]}
                if entry.get("Filter"):
                    item["Filter"] = {"Key": {"FilterRules": entry["Filter"]["S3Key"]["Rules"]}}
                config.setdefault("QueueConfigurations", []).append(item)
            s3.put_bucket_notification_configuration(Bucket=name, NotificationConfiguration=config)
        self.r.refs[logical_id] = name
        self.r.attrs[(logical_id, "Arn")] = f"arn:aws:s3:::{name}"
        self.r.attrs[(logical_id, "DomainName")] = f"{name}.s3.amazonaws.com"

    def function(self, logical_id: str, props: dict[str, Any]) -> None:
        name = props.get("FunctionName") or self.physical(logical_id)
        variables: dict[str, Any] = {}
        variables.update(((self.globals.get("Environment") or {}).get("Variables")) or {})
        variables.update(((props.get("Environment") or {}).get("Variables")) or {})
        environment = {k: str(self.r.resolve(v)) for k, v in variables.items()}
        module, handler = str(props.get("Handler") or self.globals.get("Handler")).rsplit(".", 1)
        self.stack.functions[logical_id] = FunctionSpec(
            logical_id=logical_id,
            name=name,
            code_dir=ROOT / props["CodeUri"],
            module=module,
            handler=handler,
            environment=environment,
            events=props.get("Events") or {},
            timeout=int(props.get("Timeout") or self.globals.get("Timeout") or 3),
        )
        self.r.refs[logical_id] = name
        self.r.attrs[(logical_id, "Arn")] = f"arn:aws:lambda:{self.r.region}:{self.r.account}:function:{name}"

    # -- driver ---------------------------------------------------------------------------------
    def run(self) -> None:
        handlers = {
            "AWS::KMS::Key": self.kms_key,
            "AWS::SNS::Topic": self.sns_topic,
            "AWS::Events::EventBus": self.event_bus,
            "AWS::SES::EmailIdentity": self.ses_email_identity,
            "AWS::SQS::Queue": self.sqs_queue,
            "AWS::DynamoDB::Table": self.dynamodb_table,
            "AWS::S3::Bucket": self.s3_bucket,
            "AWS::Serverless::Function": self.function,
        }
        pending: dict[str, dict[str, Any]] = {}
        for logical_id, resource in (self.template.get("Resources") or {}).items():
            condition = resource.get("Condition")
            if condition and not self.r.condition(condition):
                continue
            kind = resource["Type"]
            if kind in _PLACEHOLDER_TYPES:
                self.r.refs[logical_id] = f"{self.r.stack}-{logical_id}"
                continue
            if kind not in handlers:
                raise ValueError(f"{logical_id}: the local cloud cannot create {kind}")
            pending[logical_id] = resource
        # Resources may reference each other (a queue's dead-letter queue, a bucket's target
        # queue): create in passes until every reference resolves.
        while pending:
            progressed = False
            for logical_id, resource in list(pending.items()):
                try:
                    handlers[resource["Type"]](logical_id, resource.get("Properties") or {})
                except KeyError as missing:
                    if "local cloud has not created" in str(missing) or "not available locally" in str(missing):
                        continue
                    raise
                del pending[logical_id]
                progressed = True
            if not progressed:
                raise ValueError(f"unresolvable references among {sorted(pending)}")


def provision(
    endpoint: str | None,
    region: str = "us-east-1",
    template_path: Path | None = None,
    parameters: dict[str, str] | None = None,
) -> Stack:
    """Create the template's resources; ``parameters`` override the template's defaults (checked by
    :func:`localcloud.parameters.resolve_parameters` first)."""
    template = load_template(template_path)
    resolver = Resolver(template, region=region, parameters=dict(parameters or {}))
    stack = Stack(endpoint=endpoint, region=region, resolver=resolver)
    _Provisioner(stack, template).run()
    return stack
