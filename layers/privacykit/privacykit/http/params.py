"""Path parameters every API handler shares, built from the identifier patterns of
``domain/common/ids.py``: a handler that wrote its own regex could accept in a path what the domain
refuses in a body (or the reverse), and the OpenAPI document would show a different shape per route."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Path

from privacykit.domain.common.ids import PURPOSE_PATTERN, SAFE_ID_PATTERN
from privacykit.domain.monitoring.model import ALERT_ID_PATTERN

__all__ = ["SubjectIdPath", "PurposePath", "RecordIdPath", "JobIdPath", "AlertIdPath"]

SubjectIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="subject id")]
PurposePath = Annotated[str, Path(pattern=PURPOSE_PATTERN, description="purpose name")]
RecordIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="record id")]
JobIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="job id")]
AlertIdPath = Annotated[str, Path(pattern=ALERT_ID_PATTERN, description="alert id")]
