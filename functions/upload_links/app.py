"""Upload links: POST /v1/subjects/{subject_id}/uploads answers a presigned PUT URL for
``uploads/<tenant>/<subject pseudonym>/<upload id>.<kind>`` (docs/upload-keys.md), so no object key, S3
access log line, CloudTrail data event or version listing names the subject. A function of its own (of
the classify capability): it holds the permission to put objects under ``uploads/``, which the URL it
signs carries, and neither the classify API nor the upload worker holds it."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Annotated, Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import SubjectIdPath
from privacykit.http.wire import Timestamp
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.classify import upload_desk

logger, tracer, metrics = observability("classify")
app = make_resolver(logger)

#: Who may upload a subject's document besides the subject: the roles that may classify for the tenant.
UPLOAD_ROLES = ("service", "editor", "privacy_officer", "healthcare_provider")


class UploadLinkBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Its extension gives the document kind; the name itself is sealed, never put in the key.
    file_name: Annotated[str, Field(min_length=1, max_length=255)]


class UploadLink(BaseModel):
    upload_id: str
    method: str = Field(description="PUT")
    url: str = Field(description="the presigned URL; it works without the bearer token until expires_at")
    headers: dict[str, str] = Field(description="headers the PUT must send as they are (they are signed)")
    expires_at: Timestamp


@app.post("/v1/subjects/<subject_id>/uploads", status_code=201)
def upload_link(subject_id: SubjectIdPath, body: UploadLinkBody) -> UploadLink:
    """Get a link to upload a subject's document.

    A presigned PUT URL (and the headers to send with it) for a key that names neither the subject nor the
    file; the S3 trigger classifies the object once it lands. The subject themselves, or a role that may
    classify for the tenant.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, UPLOAD_ROLES)
    ticket = upload_desk().issue(
        principal.tenant, subject_id, body.file_name, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    metrics.add_metric(name="UploadLinksIssued", unit=MetricUnit.Count, value=1)
    return UploadLink(
        upload_id=ticket.upload_id,
        method="PUT",
        url=ticket.url,
        headers=ticket.headers,
        expires_at=ticket.expires_at.isoformat(),
    )


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
