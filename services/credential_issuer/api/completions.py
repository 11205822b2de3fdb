"""Completion intake from student information systems, and the intake job."""

from __future__ import annotations

import re
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from services.credential_issuer.dependencies import Caller, Intake
from services.credential_issuer.services.intake import CSV_COLUMNS
from shared.schemas.completions import BatchReceipt, CompletionBatch, CompletionRecord
from shared.web.batch_bodies import CSV_MEDIA_TYPE, JSON_MEDIA_TYPE, json_or_csv_request_body
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["completions"])

STREAMED_PATHS = re.compile(r"/v1/institutions/[^/]+/completions")
"""The intake reads its body as it arrives and checks it itself (services/intake_stream.py)."""

_CSV_COLUMNS = "\n".join(f"- `{name}`: {meaning}" for name, meaning in CSV_COLUMNS.items())
_DESCRIPTION = f"""\
The institution's own student information system (role `sis`) sends completions; each becomes a
signed Open Badges 3.0 credential once the quality ledger confirms that the institution was a DOMCI
and the version an approved OMC on the completion date (otherwise it is `rejected` with the
ledger's reasons). Follow `status_url` (the intake job) to see each completion's state.

Every record is validated; if any is invalid nothing is stored and the answer is 422 naming each
failing field (`body.completions.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
header being line 1). Records are stored `pending` before the 202 answer.

Idempotent twice over: a record whose `sis_completion_id` the institution sent before is a
`duplicate` and changes nothing; and with an `Idempotency-Key` header (IETF draft
draft-ietf-httpapi-idempotency-key-header) the same key and body get the first reply again (with
`Idempotent-Replayed: true`), the same key with another body 422 `idempotency-key-reused`, and a key
whose request is still being processed 409. Keys are kept at least 24 hours.

Body: `{JSON_MEDIA_TYPE}` (`{{"completions": [CompletionRecord, ...]}}`) or `{CSV_MEDIA_TYPE}` (UTF-8,
header on line 1, one completion per line). CSV columns, any order:

{_CSV_COLUMNS}
"""


def _json_body_schema() -> dict[str, Any]:
    """The JSON body, self-contained (the record's sub-schemas inlined: no component refers to them)."""
    record = CompletionRecord.model_json_schema()
    definitions = record.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(definitions[node["$ref"].rsplit("/", 1)[-1]])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return {
        "type": "object",
        "required": ["completions"],
        "properties": {"completions": {"type": "array", "minItems": 1, "items": inline(record)}},
        "additionalProperties": False,
    }


@router.post(
    "/v1/institutions/{institution_id}/completions",
    name="receive_completions",
    status_code=202,
    summary="Send a batch of completions from the SIS, as JSON or CSV (institution's own SIS)",
    description=_DESCRIPTION,
    response_model=BatchReceipt,
    responses=problem_responses(400, 409, 413, 415),
    openapi_extra=json_or_csv_request_body(_json_body_schema()),
)
async def receive_completions(
    institution_id: uuid.UUID,
    request: Request,
    intake: Intake,
    caller: Caller,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", description="Makes a retried request safe (kept at least 24 h)."),
    ] = None,
) -> JSONResponse:
    reply = await intake.receive(
        caller,
        institution_id,
        media_type=request.headers.get("content-type"),
        body=request.stream(),  # read as it arrives: neither the body nor its parse is held whole
        idempotency_key=idempotency_key,
    )
    headers = {"Location": str(reply.body.get("status_url", ""))}
    if reply.replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(reply.body, status_code=reply.status, headers=headers)


After = Annotated[str | None, Query(max_length=512, description="`next_cursor` of the previous page.")]


@router.get(
    "/v1/completion-batches/{batch_id}",
    name="get_completion_batch",
    summary="An intake job: its completions by state, and each one's outcome a page at a time",
    responses=problem_responses(404, 422),
)
async def get_completion_batch(
    request: Request,
    response: Response,
    batch_id: uuid.UUID,
    intake: Intake,
    caller: Caller,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
) -> CompletionBatch:
    job = await intake.batch(caller, batch_id, after=after, limit=limit)
    if job.next_cursor is not None:
        response.headers["Link"] = f'<{request.url.include_query_params(after=job.next_cursor)}>; rel="next"'
    return job
