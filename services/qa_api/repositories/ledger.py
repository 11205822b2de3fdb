"""SQL of the append-only ledger and its checkpoints. Appending takes a transaction-scoped lock, so
sequence numbers have no gaps and each entry chains to the one committed before it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import LedgerCheckpointRow, LedgerEntryRow
from services.qa_api.repositories.ledger_bytes import ENTRY_BYTES_SQL, EntryParts, digest_hex
from services.qa_api.repositories.outbox import RegistryNotice
from shared.ledger.hashing import GENESIS_HASH, canonical_json, ensure_storable
from shared.schemas.ledger import Actor, Checkpoint, LedgerEntry, Subjects

LEDGER_LOCK = 0x4F4D43_0010
_CHECKPOINT_LOCK = 0x4F4D43_0012

_LOCK_HEAD_SQL = "select seq, entry_hash from qa.ledger_lock_head($1)"
_ENTRY_VALUES = (
    "insert into qa.ledger_entries (seq, recorded_at, event_type, actor_organisation_id, "
    "actor_client_id, institution_id, agency_slug, micro_credential_id, micro_credential_version, "
    "payload, previous_hash, entry_hash) "
    "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::json, $11, $12)"
)
_INSERT_ENTRY = _ENTRY_VALUES
_STREAM_BYTES = (  # constants only, no input
    f"select seq, previous_hash, entry_hash, {ENTRY_BYTES_SQL} from qa.ledger_entries "  # noqa: S608
    "where seq > $1 order by seq limit $2"
)
# One round trip for both rows: a data-modifying CTE runs whether or not the outer query reads it.
_INSERT_ENTRY_AND_OUTBOX = (
    f"with entry as ({_ENTRY_VALUES}) "  # noqa: S608 - constants only
    "insert into qa.outbox (id, seq, kind, path, payload, attempts) "
    "values ($13, $1, $14, $15, $16::text::jsonb, 0)"
)


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
        self,
        *,
        event_type: str,
        actor: Actor,
        subjects: Subjects,
        payload: dict[str, Any],
        notice: Callable[[int], RegistryNotice] | None = None,
    ) -> LedgerEntry:
        """Add one entry at the end of the chain, inside the caller's transaction, with the outbox
        event ``notice`` makes of its seq (if any). Two statements: the lock with the chain's head
        (``qa.ledger_lock_head``, held to the end of the transaction, so concurrent appends queue and
        each chains to the one committed before it), then the entry and its outbox row together.
        Whatever does not depend on the seq, the link or the time (the payload's canonical text, the
        hashed bytes around them) is prepared before the lock, which other appends wait on."""
        ensure_storable(payload)
        payload_json = canonical_json(payload)
        parts = EntryParts.of(
            event_type=event_type, actor=actor, subjects=subjects, payload_json=payload_json
        )
        payload_text = payload_json.decode()
        driver = await self._driver_in_transaction()
        head = await driver.fetchrow(_LOCK_HEAD_SQL, LEDGER_LOCK)
        seq, previous = (head[0] + 1, head[1]) if head[0] is not None else (1, GENESIS_HASH)
        recorded_at = datetime.now(UTC)
        digest = digest_hex(parts.bytes(seq=seq, recorded_at=recorded_at, previous_hash=previous))
        entry_values = (
            seq,
            recorded_at,
            event_type,
            actor.organisation_id,
            actor.client_id,
            subjects.institution_id,
            subjects.agency_slug,
            subjects.micro_credential_id,
            subjects.micro_credential_version,
            payload_text,
            previous,
            digest,
        )
        if notice is None:
            await driver.execute(_INSERT_ENTRY, *entry_values)
        else:
            event = notice(seq)
            await driver.execute(_INSERT_ENTRY_AND_OUTBOX, *entry_values, *event.values())
        return LedgerEntry.model_construct(
            seq=seq,
            recorded_at=recorded_at,
            event_type=event_type,
            actor=actor,
            subjects=subjects,
            payload=payload,
            previous_hash=previous,
            entry_hash=digest,
        )

    async def _driver_in_transaction(self) -> Any:
        """The asyncpg connection under the session, its transaction begun: the append's two
        statements go straight to it (prepared statements, none of the ORM's per-call work). The
        session's connection begins its transaction lazily, at its first statement; if that has not
        happened yet it is begun here, through the adapter, so that the session commits it. If the
        lock were taken outside a transaction it would be released at once (and the chain could
        fork: tests/test_ledger_bytes.py appends from four writers at once)."""
        connection = await self._session.connection()
        adapter = (await connection.get_raw_connection()).dbapi_connection
        assert adapter is not None
        if adapter._transaction is None:
            await adapter._start_transaction()
        return adapter._connection

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

    async def stream_bytes(self, batch_size: int) -> AsyncIterator[list[Any]]:
        """Every entry in order, ``batch_size`` at a time, as (seq, previous_hash, entry_hash, the
        bytes its hash covers) built by PostgreSQL (:data:`ENTRY_BYTES_SQL`): what verification
        needs and nothing more, without decoding each payload into Python objects. Straight on the
        driver (records, not ORM rows), outside the session's transaction: the ledger only grows."""
        connection = await self._session.connection()
        driver = (await connection.get_raw_connection()).driver_connection
        assert driver is not None
        statement = await driver.prepare(_STREAM_BYTES)
        last = 0
        while True:
            rows: list[Any] = await statement.fetch(last, batch_size)
            if not rows:
                return
            yield rows
            last = rows[-1][0]

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
