"""One local cloud (moto server, the real template, the HTTP API) for the integration tests."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from localcloud.runtime import LocalCloud


@dataclass
class Api:
    cloud: LocalCloud

    @property
    def url(self) -> str:
        assert self.cloud.api is not None
        return self.cloud.api.url

    def token(self, tenant: str = "acme", sub: str = "officer-1", groups: list[str] | None = None, **kw: Any) -> str:
        return self.cloud.issuer.issue(tenant=tenant, sub=sub, groups=groups, **kw)

    def officer(self, tenant: str = "acme") -> str:
        return self.token(tenant=tenant, groups=["privacy_officer"])

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
        all_headers = {"content-type": "application/json", **(headers or {})}
        if token:
            all_headers["authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=all_headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        return status, json.loads(raw) if raw else None


@pytest.fixture(scope="session")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    state: Path = tmp_path_factory.mktemp("local-cloud")
    with LocalCloud(state_dir=state, write_state_file=False) as cloud:
        yield Api(cloud)
