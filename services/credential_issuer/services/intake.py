"""Completion intake from student information systems: a batch as JSON or CSV, each record
validated on its own, stored `pending` in the transaction that answers 202.

Idempotent twice over: per record on (institution, SIS completion id), so a record sent again is a
`duplicate` and never a second completion; and per request with the `Idempotency-Key` header (IETF
draft-ietf-httpapi-idempotency-key-header): the same key and body get the stored reply, the same
key with another body 422, and a request whose twin is still being processed 409."""

from __future__ import annotations

import csv
import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.errors import IdempotencyKeyReused, IdempotentRequestInFlight
from services.credential_issuer.repositories.completions import CompletionRepository
from services.credential_issuer.repositories.idempotency import IdempotencyRepository
from shared.errors import (
    BadRequest,
    Forbidden,
    NotFound,
    PayloadTooLarge,
    UnprocessableInput,
    UnsupportedMediaType,
)
from shared.schemas.auth import Principal, Role
from shared.schemas.completions import (
    MAX_SIS_ID_LENGTH,
    BatchReceipt,
    CompletionBatch,
    CompletionRecord,
    CompletionState,
    IntakeOutcome,
    RecordOutcome,
)
from shared.schemas.problems import FieldError
from shared.web.batch_bodies import (
    CSV_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    json_document,
    media_type_of,
    require_utf8_charset,
)
from shared.web.cursor import decode_cursor, encode_cursor

MAX_IDEMPOTENCY_KEY = 255

CSV_COLUMNS: dict[str, str] = {
    "sis_completion_id": "the SIS's own id of the completion (required)",
    "learner_name": "the learner's name",
    "learner_email": "the learner's e-mail address (email and/or student number required)",
    "student_number": "the learner's student number",
    "micro_credential_id": "the micro-credential (registry id, required)",
    "version": "the version completed (required)",
    "completed_on": "YYYY-MM-DD (required)",
    "result": "`pass` or `fail` (required)",
    "grade": "grade as recorded",
    "score": "percentage, 0-100",
    "outcomes_achieved": "`;`-separated numbers (from 1) of the learning outcomes achieved",
    "credits_earned": "credits earned",
}
# Where a CSV column lands in the record, to name the column in an error.
_CSV_PATHS: dict[tuple[str, ...], str] = {
    ("learner", "name"): "learner_name",
    ("learner", "email"): "learner_email",
    ("learner", "student_number"): "student_number",
    ("result", "status"): "result",
    ("result", "grade"): "grade",
    ("result", "score"): "score",
    ("result", "outcomes"): "outcomes_achieved",
}
_RECORD = TypeAdapter(CompletionRecord)


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any]
    replayed: bool = False


@dataclass(frozen=True)
class _Parsed:
    source: str
    records: list[tuple[int, CompletionRecord]]


def request_fingerprint(media_type: str | None, body: bytes) -> str:
    kind, _ = media_type_of(media_type)
    return hashlib.sha256(kind.encode() + b"\n" + body).hexdigest()


class IntakeService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        max_records: int,
        idempotency_ttl: timedelta,
        public_url: str,
    ) -> None:
        self._sessions = sessions
        self._max_records = max_records
        self._ttl = idempotency_ttl
        self._public_url = public_url.rstrip("/")

    async def receive(
        self,
        caller: Principal,
        institution_id: uuid.UUID,
        *,
        media_type: str | None,
        body: bytes,
        idempotency_key: str | None,
    ) -> Reply:
        if Role.SIS not in caller.roles or caller.organisation_id != institution_id:
            raise Forbidden(
                "Only the institution's own student information system (role `sis`) sends completions."
            )
        if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY:
            raise BadRequest(f"Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY} characters.")
        parsed = self._parse(media_type, body)
        if idempotency_key is None:
            return await self._store(caller, institution_id, parsed, None)
        fingerprint = request_fingerprint(media_type, body)
        async with self._sessions.begin() as session:
            known = await IdempotencyRepository(session).claim(
                institution_id, idempotency_key, fingerprint, ttl=self._ttl
            )
        if known is not None:
            if known.fingerprint != fingerprint:
                raise IdempotencyKeyReused(
                    "This Idempotency-Key was used for a request with another body; use a new key."
                )
            if known.response_status is None or known.response_body is None:
                raise IdempotentRequestInFlight(
                    "The request with this Idempotency-Key is still being processed; retry later.",
                    headers={"Retry-After": "1"},
                )
            return Reply(known.response_status, known.response_body, replayed=True)
        try:
            return await self._store(caller, institution_id, parsed, idempotency_key)
        except BaseException:
            async with self._sessions.begin() as session:
                await IdempotencyRepository(session).forget(institution_id, idempotency_key)
            raise

    async def batch(
        self, caller: Principal, batch_id: uuid.UUID, *, after: str | None = None, limit: int
    ) -> CompletionBatch:
        """The job: counts over the whole batch, and one page of its completions (keyset on the SIS
        completion id, so a batch of 10,000 is read a page at a time)."""
        position = _sis_id_position(after) if after else None
        async with self._sessions() as session:
            repository = CompletionRepository(session)
            batch = await repository.batch(batch_id)
            if batch is None or (
                batch.organisation_id != caller.organisation_id and Role.ADMIN not in caller.roles
            ):
                raise NotFound(f"No completion batch {batch_id} of your organisation.")
            counts = await repository.counts_of_batch(batch_id)
            completions = await repository.of_batch(batch_id, after=position, limit=limit + 1)
        more = len(completions) > limit
        completions = completions[:limit]
        return CompletionBatch(
            id=batch.id,
            organisation_id=batch.organisation_id,
            source="csv" if batch.source == "csv" else "json",
            received_at=batch.received_at,
            counts=counts,
            done=counts[CompletionState.PENDING] == 0,
            completions=completions,
            next_cursor=encode_cursor(completions[-1].sis_completion_id) if more else None,
        )

    async def _store(
        self, caller: Principal, institution_id: uuid.UUID, parsed: _Parsed, idempotency_key: str | None
    ) -> Reply:
        batch_id = uuid.uuid4()
        first: dict[str, CompletionRecord] = {}
        for _, record in parsed.records:
            first.setdefault(record.sis_completion_id, record)
        async with self._sessions.begin() as session:
            repository = CompletionRepository(session)
            await repository.add_batch(
                batch_id=batch_id,
                organisation_id=institution_id,
                client_id=caller.client_id,
                source=parsed.source,
            )
            stored = await repository.add_new(batch_id, institution_id, list(first.values()))
            earlier = await repository.ids_of(institution_id, [sis for sis in first if sis not in stored])
            outcomes: list[RecordOutcome] = []
            seen: set[str] = set()
            for index, record in parsed.records:
                sis_id = record.sis_completion_id
                new = sis_id in stored and sis_id not in seen
                seen.add(sis_id)
                outcomes.append(
                    RecordOutcome(
                        index=index,
                        sis_completion_id=sis_id,
                        outcome=IntakeOutcome.ACCEPTED if new else IntakeOutcome.DUPLICATE,
                        completion_id=stored.get(sis_id) or earlier[sis_id],
                    )
                )
            accepted = sum(1 for outcome in outcomes if outcome.outcome is IntakeOutcome.ACCEPTED)
            receipt = BatchReceipt(
                id=batch_id,
                status_url=f"{self._public_url}/v1/completion-batches/{batch_id}",
                received=len(outcomes),
                accepted=accepted,
                duplicates=len(outcomes) - accepted,
                records=outcomes,
            )
            body = receipt.model_dump(mode="json")
            if idempotency_key is not None:
                await IdempotencyRepository(session).complete(
                    institution_id, idempotency_key, status=202, body=body
                )
        return Reply(202, body)

    # --- parsing ---------------------------------------------------------------------------

    def _parse(self, media_type: str | None, body: bytes) -> _Parsed:
        kind, parameters = media_type_of(media_type)
        if kind == JSON_MEDIA_TYPE:
            return _Parsed("json", self._validate(self._json_items(body), csv_lines=None))
        if kind == CSV_MEDIA_TYPE:
            require_utf8_charset(parameters)
            lines, items = self._csv_items(body)
            return _Parsed("csv", self._validate(items, csv_lines=lines))
        raise UnsupportedMediaType(
            f'Send completions as {JSON_MEDIA_TYPE} ({{"completions": [...]}}) or as {CSV_MEDIA_TYPE} '
            f"(UTF-8), not {kind or 'a body without Content-Type'}."
        )

    def _check_size(self, count: int) -> None:
        if count == 0:
            raise UnprocessableInput.for_field(
                "body.completions", "The batch has no completions.", "empty_batch"
            )
        if count > self._max_records:
            raise PayloadTooLarge(
                f"A batch may hold at most {self._max_records} completions; split it into smaller ones.",
                extra={"max_records": self._max_records},
            )

    def _json_items(self, body: bytes) -> list[Any]:
        document = json_document(body)
        if not isinstance(document, dict) or set(document) != {"completions"}:
            raise UnprocessableInput.for_field(
                "body", 'The body must be a JSON object {"completions": [...]}.', "model_type"
            )
        items = document["completions"]
        if not isinstance(items, list):
            raise UnprocessableInput.for_field("body.completions", "completions must be a list.", "list_type")
        self._check_size(len(items))
        return items

    def _csv_items(self, body: bytes) -> tuple[list[int], list[Any]]:
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UnsupportedMediaType("Send the CSV as UTF-8.") from None
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        unknown = [name for name in header if name not in CSV_COLUMNS]
        if unknown or "sis_completion_id" not in header:
            raise UnprocessableInput.for_field(
                "body.line.1",
                f"The header must name columns among {', '.join(CSV_COLUMNS)} "
                f"(sis_completion_id required); unknown: {', '.join(unknown) or 'none'}.",
                "csv_header",
            )
        lines: list[int] = []
        items: list[Any] = []
        for row in reader:
            if len(lines) >= self._max_records:
                self._check_size(self._max_records + 1)
            lines.append(reader.line_num)
            items.append(_csv_record(row))
        self._check_size(len(items))
        return lines, items

    def _validate(
        self, items: list[Any], *, csv_lines: list[int] | None
    ) -> list[tuple[int, CompletionRecord]]:
        records: list[tuple[int, CompletionRecord]] = []
        errors: list[FieldError] = []
        for position, item in enumerate(items):
            index = csv_lines[position] if csv_lines is not None else position
            try:
                records.append((index, _RECORD.validate_python(item)))
            except ValidationError as error:
                for detail in error.errors():
                    location = tuple(str(part) for part in detail["loc"])
                    if csv_lines is not None:
                        column = _CSV_PATHS.get(location[:2]) or (location[0] if location else "")
                        field = f"body.line.{index}" + (f".{column}" if column else "")
                    else:
                        field = ".".join(("body", "completions", str(index), *location))
                    errors.append(FieldError(field=field, message=detail["msg"], code=detail["type"]))
        if errors:
            rows = len({error.field.split(".")[2] for error in errors if error.field.count(".") >= 2})
            raise UnprocessableInput(
                f"{rows} record(s) are invalid; nothing was stored. Each failing field is listed.",
                errors=errors,
            )
        return records


def _csv_record(row: dict[str | Any, Any]) -> dict[str, Any]:
    def cell(name: str) -> str | None:
        value = row.get(name)
        value = value.strip() if isinstance(value, str) else None
        return value or None

    learner = {
        key: value
        for key, value in {
            "name": cell("learner_name"),
            "email": cell("learner_email"),
            "student_number": cell("student_number"),
        }.items()
        if value is not None
    }
    result: dict[str, Any] = {}
    for key, column in (("status", "result"), ("grade", "grade"), ("score", "score")):
        if cell(column) is not None:
            result[key] = cell(column)
    if cell("outcomes_achieved") is not None:
        result["outcomes"] = [
            {"outcome": number.strip(), "achieved": True}
            for number in (cell("outcomes_achieved") or "").split(";")
            if number.strip()
        ]
    record: dict[str, Any] = {
        "sis_completion_id": cell("sis_completion_id"),
        "learner": learner,
        "micro_credential_id": cell("micro_credential_id"),
        "version": cell("version"),
        "completed_on": cell("completed_on"),
        "result": result,
    }
    if cell("credits_earned") is not None:
        record["credits_earned"] = cell("credits_earned")
    return {key: value for key, value in record.items() if value is not None}


def _sis_id_position(cursor: str) -> str:
    """The SIS completion id a job page's cursor holds; 422 for a cursor this service did not make."""
    (position,) = decode_cursor(cursor, arity=1)
    if not isinstance(position, str) or not 0 < len(position) <= MAX_SIS_ID_LENGTH:
        raise UnprocessableInput.for_field(
            "query.after", "The cursor is not one this service issued.", "invalid_cursor"
        )
    return position
