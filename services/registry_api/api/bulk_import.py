"""Bulk import of the owner institution's micro-credentials, as JSON or CSV (docs/bulk-import.md)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from services.registry_api.dependencies import BulkImports, Caller
from services.registry_api.services.bulk_import_csv import COLUMNS
from shared.schemas.bulk_import import BulkImportResult, MicroCredentialImport
from shared.web.batch_bodies import CSV_MEDIA_TYPE, JSON_MEDIA_TYPE, json_or_csv_request_body
from shared.web.openapi import problem_responses

router = APIRouter(tags=["micro-credentials"])


def _json_body_schema() -> dict[str, Any]:
    """MicroCredentialImport, its items referring to the MicroCredentialCreate component (which the
    create route puts in the document)."""
    schema = MicroCredentialImport.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return schema


_CSV_COLUMNS = "\n".join(f"- `{name}`: {meaning}" for name, meaning in COLUMNS.items())
_DESCRIPTION = f"""\
Create or update many micro-credentials of the institution at once, matched on its own course code.
Owner institution's registrar only (role `institution` of that organisation).

Each row is validated like a create request. A new course code creates a micro-credential with
draft version 1; a known one gets its draft replaced, or a new draft version when the current one is
published; a row identical to that version is `unchanged`; a version under review (submitted or
approved) must be withdrawn first, so a row that changes it is rejected.

Without `partial`, a batch with any invalid row imports nothing and the answer is 422 naming each
failing field (`body.items.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
header being line 1), with the failing rows in `rows`. With `partial=true`, valid rows are imported
and the answer lists every row's outcome.

Body: `{JSON_MEDIA_TYPE}` (`{{"items": [MicroCredentialCreate, ...]}}`) or `{CSV_MEDIA_TYPE}` (UTF-8,
comma-separated, header on line 1, one micro-credential per line; lists `;`-separated, learning
outcomes one per line inside the quoted cell; empty cell = not stated). CSV columns, any order,
only `course_code` required:

{_CSV_COLUMNS}
"""


@router.post(
    "/v1/organisations/{organisation_id}/micro-credentials/import",
    name="import_micro_credentials",
    summary="Import micro-credentials in bulk from JSON or CSV (owner institution)",
    description=_DESCRIPTION,
    responses=problem_responses(413, 415),
    openapi_extra=json_or_csv_request_body(_json_body_schema()),
)
async def import_micro_credentials(
    organisation_id: uuid.UUID,
    request: Request,
    bulk_imports: BulkImports,
    caller: Caller,
    partial: Annotated[
        bool, Query(description="Import the valid rows and report the invalid ones, instead of nothing.")
    ] = False,
) -> BulkImportResult:
    return await bulk_imports.run(
        caller,
        organisation_id,
        media_type=request.headers.get("content-type"),
        body=await request.body(),
        partial=partial,
    )
