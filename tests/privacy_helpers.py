"""Small helpers shared by tests."""

from __future__ import annotations

from privacykit.adapters.aws import client


def segment_keys(bucket: str, tenant: str) -> list[str]:
    listed = client("s3").list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/segments/")
    return sorted(obj["Key"] for obj in listed.get("Contents", []))
