"""The bytes an entry's hash covers, assembled without the generic canonicaliser (appending in
Python, verification in PostgreSQL), are exactly RFC 8785 over the entry as published; and entries
appended concurrently by several writers chain without gaps.

If the SQL assembler drifted, verification would still pass (it falls back to the slow way for an
entry whose fast bytes do not give its hash), only slowly: so these tests compare the bytes."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest

from ops.database import ServiceDatabase
from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.repositories.ledger_bytes import ENTRY_BYTES_SQL, entry_bytes, timestamp_text
from services.qa_api.repositories.outbox import OutboxRepository, RegistryNotice
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger import LedgerService
from shared.db.urls import to_asyncpg_dsn, with_database
from shared.ledger.hashing import GENESIS_HASH, canonical_json
from shared.schemas.ledger import Actor, LedgerEntry, Subjects
from tests.support.database import drop_databases, fresh_database
from tests.support.ledger import LedgerWriter, qa_database, superuser_connection

TRICKY = 'quote " backslash \\ tab \t newline \n nul-ish \x01 \x1f del \x7f é ∑ 😀 \u2028 \ue000'
MOMENTS = [
    datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),  # no microseconds: Pydantic writes none
    datetime(2026, 1, 2, 3, 4, 5, 120_000, tzinfo=UTC),  # trailing zeros are kept
    datetime(2026, 1, 2, 3, 4, 5, 5, tzinfo=UTC),
    datetime(1999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),  # the ledger records UTC only
]
SUBJECTS = [
    Subjects(),
    Subjects(institution_id=uuid.uuid4(), agency_slug=TRICKY),
    Subjects(institution_id=uuid.uuid4(), micro_credential_id=uuid.uuid4(), micro_credential_version=3),
]
PAYLOADS: list[dict[str, Any]] = [
    {},
    {"text": TRICKY, "nested": {"b": [1, 2.5, None, True, 1e-7, 1e21], "a": ""}, "big": 2**53 - 1},
    {"é": 1, "e": 2, "😀": 3, "\ue000": 4, "z": [{"y": {}, "x": []}]},
]


def _entries() -> list[LedgerEntry]:
    entries = []
    for index, (moment, subjects, payload) in enumerate(
        (moment, subjects, payload) for moment in MOMENTS for subjects in SUBJECTS for payload in PAYLOADS
    ):
        entries.append(
            LedgerEntry(
                seq=index + 1,
                recorded_at=moment,
                event_type=f"test.bytes.{TRICKY if index % 2 else 'plain'}",
                actor=Actor(
                    organisation_id=uuid.uuid4(), client_id="omc_test" + ('"\\é' if index % 3 else "")
                ),
                subjects=subjects,
                payload=payload,
                previous_hash=GENESIS_HASH if index == 0 else f"{index:064x}",
                entry_hash="",
            )
        )
    return entries


def test_the_python_assembler_gives_the_canonical_bytes_of_the_published_entry() -> None:
    for entry in _entries():
        assert timestamp_text(entry.recorded_at) == entry.hashed_body()["recorded_at"]
        assert entry_bytes(
            seq=entry.seq,
            recorded_at=entry.recorded_at,
            event_type=entry.event_type,
            actor=entry.actor,
            subjects=entry.subjects,
            payload_json=canonical_json(entry.payload),
            previous_hash=entry.previous_hash,
        ) == canonical_json(entry.hashed_body())


async def test_the_sql_assembler_gives_the_same_bytes(service_databases: list[ServiceDatabase]) -> None:
    """Over rows of the ledger's column names and types, the payload as its canonical json text."""
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_database(service_databases).url))
    try:
        for entry in _entries():
            built = await connection.fetchval(
                f"select {ENTRY_BYTES_SQL} from (select $1::bigint as seq, $2::timestamptz as recorded_at, "
                "$3::text as event_type, $4::uuid as actor_organisation_id, $5::text as actor_client_id, "
                "$6::uuid as institution_id, $7::text as agency_slug, $8::uuid as micro_credential_id, "
                "$9::int as micro_credential_version, $10::text::json as payload, "
                "$11::text as previous_hash) as row",
                entry.seq,
                entry.recorded_at,
                entry.event_type,
                entry.actor.organisation_id,
                entry.actor.client_id,
                entry.subjects.institution_id,
                entry.subjects.agency_slug,
                entry.subjects.micro_credential_id,
                entry.subjects.micro_credential_version,
                canonical_json(entry.payload).decode(),
                entry.previous_hash,
            )
            assert built == canonical_json(entry.hashed_body()), entry
    finally:
        await connection.close()


@pytest.fixture
def own_qa_url(admin_url: str, database_name: str) -> Iterator[str]:
    """A fresh database of this test's own (its ledger starts at 1; no relay reads its outbox)."""
    name = f"{database_name}_bytes"
    yield qa_database(fresh_database(admin_url, name)).url
    drop_databases(admin_url, prefix=name)


@pytest.fixture
async def ledger_writers(own_qa_url: str) -> AsyncIterator[list[LedgerWriter]]:
    writers = [LedgerWriter(own_qa_url) for _ in range(4)]
    yield writers
    for writer in writers:
        await writer.close()


def _notice(event_id: uuid.UUID, seq: int) -> RegistryNotice:
    return RegistryNotice(event_id=event_id, kind="test", path="/internal/test", payload={"seq": seq})


async def test_concurrent_appends_chain_without_gaps_and_stream_their_hashed_bytes(
    ledger_writers: list[LedgerWriter],
) -> None:
    """Four writers (own engines, as four qa_api workers) append at once, with outbox events made
    from the seq: every entry chains to the one before, each outbox row names its entry, and the
    bytes verification streams are those the hash covers (the fast path holds for every entry)."""
    marker = uuid.uuid4().hex

    async def write(writer: LedgerWriter, number: int) -> list[LedgerEntry]:
        written = []
        for n in range(15):
            async with writer.sessions.begin() as session:
                event_id = uuid.uuid4()
                entry = await LedgerRepository(session).append(
                    event_type="test.concurrent",
                    actor=Actor(organisation_id=uuid.uuid4(), client_id="omc_test_writer"),
                    subjects=Subjects(agency_slug=marker),
                    payload={"writer": number, "n": n, "text": TRICKY},
                    notice=functools.partial(_notice, event_id),
                )
            written.append(entry)
        return written

    batches = await asyncio.gather(*(write(writer, number) for number, writer in enumerate(ledger_writers)))
    mine = sorted((entry for batch in batches for entry in batch), key=lambda entry: entry.seq)
    assert len(mine) == 60

    async with ledger_writers[0].sessions() as session:
        repository = LedgerRepository(session)
        rows = [row for batch in [b async for b in repository.stream_bytes(25)] for row in batch]
        claimed = await OutboxRepository(session).claim(limit=10_000, lease=timedelta(minutes=5))
    assert len(rows) == 60
    previous = GENESIS_HASH
    for expected_seq, row in enumerate(rows, start=1):
        seq, previous_hash, stored_hash, body = row
        assert seq == expected_seq, "no gaps"
        assert previous_hash == previous, f"entry {seq} chains to the one committed before it"
        assert hashlib.sha256(body).hexdigest() == stored_hash, (
            f"entry {seq}: the streamed bytes give its hash"
        )
        previous = stored_hash
    by_seq = {row[0]: row for row in rows}
    for entry in mine:
        assert by_seq[entry.seq][2] == entry.entry_hash
        assert canonical_json(entry.hashed_body()) == by_seq[entry.seq][3]
    outbox = {event.seq: event for event in claimed}
    for entry in mine:
        assert outbox[entry.seq].payload == {"seq": entry.seq}, "the outbox row was made from its seq"


async def test_an_entry_whose_payload_text_is_not_canonical_verifies_the_slow_way(
    admin_url: str, database_name: str, own_qa_url: str
) -> None:
    """An entry written before the payload was kept as its canonical text has jsonb's rendering
    (spaces, keys by length): the same value, other bytes. Verification recomputes it from its
    content and it holds; a changed value still fails, named at its seq."""
    writer = LedgerWriter(own_qa_url)
    try:
        for n in range(3):
            await writer.append(payload={"n": n, "longer key": [1, 2], "k": {"b": None, "a": "é"}})
        superuser = await superuser_connection(with_database(admin_url, f"{database_name}_bytes"))
        try:
            await superuser.execute(
                "update qa.ledger_entries set payload = payload::jsonb::text::json where seq = 2"
            )
            rendered = await superuser.fetchval("select payload::text from qa.ledger_entries where seq = 2")
            assert rendered != canonical_json(json.loads(rendered)).decode(), "the text is not canonical"
            keys = CheckpointKeys(writer.sessions, master_key="test-master-key")
            await keys.ensure_active_key()
            service = LedgerService(writer.sessions, keys, issuer="test")
            verification = await service.verify_now()
            assert verification.valid, verification
            assert verification.entries_checked == 3

            await superuser.execute(
                "update qa.ledger_entries set payload = (payload::jsonb || '{\"n\": 7}')::json where seq = 2"
            )
            verification = await service.verify_now()
            assert not verification.valid
            assert verification.first_broken is not None
            assert verification.first_broken.seq == 2
        finally:
            await superuser.close()
    finally:
        await writer.close()
