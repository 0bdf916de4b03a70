"""Return in-process moto to the state it had right after ``provision``, between tests.

Why: provisioning template.yaml on moto (and tearing ``mock_aws`` down again) for every test cost
more than the tests themselves. ``tests/conftest.py`` now provisions once per test module and calls
:meth:`MotoSnapshot.restore` before each test, which must leave moto looking freshly provisioned.

How: moto keeps its state in backend objects (``moto.core.base_backend.BackendDict``, one backend
per service, account and region). Right after provisioning the snapshot records

* every backend's attributes, with a shallow copy of each plain container (``tables``, ``buckets``,
  ``queues``, ``topics``, ``subscriptions``, ``email_identities``, ``keys``, ``sent_messages``...),
  so resources a test created are dropped and counters go back;
* the attributes of each provisioned resource (table, bucket, queue, topic, subscription, SES
  identity, KMS key), so their data containers come back empty (table items, queue messages,
  topic notifications) and changed settings (a disabled key, a key scheduled for deletion, queue
  attributes) come back;
* every tagging service's tags (S3 object tags live in the backend's tagger);
* how many instances of each moto model class exist (moto tracks every model instance until
  ``mock_aws`` stops; dropping the newer ones keeps memory flat across a module).

S3 objects need more than that: a bucket's key store is not a plain dict and the audit bucket's
versions are under Object Lock in COMPLIANCE mode, which the API cannot delete. Every version and
delete marker is disposed of (closing its temporary file) and the store emptied through moto's
backend instead. A backend that did not exist at snapshot time (a test touched another service,
region or account) is reset to empty.
"""

from __future__ import annotations

import copy
from collections import OrderedDict, defaultdict
from typing import Any

from moto.core.base_backend import BackendDict, BaseBackend
from moto.core.model_instances import model_data
from moto.s3.models import FakeBucket, FakeKey, FakeMultipart, s3_backends
from moto.utilities.tagging_service import TaggingService

__all__ = ["MotoSnapshot"]

# Only these exact types are copied and restored in place; moto's own dict subclasses (an S3 key
# store, a multipart dict) have side effects on insertion and are handled explicitly.
_CONTAINERS: tuple[type, ...] = (dict, OrderedDict, defaultdict, list, set)

# Backend attributes whose values are the resources provision creates, by service.
_RESOURCES: dict[str, tuple[str, ...]] = {
    "dynamodb": ("tables",),
    "s3": ("buckets",),
    "sqs": ("queues",),
    "sns": ("topics", "subscriptions"),
    "ses": ("email_identities",),
    "kms": ("keys",),
}


def _copy(value: Any) -> Any:
    return copy.copy(value) if type(value) in _CONTAINERS else value


def _put_back(owner: Any, name: str, saved: Any) -> None:
    """Set ``owner.name`` to ``saved``, refilling the current container in place when it is one."""
    current: Any = getattr(owner, name, None)
    if type(saved) in _CONTAINERS and type(current) is type(saved):
        if isinstance(current, list):
            current[:] = saved
        else:
            current.clear()
            current.update(saved)
    else:
        setattr(owner, name, _copy(saved))


class _Attributes:
    """The attributes of one object (a backend or a resource), containers copied one level deep."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self.saved = {
            name: _copy(value) for name, value in vars(owner).items() if not isinstance(value, TaggingService)
        }
        self.tags = {
            name: {arn: dict(tags) for arn, tags in value.tags.items()}
            for name, value in vars(owner).items()
            if isinstance(value, TaggingService)
        }

    def restore(self) -> None:
        for name, saved in self.saved.items():
            _put_back(self.owner, name, saved)
        for name, tags in self.tags.items():
            getattr(self.owner, name).tags = {arn: dict(values) for arn, values in tags.items()}


def _empty_bucket(bucket: FakeBucket) -> None:
    """Forget every version and delete marker (Object Lock included) and every pending upload."""
    for _, versions in bucket.keys.iterlists():
        for version in versions:
            dispose = getattr(version, "dispose", None)
            if callable(dispose):
                dispose()
    dict.clear(bucket.keys)  # the store's own pop() would dispose again; dict's clear does not
    for upload in list(bucket.multiparts.values()):
        upload.dispose()
    dict.clear(bucket.multiparts)


def _backends() -> list[tuple[str, BaseBackend]]:
    return [
        (backends.service_name, backend)
        for backends in list(BackendDict._instances)  # type: ignore[misc]
        for _, _, backend in backends.iter_backends()
    ]


class MotoSnapshot:
    """The state of every moto backend at one moment; :meth:`restore` goes back to it."""

    def __init__(self) -> None:
        self._backends: list[tuple[str, BaseBackend, _Attributes]] = []
        self._resources: list[tuple[str, _Attributes]] = []
        self._known: set[int] = set()
        for service, backend in _backends():
            self._known.add(id(backend))
            self._backends.append((service, backend, _Attributes(backend)))
            for name in _RESOURCES.get(service, ()):
                self._resources.extend((service, _Attributes(r)) for r in getattr(backend, name).values())
        self._bucket_accounts = dict(s3_backends.bucket_accounts)
        self._tracked = {
            model: len(model.instances_tracked)  # type: ignore[attr-defined]
            for models in model_data.values()
            for model in models.values()
        }

    def restore(self) -> None:
        for service, backend, attributes in self._backends:
            if service == "s3":
                for bucket in list(backend.buckets.values()):  # type: ignore[attr-defined]
                    _empty_bucket(bucket)
            attributes.restore()
        for service, resource in self._resources:
            resource.restore()
            shard = getattr(resource.owner, "stream_shard", None) if service == "dynamodb" else None
            if shard is not None:
                shard.items.clear()  # a table's stream records
        _put_back(s3_backends, "bucket_accounts", self._bucket_accounts)
        for _, backend in _backends():
            if id(backend) not in self._known:
                backend.reset()
        self._forget_new_model_instances()

    def _forget_new_model_instances(self) -> None:
        for models in model_data.values():
            for model in models.values():
                tracked: list[Any] = model.instances_tracked  # type: ignore[attr-defined]
                keep = self._tracked.get(model, 0)
                if isinstance(model, type) and issubclass(model, (FakeKey, FakeMultipart)):
                    for instance in tracked[keep:]:
                        instance.dispose()
                del tracked[keep:]
