"""SQL of intake batches and completions: stored as `pending` before the intake answers, claimed by
the issuance worker with a lease (FOR UPDATE SKIP LOCKED), then issued, rejected or retried."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import BatchRow, CompletionRow, CredentialRow
from services.credential_issuer.repositories.status_lists import StatusEntryIds
from shared.schemas.completions import CompletionRecord, CompletionState, CompletionStatus

_INSERT_CHUNK = 1000  # rows per INSERT
_INSERT_NEW = text(
    """
    INSERT INTO issuer.completions (
        id, batch_id, organisation_id, sis_completion_id, learner, micro_credential_id,
        micro_credential_version, completed_on, result, credits_earned, state, attempts
    )
    SELECT id, CAST(:batch_id AS uuid), CAST(:organisation_id AS uuid), sis_id, learner::jsonb,
           micro_credential_id, version,
           completed_on, result::jsonb, credits, 'pending', 0
    FROM unnest(
        CAST(:ids AS uuid[]), CAST(:sis_ids AS text[]), CAST(:learners AS text[]),
        CAST(:micro_credentials AS uuid[]), CAST(:versions AS integer[]),
        CAST(:completed_on AS date[]), CAST(:results AS text[]), CAST(:credits AS numeric[])
    ) AS record(id, sis_id, learner, micro_credential_id, version, completed_on, result, credits)
    ON CONFLICT (organisation_id, sis_completion_id) DO NOTHING
    RETURNING sis_completion_id, id
    """
)


@dataclass(frozen=True)
class Batch:
    id: uuid.UUID
    organisation_id: uuid.UUID
    source: str
    received_at: datetime


@dataclass(frozen=True)
class Completion:
    """A completion as the worker sees it."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    sis_completion_id: str
    learner: dict[str, Any]
    micro_credential_id: uuid.UUID
    version: int
    completed_on: date
    result: dict[str, Any]
    credits_earned: Decimal | None
    attempts: int


_WORKER_COLUMNS = (
    CompletionRow.id,
    CompletionRow.organisation_id,
    CompletionRow.sis_completion_id,
    CompletionRow.learner,
    CompletionRow.micro_credential_id,
    CompletionRow.micro_credential_version,
    CompletionRow.completed_on,
    CompletionRow.result,
    CompletionRow.credits_earned,
    CompletionRow.attempts,
)


def _completion(row: Any) -> Completion:
    """The worker's view of a completion, from its row (an entity or the row of _WORKER_COLUMNS)."""
    return Completion(
        id=row.id,
        organisation_id=row.organisation_id,
        sis_completion_id=row.sis_completion_id,
        learner=row.learner,
        micro_credential_id=row.micro_credential_id,
        version=row.micro_credential_version,
        completed_on=row.completed_on,
        result=row.result,
        credits_earned=row.credits_earned,
        attempts=row.attempts,
    )


@dataclass(frozen=True)
class NewCredential:
    """A signed credential about to be stored for its completion."""

    credential_id: uuid.UUID
    completion: Completion
    document: dict[str, Any]
    issued_at: datetime
    status_entry: StatusEntryIds


class CompletionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_batch(
        self, *, batch_id: uuid.UUID, organisation_id: uuid.UUID, client_id: str, source: str
    ) -> None:
        self._session.add(
            BatchRow(id=batch_id, organisation_id=organisation_id, client_id=client_id, source=source)
        )
        await self._session.flush()

    async def add_new(
        self, batch_id: uuid.UUID, organisation_id: uuid.UUID, records: Sequence[CompletionRecord]
    ) -> dict[str, uuid.UUID]:
        """Store the records whose SIS id the organisation has not sent before; returns SIS id ->
        completion id of those stored now. One statement per thousand records, its columns bound as
        arrays (unnest), so the statement is the same whatever the count and prepared once."""
        stored: dict[str, uuid.UUID] = {}
        for start in range(0, len(records), _INSERT_CHUNK):
            chunk = records[start : start + _INSERT_CHUNK]
            result = await self._session.execute(
                _INSERT_NEW,
                {
                    "ids": [uuid.uuid4() for _ in chunk],
                    "batch_id": batch_id,
                    "organisation_id": organisation_id,
                    "sis_ids": [record.sis_completion_id for record in chunk],
                    "learners": [record.learner.model_dump_json(exclude_none=True) for record in chunk],
                    "micro_credentials": [record.micro_credential_id for record in chunk],
                    "versions": [record.version for record in chunk],
                    "completed_on": [record.completed_on for record in chunk],
                    "results": [record.result.model_dump_json(exclude_none=True) for record in chunk],
                    "credits": [record.credits_earned for record in chunk],
                },
            )
            stored.update({str(sis): uuid.UUID(str(cid)) for sis, cid in result.all()})
        return stored

    async def ids_of(self, organisation_id: uuid.UUID, sis_ids: Sequence[str]) -> dict[str, uuid.UUID]:
        found: dict[str, uuid.UUID] = {}
        for start in range(0, len(sis_ids), _INSERT_CHUNK * 10):
            result = await self._session.execute(
                select(CompletionRow.sis_completion_id, CompletionRow.id).where(
                    CompletionRow.organisation_id == organisation_id,
                    CompletionRow.sis_completion_id.in_(sis_ids[start : start + _INSERT_CHUNK * 10]),
                )
            )
            found.update({str(sis): uuid.UUID(str(cid)) for sis, cid in result.all()})
        return found

    async def batch(self, batch_id: uuid.UUID) -> Batch | None:
        row = await self._session.get(BatchRow, batch_id)
        if row is None:
            return None
        return Batch(
            id=row.id, organisation_id=row.organisation_id, source=row.source, received_at=row.received_at
        )

    async def counts_of_batch(self, batch_id: uuid.UUID) -> dict[CompletionState, int]:
        rows = await self._session.execute(
            select(CompletionRow.state, func.count())
            .where(CompletionRow.batch_id == batch_id)
            .group_by(CompletionRow.state)
        )
        counts = dict.fromkeys(CompletionState, 0)
        for state, number in rows.all():
            counts[CompletionState(state)] = int(number)
        return counts

    async def of_batch(
        self, batch_id: uuid.UUID, *, after: str | None = None, limit: int | None = None
    ) -> list[CompletionStatus]:
        """The batch's completions in the order of their SIS ids, those after ``after``."""
        statement = (
            select(CompletionRow, CredentialRow.id)
            .outerjoin(CredentialRow, CredentialRow.completion_id == CompletionRow.id)
            .where(CompletionRow.batch_id == batch_id)
            .order_by(CompletionRow.sis_completion_id)
        )
        if after is not None:
            statement = statement.where(CompletionRow.sis_completion_id > after)
        if limit is not None:
            statement = statement.limit(limit)
        result = await self._session.execute(statement)
        return [
            CompletionStatus(
                id=row.id,
                sis_completion_id=row.sis_completion_id,
                micro_credential_id=row.micro_credential_id,
                version=row.micro_credential_version,
                completed_on=row.completed_on,
                state=CompletionState(row.state),
                reason=row.reason,
                attempts=row.attempts,
                credential_id=credential_id,
                updated_at=row.updated_at,
            )
            for row, credential_id in result.all()
        ]

    async def claim_due(self, *, limit: int, lease: timedelta) -> list[Completion]:
        """Take up to ``limit`` due pending completions for ``lease``; other workers skip them."""
        due = (
            select(CompletionRow.id)
            .where(
                CompletionRow.state == CompletionState.PENDING.value,
                CompletionRow.next_attempt_at <= func.now(),
            )
            .order_by(CompletionRow.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        # Plain rows, not ORM entities: nothing of a claimed round needs the session's identity map.
        rows = await self._session.execute(
            update(CompletionRow)
            .where(CompletionRow.id.in_(due.scalar_subquery()))
            .values(attempts=CompletionRow.attempts + 1, next_attempt_at=func.now() + lease, waiting_on=None)
            .returning(*_WORKER_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        return [_completion(row) for row in rows]

    async def settle(
        self, completion_id: uuid.UUID, state: CompletionState, reason: str | None = None
    ) -> None:
        await self._session.execute(
            update(CompletionRow)
            .where(CompletionRow.id == completion_id, CompletionRow.state == CompletionState.PENDING.value)
            .values(state=state.value, reason=reason[:4000] if reason else None, updated_at=func.now())
        )

    async def retry_later(
        self, completion_id: uuid.UUID, *, delay: timedelta, reason: str, waiting_on: str | None = None
    ) -> None:
        """Put the completion off for ``delay``; ``waiting_on`` names the service that was down."""
        await self._session.execute(
            update(CompletionRow)
            .where(CompletionRow.id == completion_id, CompletionRow.state == CompletionState.PENDING.value)
            .values(
                next_attempt_at=func.now() + delay,
                reason=reason[:4000],
                waiting_on=waiting_on,
                updated_at=func.now(),
            )
        )

    async def services_waited_on(self) -> set[str]:
        """The services some pending completion waits for (a leased one waits on none)."""
        rows = await self._session.scalars(
            select(CompletionRow.waiting_on)
            .where(
                CompletionRow.state == CompletionState.PENDING.value, CompletionRow.waiting_on.is_not(None)
            )
            .distinct()
        )
        return {row for row in rows if row is not None}

    async def wake(self, services: Sequence[str]) -> int:
        """Make due now the completions put off because one of ``services`` was down."""
        result = await self._session.execute(
            update(CompletionRow)
            .where(
                CompletionRow.state == CompletionState.PENDING.value,
                CompletionRow.waiting_on.in_(services),
            )
            .values(next_attempt_at=func.now(), waiting_on=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def lock_pending_many(self, completion_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        """Lock the completions for the rest of the transaction; the ids of those still pending."""
        if not completion_ids:
            return set()
        rows = await self._session.scalars(
            select(CompletionRow.id)
            .where(CompletionRow.id.in_(completion_ids), CompletionRow.state == CompletionState.PENDING.value)
            .order_by(CompletionRow.id)  # one lock order for every worker: no deadlock between two
            .with_for_update()
        )
        return set(rows)

    async def settle_many(self, completion_ids: Sequence[uuid.UUID], state: CompletionState) -> None:
        if not completion_ids:
            return
        await self._session.execute(
            update(CompletionRow)
            .where(CompletionRow.id.in_(completion_ids), CompletionRow.state == CompletionState.PENDING.value)
            .values(state=state.value, reason=None, updated_at=func.now())
        )

    async def add_credentials(self, credentials: Sequence[NewCredential]) -> None:
        """Insert the credentials in one statement (a completion has at most one: unique key)."""
        if not credentials:
            return
        await self._session.execute(
            insert(CredentialRow),
            [
                {
                    "id": credential.credential_id,
                    "completion_id": credential.completion.id,
                    "organisation_id": credential.completion.organisation_id,
                    "micro_credential_id": credential.completion.micro_credential_id,
                    "micro_credential_version": credential.completion.version,
                    "document": credential.document,
                    "issued_at": credential.issued_at,
                    "suspension_list_id": credential.status_entry.list_id,
                    "suspension_index": credential.status_entry.index,
                }
                for credential in credentials
            ],
        )

    async def credential_document(self, credential_id: uuid.UUID) -> dict[str, Any] | None:
        document: dict[str, Any] | None = await self._session.scalar(
            select(CredentialRow.document).where(CredentialRow.id == credential_id)
        )
        return document

    async def get(self, completion_id: uuid.UUID) -> tuple[Completion, CompletionState, str | None] | None:
        """The completion with its state and reason, or None."""
        row = await self._session.get(CompletionRow, completion_id)
        if row is None:
            return None
        return _completion(row), CompletionState(row.state), row.reason

    async def credential_of(self, completion_id: uuid.UUID) -> dict[str, Any] | None:
        """The signed credential issued for the completion, if any."""
        document: dict[str, Any] | None = await self._session.scalar(
            select(CredentialRow.document).where(CredentialRow.completion_id == completion_id)
        )
        return document
