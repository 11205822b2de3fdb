"""Bulk import of an institution's micro-credentials from JSON or CSV.

Every row is validated like a create request (schema, eligible and approved level, partners), then
matched on the institution's own course code: a new code creates a micro-credential with a first
draft; a known one gets its draft replaced, or a new draft version when none is in preparation (the
rule of `save_draft`); a row identical to the version it would replace is left unchanged. So the
same import run twice leaves the same state.

Without `partial`, a batch with any bad row imports nothing: all rows are written in one transaction
that is rolled back, and the answer is a 422 naming every failing field of every row. With
`partial`, the good rows are written (still one transaction) and the bad ones reported as rejected.
Contract: docs/bulk-import.md.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import LifecycleConflict
from services.registry_api.repositories.micro_credentials import MicroCredentialRepository
from services.registry_api.services.bulk_import_csv import Location, csv_field_error, read_csv
from services.registry_api.services.metadata_rules import check_level, check_partners
from services.registry_api.services.micro_credentials import (
    draft_columns,
    version_in_preparation,
    write_draft,
)
from services.registry_api.services.ownership import ensure_owner, owning_institution
from shared.errors import PayloadTooLarge, UnprocessableInput, UnsupportedMediaType
from shared.schemas.auth import Principal
from shared.schemas.bulk_import import BulkImportResult, ImportCounts, ImportOutcome, ImportRowResult
from shared.schemas.micro_credentials import MicroCredentialCreate, MicroCredentialMetadata
from shared.schemas.organisations import Organisation
from shared.schemas.problems import FieldError
from shared.web.batch_bodies import (
    CSV_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    json_document,
    media_type_of,
    require_utf8_charset,
)

Locate = Callable[[Location, str, str], FieldError]


@dataclass
class _Row:
    """One row on its way through the import."""

    row: int
    line: int | None
    locate: Locate
    payload: Any
    course_code: str | None = None
    data: MicroCredentialCreate | None = None
    errors: list[FieldError] = field(default_factory=list)
    outcome: ImportOutcome | None = None
    micro_credential_id: uuid.UUID | None = None
    version: int | None = None

    def reject(self, location: Location, message: str, code: str) -> None:
        self.errors.append(self.locate(location, message, code))

    def done(self, outcome: ImportOutcome, micro_credential_id: uuid.UUID, version: int) -> None:
        self.outcome, self.micro_credential_id, self.version = outcome, micro_credential_id, version

    def result(self) -> ImportRowResult:
        return ImportRowResult(
            row=self.row,
            line=self.line,
            course_code=self.course_code,
            outcome=ImportOutcome.REJECTED if self.errors else self.outcome or ImportOutcome.REJECTED,
            micro_credential_id=self.micro_credential_id,
            version=None if self.errors else self.version,
            errors=self.errors,
        )


class BulkImportService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, max_rows: int) -> None:
        self._sessions = sessions
        self._max_rows = max_rows

    async def run(
        self,
        principal: Principal,
        organisation_id: uuid.UUID,
        *,
        media_type: str | None,
        body: bytes,
        partial: bool,
    ) -> BulkImportResult:
        ensure_owner(principal, organisation_id)
        rows = self._rows(media_type, body)
        for row in rows:
            _validate(row)
        _reject_repeated_codes(rows)
        async with self._sessions.begin() as session:
            owner = await owning_institution(session, organisation_id)
            # Rows are written in course-code order so that two imports lock rows in the same order.
            for row in sorted(rows, key=lambda row: row.course_code or ""):
                if row.data is not None and not row.errors:
                    await _apply(session, owner, row, row.data)
            rejected = [row for row in rows if row.errors]
            if rejected and not partial:
                raise UnprocessableInput(
                    f"{len(rejected)} of {len(rows)} rows are invalid, so nothing was imported. Fix them, "
                    "or import with partial=true to import the valid rows.",
                    errors=[error for row in rejected for error in row.errors],
                    extra={"rows": [row.result().model_dump(mode="json") for row in rejected]},
                )
        results = [row.result() for row in rows]
        tally = Counter(result.outcome for result in results)
        counts = ImportCounts(**{outcome.value: tally[outcome] for outcome in ImportOutcome})
        return BulkImportResult(partial=partial, total=len(rows), counts=counts, rows=results)

    def _rows(self, media_type: str | None, body: bytes) -> list[_Row]:
        kind, parameters = media_type_of(media_type)
        if kind == JSON_MEDIA_TYPE:
            return self._json_rows(body)
        if kind == CSV_MEDIA_TYPE:
            require_utf8_charset(parameters)
            csv_rows = read_csv(body, limit=self._max_rows)
            self._check_size(len(csv_rows))
            return [
                _Row(
                    row=position,
                    line=csv_row.line,
                    locate=_csv_locator(csv_row.line),
                    payload=csv_row.payload,
                    course_code=csv_row.course_code,
                    errors=list(csv_row.errors),
                )
                for position, csv_row in enumerate(csv_rows)
            ]
        raise UnsupportedMediaType(
            f'Send the batch as {JSON_MEDIA_TYPE} ({{"items": [...]}}) or as {CSV_MEDIA_TYPE} (UTF-8), '
            f"not {kind or 'a body without Content-Type'}."
        )

    def _json_rows(self, body: bytes) -> list[_Row]:
        document = json_document(body)
        if not isinstance(document, dict):
            raise UnprocessableInput.for_field(
                "body", 'The body must be a JSON object: {"items": [...]}.', "model_type"
            )
        unknown = [
            FieldError(field=f"body.{key}", message="Extra inputs are not permitted", code="extra_forbidden")
            for key in document
            if key != "items"
        ]
        if unknown:
            raise UnprocessableInput("The body has members other than items.", errors=unknown)
        items = document.get("items")
        if not isinstance(items, list):
            code = "missing" if items is None else "list_type"
            raise UnprocessableInput.for_field(
                "body.items", "items must be a list of micro-credentials.", code
            )
        if not items:
            raise UnprocessableInput.for_field(
                "body.items", "The batch has no micro-credentials.", "empty_batch"
            )
        self._check_size(len(items))
        return [
            _Row(row=position, line=None, locate=_json_locator(position), payload=item)
            for position, item in enumerate(items)
        ]

    def _check_size(self, rows: int) -> None:
        if rows > self._max_rows:
            raise PayloadTooLarge(
                f"A batch may hold at most {self._max_rows} micro-credentials; split it into smaller ones.",
                extra={"max_rows": self._max_rows},
            )


def _json_locator(position: int) -> Locate:
    def locate(location: Location, message: str, code: str) -> FieldError:
        path = ".".join(["body", "items", str(position), *(str(part) for part in location)])
        return FieldError(field=path, message=message, code=code)

    return locate


def _csv_locator(line: int) -> Locate:
    def locate(location: Location, message: str, code: str) -> FieldError:
        return csv_field_error(line, location, message, code)

    return locate


def _validate(row: _Row) -> None:
    """The row as a create request; its course code is known even if the rest is invalid."""
    if isinstance(row.payload, dict) and row.course_code is None:
        code = row.payload.get("course_code")
        row.course_code = code.strip() if isinstance(code, str) else None
    if row.payload is None:
        return
    try:
        data = MicroCredentialCreate.model_validate(row.payload)
    except ValidationError as error:
        for item in error.errors(include_url=False, include_input=False):
            row.reject(tuple(item["loc"]), item["msg"], item["type"])
        return
    row.course_code = data.course_code
    if not row.errors:
        row.data = data


def _reject_repeated_codes(rows: list[_Row]) -> None:
    """A course code may appear once per batch; the later rows with it are rejected."""
    first: dict[str, _Row] = {}
    for row in rows:
        if row.course_code is None or row.data is None:
            continue
        earlier = first.setdefault(row.course_code, row)
        if earlier is not row:
            where = f"line {earlier.line}" if earlier.line is not None else f"item {earlier.row}"
            row.reject(
                ("course_code",),
                f"Course code '{row.course_code}' already appears in {where} of this batch.",
                "duplicate_in_batch",
            )


async def _apply(session: AsyncSession, owner: Organisation, row: _Row, data: MicroCredentialCreate) -> None:
    metadata = data.metadata
    await _check(row, check_level(session, owner, metadata, "metadata"))
    await _check(row, check_partners(session, metadata, "metadata"))
    if row.errors:
        return
    repository = MicroCredentialRepository(session)
    found = await repository.header_by_code(owner.id, data.course_code)
    if found is None:
        created = await repository.create(organisation_id=owner.id, course_code=data.course_code)
        if created is not None:
            await repository.add_version(
                micro_credential_id=created, version=1, iqap=data.iqap, columns=draft_columns(metadata)
            )
            row.done(ImportOutcome.CREATED, created, 1)
            return
        # Another import created it since we looked: update it like any existing one.
        found = await repository.header_by_code(owner.id, data.course_code)
        assert found is not None
    micro_credential_id = found.id
    row.micro_credential_id = micro_credential_id
    await repository.header(micro_credential_id, lock=True)
    versions = await repository.versions(micro_credential_id)
    current = version_in_preparation(versions) or versions[-1]
    if "iqap" in data.model_fields_set and data.iqap != current.iqap:
        route = "inside" if current.iqap else "outside"
        row.reject(
            ("iqap",),
            f"'{data.course_code}' is listed {route} the IQAP; that cannot be changed by an import.",
            "iqap_unchangeable",
        )
        return
    if _same(current.metadata, metadata):
        row.done(ImportOutcome.UNCHANGED, micro_credential_id, current.version)
        return
    try:
        number = await write_draft(repository, micro_credential_id, versions, metadata)
    except LifecycleConflict as error:
        row.reject((), error.detail or error.title, "lifecycle_conflict")
        return
    await repository.touch(micro_credential_id)
    row.done(ImportOutcome.UPDATED, micro_credential_id, number)


async def _check(row: _Row, rule: Awaitable[None]) -> None:
    """A database rule on the metadata; its errors become the row's."""
    try:
        await rule
    except UnprocessableInput as error:
        for item in error.errors or []:
            row.reject(_location(item.field), item.message, item.code)


def _same(stored: MicroCredentialMetadata, imported: MicroCredentialMetadata) -> bool:
    """Equal as stored: values compare by meaning (a decimal `30` equals `30.0`)."""
    return stored == imported


def _location(dotted: str) -> Location:
    return tuple(int(part) if part.isdigit() else part for part in dotted.split("."))
