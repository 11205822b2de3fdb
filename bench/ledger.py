"""Benchmarks of the quality ledger: appending with the outbox, verifying a large ledger, and the
standing query.

    .venv/bin/python bench/ledger.py [--appends 2000] [--writers 1 2 4] [--entries 1000000]
        [--institutions 2500] [--approvals 100000] [--requests 2000] [--concurrency 8]
        [--only append verify standing] [--old-checkpoint-check]

append    Fresh databases `omc_bench_ledger_append` and `omc_bench_ledger_append_anchor`. Each event is
          one transaction of qa_api's own role, written as the designation use case writes it:
          LedgerRepository.append with the registry event made from the seq (the lock with the
          chain's head, then the entry and its outbox row in one statement). The anchor, in the
          same run: asyncpg alone with the same round trips (BEGIN, qa.ledger_lock_head, the same
          CTE insert, COMMIT), prepared statements, SHA-256 over json.dumps, no ORM or models.
          1, 2 and 4 writer processes at once (`--writers`; as that many qa_api workers would be),
          each appending `--appends` events after a warm-up; events/s over the wall time of the
          timed part, and each transaction's latency. The chain is verified afterwards.
verify    The database `omc_bench_ledger` with `--entries` entries (generated once with the
          service's hashing code, ledger_bytes.entry_bytes over payloads canonicalised by RFC 8785
          and drawn from a pool, bulk-loaded with COPY as the qa role, with a signed checkpoint
          every 10,000 entries; reused while its marker matches). First the anchor: asyncpg alone
          streaming the same bytes through a cursor and hashing each; then LedgerService.verify()
          (every hash and link, every checkpoint's root and signature), the work of signing a
          checkpoint at that size, and inclusion proofs; then GET /v1/ledger/verification on a
          qa_api process while GET /health is sent to it every 50 ms.
standing  The database `omc_bench_standing`: `--institutions` DOMCIs with two decided reviews each
          (initial and renewal: 5,000 reviews at the default), their decisions, attestations and
          designations, and `--approvals` IQAP approvals, written into qa's tables as consistent
          projections, each with its ledger entry (reused while its marker matches). qa_api runs
          as a uvicorn process (one worker, QA_LOG_LEVEL=WARNING) and GET /v1/standing is measured
          over loopback HTTP: with a micro-credential version, and for the institution alone; the
          anchor is GET /health on the same worker at the same concurrency.

Every loop is bounded by a count (and the HTTP scenarios by `--max-seconds`); only 127.0.0.1 is
contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import multiprocessing
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy.dialects.postgresql import JSONB

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from databases import database_comment, drop_database
from latency import percentile

from ops.database import ServiceDatabase, any_server, setup
from ops.supervisor import ServiceProcess, start_children, stop_children, wait_until_ready
from services.qa_api.db.tables import (
    ApprovalRow,
    AttestationRow,
    Base,
    DecisionRow,
    DesignationRow,
    LedgerCheckpointRow,
    LedgerEntryRow,
    ReviewRow,
)
from services.qa_api.repositories.ledger import LEDGER_LOCK, LedgerRepository
from services.qa_api.repositories.ledger_bytes import ENTRY_BYTES_SQL, digest_hex, entry_bytes
from services.qa_api.repositories.outbox import OutboxRepository, RegistryNotice
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger import LedgerService, checkpoint_payload
from services.qa_api.services.merkle_nodes import MerkleNodes
from shared.db.engine import create_engine, create_session_factory
from shared.db.migrations import PROJECT_ROOT, QA
from shared.db.urls import to_asyncpg_dsn, with_database
from shared.ledger.hashing import GENESIS_HASH, canonical_json, ensure_storable
from shared.ledger.merkle import leaf_hash, range_root, root, roots_at
from shared.schemas.approvals import ApprovalChecks
from shared.schemas.ledger import Actor, Subjects
from shared.schemas.organisations import DesignationEvent, DesignationStatus
from shared.signing import sign_json

HOST = "127.0.0.1"
QA_PROCESS = ServiceProcess("qa_api", "services.qa_api.main", "QA", 18202)
ISSUER = f"http://{HOST}:{QA_PROCESS.port}"  # the checkpoints' issuer: qa_api's public URL
MASTER_KEY = "bench-master-key-for-the-ledger-checkpoints"
APPEND_DATABASE = "omc_bench_ledger_append"
APPEND_ANCHOR_DATABASE = "omc_bench_ledger_append_anchor"
VERIFY_DATABASE = "omc_bench_ledger"
STANDING_DATABASE = "omc_bench_standing"
GENERATOR_VERSION = 2  # 2: payloads stored as their canonical json text, drawn from a pool
SEED = 9162
CHECKPOINT_EVERY = 10_000
COPY_BATCH = 20_000
WARM_UP = 100
ACTOR = Actor(organisation_id=uuid.UUID("6d2c0f2e-8d55-4d59-9a8e-0f3b9b8c0a01"), client_id="omc_bench_qa")
EPOCH = datetime(2021, 1, 4, 9, 0, tzinfo=UTC)


# --- shared helpers ----------------------------------------------------------------------------


def milliseconds(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} | {percentile(values, 0.99) * 1000:.1f}"


async def _mark(admin_url: str, database: str, marker: str, tables: Iterable[str]) -> None:
    """Statistics as autovacuum would leave them, then the marker that allows reuse. As the admin:
    qa_api's role does not own the (sealed) ledger table, so it may not vacuum it."""
    admin = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database)))
    try:
        for table in tables:
            await admin.execute(f"vacuum (analyze) qa.{table}")
        await admin.execute(f"comment on database \"{database}\" is '{marker}'")
    finally:
        await admin.close()


def qa_url_of(services: list[ServiceDatabase]) -> str:
    return next(service.url for service in services if service.target is QA)


def prepare(admin_url: str, database: str, marker: str | None) -> tuple[str, bool]:
    """The qa URL of ``database``, and whether it can be reused (its marker matches ``marker``)."""
    reuse = marker is not None and asyncio.run(database_comment(admin_url, database)) == marker
    if not reuse:
        asyncio.run(drop_database(admin_url, database))
    return qa_url_of(setup(admin_url, database)), reuse


def _column_names(row_class: type[Base]) -> list[str]:
    return [column.name for column in row_class.__table__.columns]


def _records(row_class: type[Base], rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows as COPY records in the table's column order; JSONB values as JSON text (a json column,
    the ledger's payload, gets its text as the row gives it). A column the table has and the row
    lacks fails here, so the generator cannot silently fall behind the schema."""
    columns = row_class.__table__.columns
    jsonb = {column.name for column in columns if isinstance(column.type, JSONB)}
    return [
        tuple(
            json.dumps(row[column.name]) if column.name in jsonb else row[column.name] for column in columns
        )
        for row in rows
    ]


async def copy_rows(
    connection: asyncpg.Connection, row_class: type[Base], rows: list[dict[str, Any]]
) -> None:
    for start in range(0, len(rows), COPY_BATCH):
        await connection.copy_records_to_table(
            row_class.__tablename__,
            schema_name="qa",
            records=_records(row_class, rows[start : start + COPY_BATCH]),
            columns=_column_names(row_class),
        )


class Chain:
    """Builds ledger entries in order with the service's own hashing code (the payload canonicalised
    once, the entry's bytes assembled by `ledger_bytes.entry_bytes`), as LedgerRepository.append does."""

    def __init__(self) -> None:
        self.previous = GENESIS_HASH
        self.seq = 0
        self.leaves: list[bytes] = []

    def add(
        self, recorded_at: datetime, event_type: str, subjects: Subjects, payload: dict[str, Any]
    ) -> dict[str, Any]:
        ensure_storable(payload)
        return self.add_canonical(recorded_at, event_type, subjects, canonical_json(payload))

    def add_canonical(
        self, recorded_at: datetime, event_type: str, subjects: Subjects, payload_json: bytes
    ) -> dict[str, Any]:
        """As :meth:`add`, the payload given as its canonical JSON."""
        self.seq += 1
        digest = digest_hex(
            entry_bytes(
                seq=self.seq,
                recorded_at=recorded_at,
                event_type=event_type,
                actor=ACTOR,
                subjects=subjects,
                payload_json=payload_json,
                previous_hash=self.previous,
            )
        )
        row = {
            "seq": self.seq,
            "recorded_at": recorded_at,
            "event_type": event_type,
            "actor_organisation_id": ACTOR.organisation_id,
            "actor_client_id": ACTOR.client_id,
            "institution_id": subjects.institution_id,
            "agency_slug": subjects.agency_slug,
            "micro_credential_id": subjects.micro_credential_id,
            "micro_credential_version": subjects.micro_credential_version,
            "payload": payload_json.decode(),  # the json column keeps the canonical text as hashed
            "previous_hash": self.previous,
            "entry_hash": digest,
        }
        self.previous = digest
        self.leaves.append(leaf_hash(digest))
        return row


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def approval_checks(rng: random.Random, designation_id: uuid.UUID, designation_seq: int) -> dict[str, Any]:
    hours = rng.choice([12, 18, 24, 30, 36, 40, 45, 60])
    return ApprovalChecks(
        qualification_type="cert",
        oqf_level=None,
        eligible_qualification_types=["cert", "app", "dip", "postdip"],
        learning_outcomes=rng.randint(3, 8),
        assessment_methods=rng.sample(["project", "exam", "portfolio", "presentation", "practical"], 2),
        instructional_hours=Decimal(hours),
        hours_outside_guideline=not 12 <= hours <= 40,
        hours_rationale="Industry certification requires it." if not 12 <= hours <= 40 else None,
        labour_market_need="Regional employers report unfilled roles in this field (LMI 2024).",
        designation_id=designation_id,
        designation_seq=designation_seq,
        metadata_sha256=f"{rng.getrandbits(256):064x}",
    ).model_dump(mode="json")


# --- append ------------------------------------------------------------------------------------


def _designation_event(rng: random.Random) -> DesignationEvent:
    return DesignationEvent(
        event_id=_uuid(rng),
        organisation_id=_uuid(rng),
        status=DesignationStatus.DESIGNATED,
        effective_from=date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000)),
        decision_reference=f"MCU decision 'designated' (bench {rng.getrandbits(32):08x})",
    )


async def _append_one(sessions: Any, rng: random.Random) -> float:
    """One event as the designation use case writes it: the entry with its registry event."""
    event = _designation_event(rng)
    payload = event.model_dump(mode="json")
    started = time.perf_counter()
    async with sessions.begin() as session:
        await LedgerRepository(session).append(
            event_type="designation.decided",
            actor=ACTOR,
            subjects=Subjects(institution_id=event.organisation_id, agency_slug="ocqas"),
            payload={"designation_id": str(event.event_id), "request": payload},
            notice=lambda seq: RegistryNotice(
                event_id=event.event_id,
                kind="designation",
                path="/internal/v1/designation-events",
                payload={**payload, "decision_reference": f"quality ledger entry {seq}"},
            ),
        )
    return time.perf_counter() - started


ANCHOR_LOCK_HEAD = "select seq, entry_hash from qa.ledger_lock_head($1)"
ANCHOR_INSERT = (
    "with entry as (insert into qa.ledger_entries (seq, recorded_at, event_type, actor_organisation_id, "
    "actor_client_id, institution_id, agency_slug, micro_credential_id, micro_credential_version, "
    "payload, previous_hash, entry_hash) values ($1, $2, $3, $4, $5, $6, $7, null, null, $8::json, $9, $10)) "
    "insert into qa.outbox (id, seq, kind, path, payload, attempts) values ($11, $1, $12, $13, $14::jsonb, 0)"
)


async def _anchor_append_one(connection: asyncpg.Connection, rng: random.Random) -> float:
    """The floor: the same round trips on asyncpg alone (BEGIN, the lock with the head, the entry
    and its outbox row in one statement, COMMIT; prepared statements), hashing json.dumps output
    with SHA-256; no ORM, no canonicaliser, no models. Its chain is not the service's (the bytes
    hashed differ), so it writes to a database of its own."""
    event = _designation_event(rng)
    payload = event.model_dump(mode="json")
    started = time.perf_counter()
    async with connection.transaction():
        head = await connection.fetchrow(ANCHOR_LOCK_HEAD, LEDGER_LOCK)
        assert head is not None  # the function returns one row, of nulls when the ledger is empty
        seq, previous = (head[0] + 1, head[1]) if head[0] is not None else (1, GENESIS_HASH)
        recorded_at = datetime.now(UTC)
        entry_payload = json.dumps({"designation_id": str(event.event_id), "request": payload})
        digest = hashlib.sha256(f"{seq}{previous}{recorded_at}{entry_payload}".encode()).hexdigest()
        outbox_payload = json.dumps({**payload, "decision_reference": f"quality ledger entry {seq}"})
        await connection.execute(
            ANCHOR_INSERT,
            seq,
            recorded_at,
            "designation.decided",
            ACTOR.organisation_id,
            ACTOR.client_id,
            event.organisation_id,
            "ocqas",
            entry_payload,
            previous,
            digest,
            event.event_id,
            "designation",
            "/internal/v1/designation-events",
            outbox_payload,
        )
    return time.perf_counter() - started


async def _writer(
    qa_url: str, count: int, index: int, barrier: Any, anchor: bool
) -> tuple[float, float, list[float]]:
    rng = random.Random(f"{SEED}-{barrier.parties}-{index}-{anchor}")  # distinct event ids in every run
    if anchor:
        connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
        try:
            for _ in range(WARM_UP):
                await _anchor_append_one(connection, rng)
            barrier.wait(timeout=120)
            started = time.time()
            latencies = [await _anchor_append_one(connection, rng) for _ in range(count)]
            return started, time.time(), latencies
        finally:
            await connection.close()
    engine = create_engine(qa_url, pool_size=1, application_name=f"omc-bench-writer-{index}")
    sessions = create_session_factory(engine)
    try:
        for _ in range(WARM_UP):
            await _append_one(sessions, rng)
        barrier.wait(timeout=120)
        started = time.time()
        latencies = [await _append_one(sessions, rng) for _ in range(count)]
        return started, time.time(), latencies
    finally:
        await engine.dispose()


def writer_process(qa_url: str, count: int, index: int, barrier: Any, results: Any, anchor: bool) -> None:
    """One writer (as one qa_api process would be): its own engine and event loop."""
    results.put(asyncio.run(_writer(qa_url, count, index, barrier, anchor)))


def run_writers(qa_url: str, writers: int, count: int, *, anchor: bool = False) -> tuple[float, list[float]]:
    """``writers`` processes appending ``count`` events each; (events/s, latencies)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(writers)
    results = context.Queue()
    processes = [
        context.Process(target=writer_process, args=(qa_url, count, index, barrier, results, anchor))
        for index in range(writers)
    ]
    for process in processes:
        process.start()
    outcomes: list[tuple[float, float, list[float]]] = []
    for _ in range(600):  # at most ten minutes
        while not results.empty() and len(outcomes) < writers:
            outcomes.append(results.get())
        if len(outcomes) == writers:
            break
        if any(process.exitcode not in (None, 0) for process in processes):
            barrier.abort()
            raise SystemExit("a writer failed (see above)")
        time.sleep(1)
    else:
        raise SystemExit("the writers did not finish within ten minutes")
    for process in processes:
        process.join(timeout=60)
        if process.exitcode != 0:
            raise SystemExit(f"a writer failed (exit code {process.exitcode})")
    started = min(outcome[0] for outcome in outcomes)
    ended = max(outcome[1] for outcome in outcomes)
    latencies = [latency for outcome in outcomes for latency in outcome[2]]
    return len(latencies) / (ended - started), latencies


async def _check_append_database(qa_url: str) -> tuple[int, int]:
    engine = create_engine(qa_url, pool_size=2)
    try:
        sessions = create_session_factory(engine)
        keys = CheckpointKeys(sessions, master_key=MASTER_KEY)
        await keys.ensure_active_key()
        service = LedgerService(sessions, keys, issuer=ISSUER)
        verification = await service.verify()
        if not verification.valid:
            raise SystemExit(f"the appended chain does not verify: {verification}")
        async with sessions() as session:
            counts = await OutboxRepository(session).counts()
        return verification.entries_checked, counts["pending"]
    finally:
        await engine.dispose()


def bench_append(admin_url: str, arguments: argparse.Namespace) -> list[str]:
    qa_url, _ = prepare(admin_url, APPEND_DATABASE, None)
    anchor_url, _ = prepare(admin_url, APPEND_ANCHOR_DATABASE, None)
    rows = []
    for writers in arguments.writers:
        rate, latencies = run_writers(qa_url, writers, arguments.appends)
        anchor_rate, anchor_latencies = run_writers(anchor_url, writers, arguments.appends, anchor=True)
        label = f"{writers} writer{'s' if writers > 1 else ''} x {arguments.appends:,} transactions"
        rows.append(f"| {label}: the service's append | {rate:,.0f} | {milliseconds(latencies)} | |")
        rows.append(
            f"| {label}: asyncpg alone, same round trips (anchor) | {anchor_rate:,.0f} "
            f"| {milliseconds(anchor_latencies)} | {anchor_rate / rate:.2f}x |"
        )
        print("\n".join(rows[-2:]), f"(load average {_load()})", file=sys.stderr, flush=True)
    entries, outbox = asyncio.run(_check_append_database(qa_url))
    expected = sum(arguments.writers) * (arguments.appends + WARM_UP)
    if entries != expected or outbox != expected:
        raise SystemExit(f"expected {expected} entries and outbox events, found {entries} and {outbox}")
    rows.append(
        f"| (afterwards: {entries:,} entries, gapless chain verified, {outbox:,} outbox events) | | | | |"
    )
    return rows


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


# --- verify ------------------------------------------------------------------------------------

EVENT_MIX = [  # (event type, weight): approvals dominate a mature ledger
    ("approval.recorded", 80),
    ("partnership.reviewed", 8),
    ("review.opened", 2),
    ("review.desk_review_recorded", 2),
    ("review.panel_report_recorded", 2),
    ("review.decided", 2),
    ("decision.condition_updated", 1),
    ("designation.attested", 1),
    ("designation.decided", 2),
]


PAYLOAD_POOL = 2000  # distinct payloads per event type, canonicalised once each


def _mixed_payload(rng: random.Random, event_type: str, on: date) -> dict[str, Any]:
    if event_type == "approval.recorded":
        return {
            "approval_id": str(_uuid(rng)),
            "approved_on": on.isoformat(),
            "reviewer": "Office of Academic Quality",
            "notes": None,
            "checks": approval_checks(rng, _uuid(rng), rng.randint(1, 100_000)),
        }
    if event_type == "partnership.reviewed":
        return {
            "partnership_id": str(_uuid(rng)),
            "partner_id": str(_uuid(rng)),
            "program": "Applied data literacy for supply chains",
            "mode": rng.choice(["joint_delivery", "delivery_by_partner"]),
            "outcome": "approved",
            "findings": {"quality_standards": "met", "learner_protection": "met", "records": "met"},
        }
    return {
        "review_id": str(_uuid(rng)),
        "request": {
            "on": on.isoformat(),
            "summary": "The IQAP meets the standard for micro-credentials; see the panel's report.",
            "reviewers": ["A. Reviewer", "B. Reviewer"],
        },
    }


def _payload_pool(rng: random.Random) -> dict[str, list[bytes]]:
    """Canonical payloads to draw from: RFC 8785 in pure Python costs most of an entry's generation
    (about 0.1 ms a payload), and entries that share a payload still differ in seq, link and time,
    so every hash differs and verification does the same work per entry."""
    days = [EPOCH.date() + timedelta(days=day) for day in range(0, 5 * 365, 7)]
    return {
        event_type: [
            canonical_json(_mixed_payload(rng, event_type, rng.choice(days))) for _ in range(PAYLOAD_POOL)
        ]
        for event_type, _ in EVENT_MIX
    }


def _mixed_entry(
    rng: random.Random, chain: Chain, recorded_at: datetime, event_type: str, pool: dict[str, list[bytes]]
) -> dict[str, Any]:
    institution = _uuid(rng)
    if event_type == "approval.recorded":
        subjects = Subjects(
            institution_id=institution,
            micro_credential_id=_uuid(rng),
            micro_credential_version=rng.randint(1, 3),
        )
    elif event_type == "partnership.reviewed":
        subjects = Subjects(institution_id=institution)
    else:
        subjects = Subjects(
            institution_id=institution, agency_slug=rng.choice(["ocqas", "oucqa", "peqab", "iiqab"])
        )
    return chain.add_canonical(recorded_at, event_type, subjects, rng.choice(pool[event_type]))


def _verify_marker(entries: int) -> str:
    return f"omc-bench-ledger generator={GENERATOR_VERSION} seed={SEED} entries={entries} complete"


async def _generate_ledger(qa_url: str, entries: int) -> None:
    rng = random.Random(SEED)
    types = [event_type for event_type, _ in EVENT_MIX]
    weights = [weight for _, weight in EVENT_MIX]
    spacing = (5 * 365 * 86_400) / entries  # five years of activity
    chain = Chain()
    pool = _payload_pool(rng)
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
    started = time.perf_counter()
    try:
        batch: list[dict[str, Any]] = []
        for index in range(entries):
            recorded_at = EPOCH + timedelta(seconds=index * spacing, microseconds=rng.randint(0, 999_999))
            batch.append(_mixed_entry(rng, chain, recorded_at, rng.choices(types, weights)[0], pool))
            if len(batch) == COPY_BATCH:
                await copy_rows(connection, LedgerEntryRow, batch)
                batch.clear()
                print(
                    f"  {chain.seq:,} entries ({chain.seq / (time.perf_counter() - started):,.0f}/s)",
                    file=sys.stderr,
                    flush=True,
                )
        await copy_rows(connection, LedgerEntryRow, batch)
    finally:
        await connection.close()
    await _sign_checkpoints(qa_url, chain, entries, spacing)


async def _sign_checkpoints(qa_url: str, chain: Chain, entries: int, spacing: float) -> None:
    """A checkpoint every CHECKPOINT_EVERY entries, signed with the service's own key."""
    engine = create_engine(qa_url, pool_size=1)
    try:
        sessions = create_session_factory(engine)
        keys = CheckpointKeys(sessions, master_key=MASTER_KEY)
        await keys.ensure_active_key()
        key = await keys.signing_key()
        sizes = list(range(CHECKPOINT_EVERY, entries + 1, CHECKPOINT_EVERY)) or [entries]
        roots = roots_at(chain.leaves, sizes)
        rows = []
        for size in sizes:
            signed_at = EPOCH + timedelta(seconds=size * spacing + 60)
            root_hash = roots[size].hex()
            rows.append(
                {
                    "tree_size": size,
                    "root_hash": root_hash,
                    "signed_at": signed_at,
                    "kid": key.kid,
                    "signature": sign_json(checkpoint_payload(size, root_hash, signed_at, ISSUER), key),
                }
            )
        connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
        try:
            await copy_rows(connection, LedgerCheckpointRow, rows)
        finally:
            await connection.close()
    finally:
        await engine.dispose()


async def _read_and_hash_floor(qa_url: str) -> tuple[int, float]:
    """The anchor of verification: asyncpg alone streaming the bytes each hash covers (the same
    expression, a cursor with a large prefetch) and SHA-256 over each; no chain, no checkpoints."""
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
    try:
        count = 0
        started = time.perf_counter()
        async with connection.transaction():
            query = (  # constants only
                f"select seq, previous_hash, entry_hash, {ENTRY_BYTES_SQL} "  # noqa: S608
                "from qa.ledger_entries order by seq"
            )
            async for row in connection.cursor(query, prefetch=10_000):
                hashlib.sha256(row[3]).hexdigest()
                count += 1
        return count, time.perf_counter() - started
    finally:
        await connection.close()


async def _time_verify(qa_url: str, entries: int, old_check: bool) -> list[str]:
    floor_count, floor_seconds = await _read_and_hash_floor(qa_url)
    engine = create_engine(qa_url, pool_size=2)
    try:
        sessions = create_session_factory(engine)
        keys = CheckpointKeys(sessions, master_key=MASTER_KEY)
        service = LedgerService(sessions, keys, issuer=ISSUER)
        started = time.perf_counter()
        verification = await service.verify()
        seconds = time.perf_counter() - started
        if not verification.valid or verification.entries_checked != entries:
            raise SystemExit(f"the generated ledger does not verify: {verification}")
        rows = [
            f"| LedgerService.verify(): {entries:,} entries, {verification.checkpoints_checked} checkpoints "
            f"| {seconds:.1f} s | {entries / seconds:,.0f} entries/s |",
            f"| anchor: asyncpg alone reading the same bytes and hashing each (no chain, no checkpoints) "
            f"| {floor_seconds:.1f} s | {floor_count / floor_seconds:,.0f} entries/s |",
            f"| (load average {_load()}) | | |",
        ]
        print("\n".join(rows), file=sys.stderr, flush=True)

        nodes = MerkleNodes(sessions)
        started = time.perf_counter()
        tree_root = await range_root(0, entries, nodes.perfect)
        root_cold = time.perf_counter() - started
        started = time.perf_counter()
        if await range_root(0, entries, nodes.perfect) != tree_root:
            raise SystemExit("the memoised root differs")
        root_warm = time.perf_counter() - started
        rows.append(
            f"| a new checkpoint's Merkle root at {entries:,} entries (`MerkleNodes`): cold / memoised "
            f"| {root_cold:.1f} s | {root_warm * 1000:.1f} ms |"
        )
        print(rows[-1], file=sys.stderr, flush=True)

        rng = random.Random(SEED)
        proof_seconds = []
        for seq in rng.sample(range(1, entries + 1), 21):
            started = time.perf_counter()
            proof = await service.proof(seq, None)
            proof_seconds.append(time.perf_counter() - started)
            if proof.checkpoint.tree_size < seq:
                raise SystemExit("a proof against a checkpoint that does not cover the entry")
        warm = proof_seconds[1:]
        rows.append(
            f"| LedgerService.proof(): the first after start-up (reads and hashes the subtrees it needs) "
            f"| {proof_seconds[0] * 1000:.0f} ms | |"
        )
        rows.append(
            f"| LedgerService.proof(): the next 20, other entries (subtree roots memoised) "
            f"| {statistics.median(warm) * 1000:.1f} ms (median) | up to {max(warm) * 1000:.1f} ms |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
        if old_check:
            sizes = [checkpoint.tree_size for checkpoint in await _checkpoints(sessions)]
            started = time.perf_counter()
            async with sessions() as session:
                hashes = await LedgerRepository(session).hashes_between(1, entries)
            for size in sizes:  # what verify() did per checkpoint before roots_at: leaves and tree anew
                if root([leaf_hash(value) for value in hashes[:size]]) == tree_root and size != entries:
                    raise SystemExit("two sizes with one root")
            seconds = time.perf_counter() - started
            rows.append(
                f"| (the checkpoint check as it was: a full Merkle tree per checkpoint, {len(sizes)} "
                "checkpoints) "
                f"| +{seconds:.1f} s | |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
        return rows
    finally:
        await engine.dispose()


async def _checkpoints(sessions: Any) -> list[Any]:
    async with sessions() as session:
        return await LedgerRepository(session).checkpoints()


def bench_verify(admin_url: str, arguments: argparse.Namespace) -> list[str]:
    marker = _verify_marker(arguments.entries)
    qa_url, reuse = prepare(admin_url, VERIFY_DATABASE, marker)
    if not reuse:
        started = time.perf_counter()
        asyncio.run(_generate_ledger(qa_url, arguments.entries))
        asyncio.run(_mark(admin_url, VERIFY_DATABASE, marker, ["ledger_entries", "ledger_checkpoints"]))
        print(f"generated {VERIFY_DATABASE} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    rows = asyncio.run(_time_verify(qa_url, arguments.entries, arguments.old_checkpoint_check))
    children = start_children([QA_PROCESS], _qa_environment(qa_url), HOST)
    try:
        if not wait_until_ready(children, HOST):
            raise SystemExit("qa_api did not become ready")
        rows += asyncio.run(_verify_over_http(arguments.entries))
    finally:
        stop_children(children)
    return rows


async def _verify_over_http(entries: int) -> list[str]:
    """GET /v1/ledger/verification, and meanwhile GET /health on the same worker every 50 ms: how
    long other requests wait while a verification runs."""
    base = f"http://{HOST}:{QA_PROCESS.port}"
    async with httpx.AsyncClient(base_url=base, timeout=900) as client:
        idle: list[float] = []
        for _ in range(200):
            started = time.perf_counter()
            (await client.get("/health")).raise_for_status()
            idle.append(time.perf_counter() - started)
            await asyncio.sleep(0.01)

        async def verification() -> tuple[float, dict[str, Any]]:
            started = time.perf_counter()
            response = (await client.get("/v1/ledger/verification")).raise_for_status()
            return time.perf_counter() - started, response.json()

        running = asyncio.create_task(verification())
        during: list[float] = []
        for _ in range(100_000):  # bounded; ends with the verification
            if running.done():
                break
            started = time.perf_counter()
            (await client.get("/health")).raise_for_status()
            during.append(time.perf_counter() - started)
            await asyncio.sleep(0.05)
        seconds, body = await running
    if not body["valid"] or body["entries_checked"] != entries:
        raise SystemExit(f"the verification over HTTP failed: {body}")
    rows = [
        f"| GET /v1/ledger/verification over HTTP ({entries:,} entries) | {seconds:.1f} s "
        f"| {entries / seconds:,.0f} entries/s |",
        f"| GET /health on that worker meanwhile: p50 / p99 / max ms (idle: {milliseconds(idle)}) "
        f"| {milliseconds(during)} | {max(during) * 1000:.0f} |",
    ]
    print("\n".join(rows), file=sys.stderr, flush=True)
    return rows


def _qa_environment(qa_url: str) -> dict[str, str]:
    """qa_api as `make run` starts it (one uvicorn worker), on a bench database."""
    return {
        "PYTHONPATH": str(PROJECT_ROOT),
        "QA_DATABASE_URL": qa_url,
        "QA_PUBLIC_URL": ISSUER,
        "QA_MASTER_KEY": MASTER_KEY,
        "QA_LOG_LEVEL": "WARNING",
        "QA_CHECKPOINT_INTERVAL_SECONDS": "0",
    }


# --- standing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    institution_id: uuid.UUID
    micro_credential_id: uuid.UUID | None
    version: int | None
    on: date


def _standing_marker(institutions: int, approvals: int) -> str:
    return (
        f"omc-bench-standing generator={GENERATOR_VERSION} seed={SEED} "
        f"institutions={institutions} approvals={approvals} complete"
    )


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 28_800))


def _standing_events(
    rng: random.Random, institutions: int, approvals: int
) -> Iterator[tuple[datetime, str, dict[str, Any]]]:
    """(when, what, facts) for every DOMCI's history, unordered; the caller sorts and chains them."""
    per_institution = [
        approvals // institutions + (1 if i < approvals % institutions else 0) for i in range(institutions)
    ]
    for count in per_institution:
        institution = _uuid(rng)
        agency = "ocqas"
        initial_submitted = _day(rng, date(2019, 1, 7), date(2019, 4, 30))
        initial_decided = initial_submitted + timedelta(days=rng.randint(90, 150))
        term_start = initial_decided
        term_end = date(term_start.year + 6, term_start.month, min(term_start.day, 28))
        renewal_submitted = term_end - timedelta(days=rng.randint(150, 240))
        renewal_decided = renewal_submitted + timedelta(days=rng.randint(60, 120))
        reviews = [
            ("initial", initial_submitted, initial_decided, term_start, term_end),
            (
                "renewal",
                renewal_submitted,
                renewal_decided,
                term_end,
                date(term_end.year + 6, term_end.month, term_end.day),
            ),
        ]
        decision_ids = []
        for cycle, submitted, decided, start, end in reviews:
            review_id, decision_id = _uuid(rng), _uuid(rng)
            decision_ids.append(decision_id)
            facts = {"institution": institution, "agency": agency, "review_id": review_id, "cycle": cycle}
            yield _moment(submitted, rng), "review.opened", {**facts, "submitted_on": submitted}
            yield (
                _moment(decided, rng),
                "review.decided",
                {**facts, "decision_id": decision_id, "decided_on": decided, "term": (start, end)},
            )
        attested = initial_decided + timedelta(days=rng.randint(5, 30))
        attestation_id, designation_id = _uuid(rng), _uuid(rng)
        yield (
            _moment(attested, rng),
            "designation.attested",
            {
                "institution": institution,
                "agency": agency,
                "attestation_id": attestation_id,
                "decision_id": decision_ids[0],
                "on": attested,
            },
        )
        designated = max(date(2020, 1, 1), attested + timedelta(days=rng.randint(10, 40)))
        yield (
            _moment(designated, rng),
            "designation.decided",
            {
                "institution": institution,
                "agency": agency,
                "designation_id": designation_id,
                "decision_id": decision_ids[0],
                "attestation_id": attestation_id,
                "from": designated,
            },
        )
        for _ in range(count):
            approved = _day(rng, designated + timedelta(days=14), date(2026, 10, 30))
            yield (
                _moment(approved, rng),
                "approval.recorded",
                {
                    "institution": institution,
                    "designation_id": designation_id,
                    "approval_id": _uuid(rng),
                    "micro_credential_id": _uuid(rng),
                    "version": rng.choices([1, 2, 3], [80, 15, 5])[0],
                    "approved_on": approved,
                },
            )


async def _generate_standing(qa_url: str, institutions: int, approvals: int) -> None:
    rng = random.Random(SEED)
    events = sorted(_standing_events(rng, institutions, approvals), key=lambda item: item[0])
    chain = Chain()
    tables: dict[type[Base], list[dict[str, Any]]] = {
        LedgerEntryRow: [],
        ReviewRow: [],
        DecisionRow: [],
        AttestationRow: [],
        DesignationRow: [],
        ApprovalRow: [],
    }
    reviews: dict[uuid.UUID, dict[str, Any]] = {}
    designation_seqs: dict[uuid.UUID, int] = {}
    for when, kind, facts in events:
        institution, agency = facts["institution"], facts.get("agency")
        if kind == "review.opened":
            submission = {
                "standard": {"summary": "Our IQAP reviews every micro-credential against the framework."},
                "benchmarks": {"learning_outcomes": "met", "assessment": "met", "hours": "met"},
            }
            payload: dict[str, Any] = {
                "review_id": str(facts["review_id"]),
                "request": {
                    "institution_id": str(institution),
                    "cycle": facts["cycle"],
                    "submitted_on": facts["submitted_on"].isoformat(),
                    "submission": submission,
                },
            }
            entry = chain.add(when, kind, Subjects(institution_id=institution, agency_slug=agency), payload)
            review = {
                "id": facts["review_id"],
                "institution_id": institution,
                "agency_slug": agency,
                "cycle": facts["cycle"],
                "status": "decided",
                "submission": submission,
                "desk_review": {"reviewed_on": facts["submitted_on"].isoformat(), "summary": "Complete."},
                "panel": {"summary": "All benchmarks met."},
                "submitted_on": facts["submitted_on"],
                "opened_seq": entry["seq"],
                "last_seq": entry["seq"],
                "updated_at": when,
            }
            reviews[facts["review_id"]] = review
            tables[ReviewRow].append(review)
        elif kind == "review.decided":
            start, end = facts["term"]
            request = {
                "outcome": "endorsed",
                "decided_on": facts["decided_on"].isoformat(),
                "term_start": start.isoformat(),
                "term_end": end.isoformat(),
                "conditions": [],
            }
            payload = {
                "review_id": str(facts["review_id"]),
                "request": request,
                "decision_id": str(facts["decision_id"]),
            }
            entry = chain.add(when, kind, Subjects(institution_id=institution, agency_slug=agency), payload)
            reviews[facts["review_id"]]["last_seq"] = entry["seq"]
            reviews[facts["review_id"]]["updated_at"] = when
            tables[DecisionRow].append(
                {
                    "id": facts["decision_id"],
                    "review_id": facts["review_id"],
                    "institution_id": institution,
                    "agency_slug": agency,
                    "outcome": "endorsed",
                    "decided_on": facts["decided_on"],
                    "term_start": start,
                    "term_end": end,
                    "conditions": [],
                    "status": "in_force",
                    "superseded_by_seq": None,
                    "supersession": None,
                    "seq": entry["seq"],
                }
            )
        elif kind == "designation.attested":
            statement = "Our IQAP for micro-credentials was endorsed by our EQAA; we attest to it."
            request = {
                "decision_id": str(facts["decision_id"]),
                "attested_on": facts["on"].isoformat(),
                "statement": statement,
            }
            payload = {"attestation_id": str(facts["attestation_id"]), "request": request}
            entry = chain.add(when, kind, Subjects(institution_id=institution, agency_slug=agency), payload)
            tables[AttestationRow].append(
                {
                    "id": facts["attestation_id"],
                    "institution_id": institution,
                    "decision_id": facts["decision_id"],
                    "attested_on": facts["on"],
                    "statement": statement,
                    "seq": entry["seq"],
                }
            )
        elif kind == "designation.decided":
            reason = "Endorsed IQAP attested; designated a DOMCI."
            request = {
                "institution_id": str(institution),
                "status": "designated",
                "effective_from": facts["from"].isoformat(),
                "effective_until": None,
                "decision_id": str(facts["decision_id"]),
                "attestation_id": str(facts["attestation_id"]),
                "reason": reason,
            }
            payload = {"designation_id": str(facts["designation_id"]), "request": request}
            entry = chain.add(when, kind, Subjects(institution_id=institution, agency_slug=agency), payload)
            designation_seqs[facts["designation_id"]] = entry["seq"]
            tables[DesignationRow].append(
                {
                    "id": facts["designation_id"],
                    "institution_id": institution,
                    "status": "designated",
                    "effective_from": facts["from"],
                    "effective_until": None,
                    "decision_id": facts["decision_id"],
                    "attestation_id": facts["attestation_id"],
                    "reason": reason,
                    "seq": entry["seq"],
                }
            )
        else:
            checks = approval_checks(rng, facts["designation_id"], designation_seqs[facts["designation_id"]])
            reviewer = "Office of Academic Quality"
            payload = {
                "approval_id": str(facts["approval_id"]),
                "approved_on": facts["approved_on"].isoformat(),
                "reviewer": reviewer,
                "notes": None,
                "checks": checks,
            }
            subjects = Subjects(
                institution_id=institution,
                micro_credential_id=facts["micro_credential_id"],
                micro_credential_version=facts["version"],
            )
            entry = chain.add(when, kind, subjects, payload)
            tables[ApprovalRow].append(
                {
                    "id": facts["approval_id"],
                    "institution_id": institution,
                    "micro_credential_id": facts["micro_credential_id"],
                    "version": facts["version"],
                    "approved_on": facts["approved_on"],
                    "reviewer": reviewer,
                    "checks": checks,
                    "seq": entry["seq"],
                }
            )
        tables[LedgerEntryRow].append(entry)
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
    try:
        async with connection.transaction():
            for row_class, rows in tables.items():  # in foreign-key order
                await copy_rows(connection, row_class, rows)
    finally:
        await connection.close()


async def _probes(qa_url: str, count: int) -> tuple[list[Probe], list[Probe]]:
    """Approved versions asked about on a day after their approval, and institutions alone."""
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_url))
    try:
        approvals = await connection.fetch(
            "select institution_id, micro_credential_id, version, approved_on from qa.approvals order by id"
        )
        institutions = await connection.fetch(
            "select institution_id, effective_from from qa.designations order by institution_id"
        )
    finally:
        await connection.close()
    rng = random.Random(SEED)
    last = date(2026, 11, 1)
    with_version = [
        Probe(
            row["institution_id"],
            row["micro_credential_id"],
            row["version"],
            _day(rng, row["approved_on"], last),
        )
        for row in rng.sample(approvals, min(count, len(approvals)))
    ]
    alone = [
        Probe(row["institution_id"], None, None, _day(rng, row["effective_from"], last))
        for row in rng.sample(institutions, min(count, len(institutions)))
    ]
    return with_version, alone


def _path(probe: Probe) -> str:
    path = f"/v1/standing?institution={probe.institution_id}&on={probe.on.isoformat()}"
    if probe.micro_credential_id is not None:
        path += f"&micro_credential={probe.micro_credential_id}&version={probe.version}"
    return path


async def _measure(
    paths: list[str], *, total: int, concurrency: int, max_seconds: float
) -> tuple[float, list[float]]:
    """``total`` GETs cycling over ``paths``, ``concurrency`` at a time, after a warm-up; each must be
    200 with `valid` true (but /health, the anchor)."""
    base = f"http://{HOST}:{QA_PROCESS.port}"
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:

        async def send(index: int) -> None:
            path = paths[index % len(paths)]
            started = time.perf_counter()
            response = await client.get(path)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200 or (path != "/health" and response.json()["valid"] is not True):
                raise SystemExit(f"{path}: {response.status_code} {response.text[:400]}")

        for index in range(WARM_UP):
            await send(index)
        latencies.clear()
        counter = iter(range(total))
        started = time.perf_counter()
        deadline = started + max_seconds

        async def worker() -> None:
            for index in counter:
                if time.perf_counter() > deadline:
                    return
                await send(index)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies


async def _check_answer(path: str, chain_length: int) -> None:
    async with httpx.AsyncClient(base_url=f"http://{HOST}:{QA_PROCESS.port}", timeout=30) as client:
        body = (await client.get(path)).raise_for_status().json()
    if not body["valid"] or len(body["chain"]) != chain_length:
        raise SystemExit(f"unexpected standing for {path}: {json.dumps(body)[:600]}")


def bench_standing(admin_url: str, arguments: argparse.Namespace) -> list[str]:
    marker = _standing_marker(arguments.institutions, arguments.approvals)
    qa_url, reuse = prepare(admin_url, STANDING_DATABASE, marker)
    if not reuse:
        started = time.perf_counter()
        asyncio.run(_generate_standing(qa_url, arguments.institutions, arguments.approvals))
        tables = ["ledger_entries", "reviews", "decisions", "attestations", "designations", "approvals"]
        asyncio.run(_mark(admin_url, STANDING_DATABASE, marker, tables))
        print(f"generated {STANDING_DATABASE} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with_version, alone = asyncio.run(_probes(qa_url, 500))
    children = start_children([QA_PROCESS], _qa_environment(qa_url), HOST)
    rows = []
    try:
        if not wait_until_ready(children, HOST):
            raise SystemExit("qa_api did not become ready")
        asyncio.run(_check_answer(_path(with_version[0]), 3))
        asyncio.run(_check_answer(_path(alone[0]), 2))
        for name, paths in (
            (
                "GET /v1/standing (institution, micro-credential version, date)",
                [_path(p) for p in with_version],
            ),
            ("GET /v1/standing (institution, date)", [_path(p) for p in alone]),
            ("anchor: GET /health on the same worker, same concurrency", ["/health"]),
        ):
            rate, latencies = asyncio.run(
                _measure(
                    paths,
                    total=arguments.requests,
                    concurrency=arguments.concurrency,
                    max_seconds=arguments.max_seconds,
                )
            )
            rows.append(f"| {name} | {rate:,.0f} | {milliseconds(latencies)} |")
            print(rows[-1], f"(load average {_load()})", file=sys.stderr, flush=True)
    finally:
        stop_children(children)
    return rows


# --- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--appends", type=int, default=2000, help="timed transactions per writer")
    parser.add_argument(
        "--writers", type=int, nargs="+", default=[1, 2, 4], help="concurrent writer processes, per run"
    )
    parser.add_argument("--entries", type=int, default=1_000_000, help="size of the ledger to verify")
    parser.add_argument("--institutions", type=int, default=2500, help="DOMCIs (two reviews each)")
    parser.add_argument("--approvals", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000, help="per standing scenario")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=60, help="per standing scenario")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["append", "verify", "standing"],
        default=["append", "verify", "standing"],
    )
    parser.add_argument(
        "--old-checkpoint-check", action="store_true", help="also time a full Merkle tree per checkpoint"
    )
    arguments = parser.parse_args()
    if min(arguments.appends, *arguments.writers, arguments.entries, arguments.requests) < 1:
        raise SystemExit("counts must be positive")

    output: list[str] = []
    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        if "append" in arguments.only:
            output += [
                "",
                "| appending (ledger entry + outbox event per transaction) | events/s | p50 ms | p99 ms "
                "| anchor / service |",
            ]
            output += ["| --- | ---: | ---: | ---: | ---: |", *bench_append(admin_url, arguments)]
        if "verify" in arguments.only:
            output += [
                "",
                "| verifying | time | rate |",
                "| --- | ---: | ---: |",
                *bench_verify(admin_url, arguments),
            ]
        if "standing" in arguments.only:
            output += [
                "",
                f"{arguments.institutions:,} DOMCIs, {2 * arguments.institutions:,} reviews, "
                f"{arguments.approvals:,} approvals; {arguments.requests} requests per scenario, "
                f"{arguments.concurrency} concurrent; one uvicorn worker",
                "",
                "| standing query | requests/s | p50 ms | p99 ms |",
                "| --- | ---: | ---: | ---: |",
                *bench_standing(admin_url, arguments),
            ]
    print(f"\ncpus: {os.cpu_count()}")
    print("\n".join(output))


if __name__ == "__main__":
    main()
