"""SQL of the append-only ledger and its checkpoints. Appending takes a transaction-scoped lock, so
sequence numbers have no gaps and each entry chains to the one committed before it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import LedgerCheckpointRow, LedgerEntryRow
from shared.ledger.hashing import GENESIS_HASH, ensure_storable, entry_hash
from shared.schemas.ledger import Actor, Checkpoint, LedgerEntry, Subjects

_LEDGER_LOCK = 0x4F4D43_0010
_CHECKPOINT_LOCK = 0x4F4D43_0012


@dataclass(frozen=True)
class LedgerFilters:
    institution_id: uuid.UUID | None = None
    agency_slug: str | None = None
    micro_credential_id: uuid.UUID | None = None
    event_type: str | None = None
    recorded_from: date | None = None
    recorded_until: date | None = None


def to_entry(row: LedgerEntryRow) -> LedgerEntry:
    return LedgerEntry(
        seq=row.seq,
        recorded_at=row.recorded_at,
        event_type=row.event_type,
        actor=Actor(organisation_id=row.actor_organisation_id, client_id=row.actor_client_id),
        subjects=Subjects(
            institution_id=row.institution_id,
            agency_slug=row.agency_slug,
            micro_credential_id=row.micro_credential_id,
            micro_credential_version=row.micro_credential_version,
        ),
        payload=row.payload,
        previous_hash=row.previous_hash,
        entry_hash=row.entry_hash,
    )


class LedgerRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def append(
        self, *, event_type: str, actor: Actor, subjects: Subjects, payload: dict[str, Any]
    ) -> LedgerEntry:
        """Add one entry at the end of the chain, inside the caller's transaction."""
        ensure_storable(payload)
        await self._session.execute(select(func.pg_advisory_xact_lock(_LEDGER_LOCK)))
        last = (
            await self._session.execute(
                select(LedgerEntryRow.seq, LedgerEntryRow.entry_hash)
                .order_by(LedgerEntryRow.seq.desc())
                .limit(1)
            )
        ).one_or_none()
        seq, previous = (last[0] + 1, last[1]) if last is not None else (1, GENESIS_HASH)
        draft = LedgerEntry(
            seq=seq,
            recorded_at=datetime.now(UTC),
            event_type=event_type,
            actor=actor,
            subjects=subjects,
            payload=payload,
            previous_hash=previous,
            entry_hash="",
        )
        entry = draft.model_copy(update={"entry_hash": entry_hash(draft.hashed_body())})
        self._session.add(
            LedgerEntryRow(
                seq=entry.seq,
                recorded_at=entry.recorded_at,
                event_type=entry.event_type,
                actor_organisation_id=actor.organisation_id,
                actor_client_id=actor.client_id,
                institution_id=subjects.institution_id,
                agency_slug=subjects.agency_slug,
                micro_credential_id=subjects.micro_credential_id,
                micro_credential_version=subjects.micro_credential_version,
                payload=entry.hashed_body()["payload"],
                previous_hash=previous,
                entry_hash=entry.entry_hash,
            )
        )
        await self._session.flush()
        return entry

    async def page(self, filters: LedgerFilters, *, after: int, limit: int) -> list[LedgerEntry]:
        statement = (
            select(LedgerEntryRow).where(LedgerEntryRow.seq > after).order_by(LedgerEntryRow.seq).limit(limit)
        )
        if filters.institution_id is not None:
            statement = statement.where(LedgerEntryRow.institution_id == filters.institution_id)
        if filters.agency_slug is not None:
            statement = statement.where(LedgerEntryRow.agency_slug == filters.agency_slug)
        if filters.micro_credential_id is not None:
            statement = statement.where(LedgerEntryRow.micro_credential_id == filters.micro_credential_id)
        if filters.event_type is not None:
            statement = statement.where(LedgerEntryRow.event_type == filters.event_type)
        if filters.recorded_from is not None:
            statement = statement.where(LedgerEntryRow.recorded_at >= filters.recorded_from)
        if filters.recorded_until is not None:
            statement = statement.where(func.date(LedgerEntryRow.recorded_at) <= filters.recorded_until)
        return [to_entry(row) for row in await self._session.scalars(statement)]

    async def get(self, seq: int) -> LedgerEntry | None:
        row = await self._session.get(LedgerEntryRow, seq)
        return to_entry(row) if row is not None else None

    async def get_many(self, seqs: list[int]) -> list[LedgerEntry]:
        rows = await self._session.scalars(
            select(LedgerEntryRow).where(LedgerEntryRow.seq.in_(seqs)).order_by(LedgerEntryRow.seq)
        )
        return [to_entry(row) for row in rows]

    async def size(self) -> int:
        return int(await self._session.scalar(select(func.coalesce(func.max(LedgerEntryRow.seq), 0))) or 0)

    async def hashes_between(self, first: int, last: int) -> list[str]:
        """Entry hashes of seq first..last (inclusive), in order."""
        rows = await self._session.scalars(
            select(LedgerEntryRow.entry_hash)
            .where(LedgerEntryRow.seq >= first, LedgerEntryRow.seq <= last)
            .order_by(LedgerEntryRow.seq)
        )
        return list(rows)

    async def stream(self, batch_size: int) -> AsyncIterator[list[LedgerEntry]]:
        last = 0
        while True:
            rows = list(
                await self._session.scalars(
                    select(LedgerEntryRow)
                    .where(LedgerEntryRow.seq > last)
                    .order_by(LedgerEntryRow.seq)
                    .limit(batch_size)
                )
            )
            if not rows:
                return
            yield [to_entry(row) for row in rows]
            last = rows[-1].seq

    async def lock_checkpoints(self) -> None:
        """Serialise checkpoint signing (not appends) until the end of the transaction."""
        await self._session.execute(select(func.pg_advisory_xact_lock(_CHECKPOINT_LOCK)))

    async def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        self._session.add(LedgerCheckpointRow(**checkpoint.model_dump()))
        await self._session.flush()

    async def checkpoint(self, tree_size: int | None = None) -> Checkpoint | None:
        """The checkpoint at ``tree_size``, or the latest."""
        statement = select(LedgerCheckpointRow)
        statement = (
            statement.where(LedgerCheckpointRow.tree_size == tree_size)
            if tree_size is not None
            else statement.order_by(LedgerCheckpointRow.tree_size.desc()).limit(1)
        )
        row = await self._session.scalar(statement)
        return Checkpoint.model_validate(row, from_attributes=True) if row is not None else None

    async def checkpoint_covering(self, seq: int) -> Checkpoint | None:
        """The smallest checkpoint whose tree includes entry ``seq``."""
        row = await self._session.scalar(
            select(LedgerCheckpointRow)
            .where(LedgerCheckpointRow.tree_size >= seq)
            .order_by(LedgerCheckpointRow.tree_size)
            .limit(1)
        )
        return Checkpoint.model_validate(row, from_attributes=True) if row is not None else None

    async def checkpoints(self) -> list[Checkpoint]:
        rows = await self._session.scalars(
            select(LedgerCheckpointRow).order_by(LedgerCheckpointRow.tree_size)
        )
        return [Checkpoint.model_validate(row, from_attributes=True) for row in rows]
