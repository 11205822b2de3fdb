"""Bulk import of an institution's micro-credentials (JSON or CSV): the request as JSON, and the
per-row outcome the registry answers with. Contract and CSV columns: docs/bulk-import.md."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from shared.schemas.micro_credentials import MicroCredentialCreate
from shared.schemas.problems import FieldError


class MicroCredentialImport(BaseModel):
    """The JSON body: one item per micro-credential, each shaped like a create request."""

    model_config = ConfigDict(extra="forbid")

    items: list[MicroCredentialCreate] = Field(min_length=1)


class ImportOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class ImportRowResult(BaseModel):
    """What happened to one row."""

    row: int = Field(description="Position of the row in the batch, from 0 (the JSON `items` index).")
    line: int | None = Field(
        None, description="CSV only: the line the row starts on, counting the header as line 1."
    )
    course_code: str | None = Field(None, description="The row's course code, when it could be read.")
    outcome: ImportOutcome
    micro_credential_id: uuid.UUID | None = Field(
        None, description="The micro-credential the row created, updated or left unchanged (or would have)."
    )
    version: int | None = Field(None, description="The version written, or the one left unchanged.")
    errors: list[FieldError] = Field(
        default_factory=list, description="Rejected rows: each failing field, named as in `docs/errors.md`."
    )


class ImportCounts(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


class BulkImportResult(BaseModel):
    """The answer to an import that was applied (all rows valid, or `partial=true`)."""

    partial: bool = Field(description="Whether the import was asked for with `partial=true`.")
    total: int = Field(description="Rows in the batch.")
    counts: ImportCounts
    rows: list[ImportRowResult] = Field(description="One entry per row, in the batch's order.")
