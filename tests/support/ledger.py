"""Writing to the quality ledger the way qa_api's use cases do (LedgerRepository.append, with an
outbox event when asked, in one transaction of the service's own role), and tampering with it the
way only a database superuser could (the append-only trigger bypassed)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import asyncpg

from ops.database import ServiceDatabase
from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.repositories.outbox import OutboxRepository
from shared.db.engine import create_engine, create_session_factory
from shared.db.urls import to_asyncpg_dsn
from shared.schemas.ledger import Actor, LedgerEntry, Subjects

WRITER = Actor(organisation_id=uuid.UUID("00000000-0000-4000-8000-00000000a11e"), client_id="omc_test_writer")


def qa_database(databases: list[ServiceDatabase]) -> ServiceDatabase:
    return next(database for database in databases if database.target.schema == "qa")


class LedgerWriter:
    """Appends through qa_api's repositories on the database of ``qa_url`` (the qa role)."""

    def __init__(self, qa_url: str) -> None:
        self.engine = create_engine(qa_url, pool_size=2, application_name="omc-test-ledger")
        self.sessions = create_session_factory(self.engine)

    async def append(
        self,
        *,
        event_type: str = "test.recorded",
        subjects: Subjects | None = None,
        payload: Mapping[str, Any] | None = None,
        actor: Actor = WRITER,
        outbox: Mapping[str, Any] | None = None,
    ) -> LedgerEntry:
        """One entry, and with ``outbox`` ({event_id, kind, path, payload}) its outbox event, in one
        transaction."""
        async with self.sessions.begin() as session:
            entry = await LedgerRepository(session).append(
                event_type=event_type,
                actor=actor,
                subjects=subjects or Subjects(),
                payload=dict(payload or {}),
            )
            if outbox is not None:
                await OutboxRepository(session).add(
                    event_id=outbox["event_id"],
                    seq=entry.seq,
                    kind=outbox["kind"],
                    path=outbox["path"],
                    payload=dict(outbox["payload"]),
                )
        return entry

    async def append_many(
        self, count: int, *, payload: Mapping[str, Any] | None = None, **fields: Any
    ) -> list[LedgerEntry]:
        """``count`` entries, each its own transaction; payload ``n`` numbers them."""
        return [await self.append(payload={**(payload or {}), "n": n}, **fields) for n in range(count)]

    async def close(self) -> None:
        await self.engine.dispose()


async def superuser_connection(admin_url_of_database: str) -> asyncpg.Connection:
    """A superuser connection that bypasses triggers (``session_replication_role = replica``): what
    an attacker with full database access could do, and the hash chain must reveal."""
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url_of_database))
    await connection.execute("set session_replication_role = replica")
    return connection
