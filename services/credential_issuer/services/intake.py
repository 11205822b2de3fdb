"""Completion intake from student information systems: a batch as JSON or CSV, each record
validated on its own, stored `pending` in the transaction that answers 202.

Idempotent twice over: per record on (institution, SIS completion id), so a record sent again is a
`duplicate` and never a second completion; and per request with the `Idempotency-Key` header (IETF
draft-ietf-httpapi-idempotency-key-header): the same key and body get the stored reply, the same
key with another body 422, and a request whose twin is still being processed 409."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterable, AsyncIterator
from contextlib import AsyncExitStack, aclosing
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.errors import IdempotencyKeyReused, IdempotentRequestInFlight
from services.credential_issuer.repositories.completions import CompletionRepository
from services.credential_issuer.repositories.idempotency import IdempotencyRepository
from services.credential_issuer.services.intake_stream import (
    BodyStream,
    RawRecords,
    csv_records,
    json_records,
)
from shared.errors import (
    BadRequest,
    Forbidden,
    NotFound,
    UnprocessableInput,
    UnsupportedMediaType,
)
from shared.schemas.auth import Principal, Role
from shared.schemas.completions import (
    MAX_SIS_ID_LENGTH,
    CompletionBatch,
    CompletionRecord,
    CompletionState,
    IntakeOutcome,
)
from shared.schemas.problems import FieldError
from shared.web.batch_bodies import (
    CSV_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
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


def request_fingerprint(media_type: str | None, body: bytes) -> str:
    kind, _ = media_type_of(media_type)
    return hashlib.sha256(kind.encode() + b"\n" + body).hexdigest()


async def _one_chunk(body: bytes) -> AsyncIterator[bytes]:
    yield body


class IntakeService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        max_records: int,
        idempotency_ttl: timedelta,
        public_url: str,
        insert_every: int = 1000,
    ) -> None:
        self._sessions = sessions
        self._max_records = max_records
        self._insert_every = insert_every  # records stored per INSERT as the body is read
        self._ttl = idempotency_ttl
        self._public_url = public_url.rstrip("/")

    async def receive(
        self,
        caller: Principal,
        institution_id: uuid.UUID,
        *,
        media_type: str | None,
        body: bytes | AsyncIterable[bytes],
        idempotency_key: str | None,
    ) -> Reply:
        """Read, validate and store the batch as its body arrives (``body``: the request's chunks, or
        all of it). Records are stored a thousand at a time in one transaction, which a problem
        anywhere in the body rolls back: a refused request stores nothing."""
        if Role.SIS not in caller.roles or caller.organisation_id != institution_id:
            raise Forbidden(
                "Only the institution's own student information system (role `sis`) sends completions."
            )
        if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY:
            raise BadRequest(f"Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY} characters.")
        kind, parameters = media_type_of(media_type)
        stream = BodyStream(kind, _one_chunk(body) if isinstance(body, bytes) else body)
        if kind == JSON_MEDIA_TYPE:
            source = "json"
            records = json_records(stream, max_records=self._max_records)
        elif kind == CSV_MEDIA_TYPE:
            require_utf8_charset(parameters)
            source = "csv"
            records = csv_records(stream, columns=CSV_COLUMNS, max_records=self._max_records)
        else:
            raise UnsupportedMediaType(
                f'Send completions as {JSON_MEDIA_TYPE} ({{"completions": [...]}}) or as {CSV_MEDIA_TYPE} '
                f"(UTF-8), not {kind or 'a body without Content-Type'}."
            )
        async with (
            _StreamedBatch(self, caller, institution_id, source, idempotency_key) as batch,
            aclosing(records),
        ):
            async for chunk in records:
                await batch.add(chunk)
                if batch.replay is not None:
                    await stream.drain()  # the stored reply is given only to the same body
                    break
            return await batch.finish(stream.fingerprint())

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


class _StreamedBatch:
    """One intake request's records, validated as they arrive and stored a thousand at a time in one
    transaction (opened with the first thousand, or at the end), which a problem anywhere in the
    body rolls back. Invalid records are all named: reading goes on after the first, storing stops.
    With an Idempotency-Key the key is locked when the transaction opens; a reply already stored
    for it is given back once the rest of the body proved the same (``replay``)."""

    def __init__(
        self,
        intake: IntakeService,
        caller: Principal,
        institution_id: uuid.UUID,
        source: str,
        idempotency_key: str | None,
    ) -> None:
        self._intake = intake
        self._caller = caller
        self._institution_id = institution_id
        self._source = source
        self._key = idempotency_key
        self._batch_id = uuid.uuid4()
        self._stack = AsyncExitStack()
        self._session: AsyncSession | None = None
        self._valid: list[tuple[int, CompletionRecord]] = []
        self._errors: list[FieldError] = []
        self._invalid_records = 0
        self._received = 0
        self._completion_ids: dict[str, uuid.UUID] = {}  # SIS id -> completion, of this request
        self._outcomes: list[dict[str, Any]] = []  # the receipt's records, as JSON
        self._accepted = 0
        self._known_fingerprint: str | None = None
        self.replay: Reply | None = None

    async def __aenter__(self) -> _StreamedBatch:
        await self._stack.__aenter__()
        return self

    async def __aexit__(self, *exc_info: Any) -> bool | None:
        return await self._stack.__aexit__(*exc_info)

    async def add(self, records: RawRecords) -> None:
        """Validate ``records``; store the valid ones each time a thousand wait (none after an error)."""
        csv_lines = self._source == "csv"
        for index, item in records:
            try:
                record = _RECORD.validate_python(_csv_record(item) if csv_lines else item)
            except ValidationError as error:
                self._errors.extend(_field_errors(error, index, csv_lines=csv_lines))
                self._invalid_records += 1
            else:
                if not self._errors:
                    self._valid.append((index, record))
        self._received += len(records)
        if self._errors:
            self._valid.clear()
        elif len(self._valid) >= self._intake._insert_every:
            await self._flush()

    async def finish(self, fingerprint: str) -> Reply:
        """The reply, once the whole body was read; with a key, stored in the same transaction."""
        if self.replay is None:
            if self._errors:
                raise UnprocessableInput(
                    f"{self._invalid_records} record(s) are invalid; nothing was stored. "
                    "Each failing field is listed.",
                    errors=self._errors,
                )
            if self._received == 0:
                raise UnprocessableInput.for_field(
                    "body.completions", "The batch has no completions.", "empty_batch"
                )
            await self._flush()
        if self.replay is not None:
            if fingerprint != self._known_fingerprint:
                raise IdempotencyKeyReused(
                    "This Idempotency-Key was used for a request with another body; use a new key."
                )
            return self.replay
        body = {
            "id": str(self._batch_id),
            "status_url": f"{self._intake._public_url}/v1/completion-batches/{self._batch_id}",
            "received": len(self._outcomes),
            "accepted": self._accepted,
            "duplicates": len(self._outcomes) - self._accepted,
            "records": self._outcomes,
        }
        if self._key is not None:
            assert self._session is not None
            await IdempotencyRepository(self._session).record(
                self._institution_id, self._key, fingerprint, status=202, body=body
            )
        return Reply(202, body)

    async def _flush(self) -> None:
        session = await self._opened()
        valid, self._valid = self._valid, []
        if self.replay is not None or not valid:
            return
        new: dict[str, CompletionRecord] = {}
        for _, record in valid:
            if record.sis_completion_id not in self._completion_ids:
                new.setdefault(record.sis_completion_id, record)
        repository = CompletionRepository(session)
        stored = await repository.add_new(self._batch_id, self._institution_id, list(new.values()))
        self._completion_ids.update(stored)
        self._completion_ids.update(
            await repository.ids_of(self._institution_id, [sis for sis in new if sis not in stored])
        )
        for index, record in valid:
            sis_id = record.sis_completion_id
            accepted = stored.pop(sis_id, None) is not None  # the first of the request with its id
            self._accepted += accepted
            self._outcomes.append(
                {
                    "index": index,
                    "sis_completion_id": sis_id,
                    "outcome": (IntakeOutcome.ACCEPTED if accepted else IntakeOutcome.DUPLICATE).value,
                    "completion_id": str(self._completion_ids[sis_id]),
                }
            )

    async def _opened(self) -> AsyncSession:
        """The request's transaction: the key locked (and its stored reply read), the batch added."""
        if self._session is None:
            session = await self._stack.enter_async_context(self._intake._sessions.begin())
            if self._key is not None:
                await self._known_reply(session, self._key)
            if self.replay is None:
                await CompletionRepository(session).add_batch(
                    batch_id=self._batch_id,
                    organisation_id=self._institution_id,
                    client_id=self._caller.client_id,
                    source=self._source,
                )
            self._session = session
        return self._session

    async def _known_reply(self, session: AsyncSession, key: str) -> None:
        """Hold ``key`` for this transaction and read the reply already given to it, if any; 409
        while another request with the key is processed."""
        keys = IdempotencyRepository(session)
        if not await keys.lock(self._institution_id, key):
            raise IdempotentRequestInFlight(
                "The request with this Idempotency-Key is still being processed; retry later.",
                headers={"Retry-After": "1"},
            )
        known = await keys.known(self._institution_id, key, ttl=self._intake._ttl)
        if known is not None:
            assert known.response_status is not None
            assert known.response_body is not None
            self._known_fingerprint = known.fingerprint
            self.replay = Reply(known.response_status, known.response_body, replayed=True)


def _field_errors(error: ValidationError, index: int, *, csv_lines: bool) -> list[FieldError]:
    """The record's failing fields: `body.completions.<index>.<field>`, or for CSV
    `body.line.<line>.<column>`."""
    errors = []
    for detail in error.errors():
        location = tuple(str(part) for part in detail["loc"])
        if csv_lines:
            column = _CSV_PATHS.get(location[:2]) or (location[0] if location else "")
            field = f"body.line.{index}" + (f".{column}" if column else "")
        else:
            field = ".".join(("body", "completions", str(index), *location))
        errors.append(FieldError(field=field, message=detail["msg"], code=detail["type"]))
    return errors


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
