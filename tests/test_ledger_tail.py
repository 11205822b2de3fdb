"""The ledger's tail: a signed checkpoint covers every entry within QA_CHECKPOINT_INTERVAL_SECONDS,
timed from the newest checkpoint in the database (so a qa_api restarted more often than the interval
still signs, and two qa_apis sign once), and a superuser who rewrites the newest entry with its hash
recomputed is caught, and named, once a checkpoint covers it.

Each test has a database and qa_apis of its own (the platform's qa_api signs on request only)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest
import structlog
from pydantic import SecretStr

from ops.local_servers import RunningServer, bound_socket, start_server
from services.qa_api.config import QaSettings
from services.qa_api.main import create_app as create_qa
from services.qa_api.main import seal_tail_until_stopped
from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger import LedgerService
from shared.db.engine import create_engine, create_session_factory
from shared.db.urls import with_database
from shared.ledger.hashing import entry_hash
from shared.schemas.ledger import Checkpoint, LedgerEntry
from tests.conftest import TEST_MASTER_KEY
from tests.support.database import drop_databases, fresh_database
from tests.support.ledger import LedgerWriter, qa_database, superuser_connection
from tests.support.platform import Platform

WAIT_SECONDS = 60.0  # generous: the machine may be busy; the waits end as soon as the condition holds


@dataclass(frozen=True)
class OwnDatabase:
    admin_url: str  # a superuser's URL of this database
    qa_url: str  # qa_api's own role


@pytest.fixture
def own_database(admin_url: str, database_name: str, request: pytest.FixtureRequest) -> Iterator[OwnDatabase]:
    """A fresh, migrated database for this test."""
    name = f"{database_name}_tail_{request.node.name.removeprefix('test_')[:20]}"
    databases = fresh_database(admin_url, name)
    yield OwnDatabase(with_database(admin_url, name), qa_database(databases).url)
    drop_databases(admin_url, prefix=name)


@pytest.fixture
async def qa_apis(platform: Platform) -> AsyncIterator[Callable[[OwnDatabase, float], RunningServer]]:
    """Starts qa_apis on a database with a checkpoint interval; all are stopped at the end."""
    started: list[RunningServer] = []

    def start(database: OwnDatabase, interval: float) -> RunningServer:
        settings: QaSettings = platform.qa.model_copy(
            update={
                "database_url": SecretStr(database.qa_url),
                "registry_client_id": None,
                "registry_client_secret": None,
                "checkpoint_interval_seconds": interval,
            }
        )
        server = start_server("qa_api (tail)", create_qa(settings), bound_socket())
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


async def _checkpoints(writer: LedgerWriter) -> list[Checkpoint]:
    async with writer.sessions() as session:
        return await LedgerRepository(session).checkpoints()


async def _wait_for_checkpoint_covering(writer: LedgerWriter, seq: int) -> Checkpoint:
    deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
    while True:
        checkpoints = await _checkpoints(writer)
        if checkpoints and checkpoints[-1].tree_size >= seq:
            return checkpoints[-1]
        assert asyncio.get_running_loop().time() < deadline, f"no checkpoint covers {seq}: {checkpoints}"
        await asyncio.sleep(0.1)


async def test_a_qa_api_signs_at_once_when_the_newest_checkpoint_in_the_database_is_due(
    platform: Platform, own_database: OwnDatabase, qa_apis: Callable[[OwnDatabase, float], RunningServer]
) -> None:
    """Entries and no checkpoint: two qa_apis just (re)started with an hour's interval sign at once,
    because the clock is the database's newest checkpoint, not the process's start (a qa_api
    restarted every 30 s signs too); side by side they sign one checkpoint, not two."""
    writer = LedgerWriter(own_database.qa_url)
    try:
        written = await writer.append_many(3, event_type="test.tail.restart")
        servers = [qa_apis(own_database, 3600), qa_apis(own_database, 3600)]
        checkpoint = await _wait_for_checkpoint_covering(writer, written[-1].seq)
        assert checkpoint.tree_size == written[-1].seq
        assert [item.tree_size for item in await _checkpoints(writer)] == [written[-1].seq]
        verification = (await platform.http.get(f"{servers[0].url}/v1/ledger/verification")).json()
        assert verification["valid"] is True, verification
    finally:
        await writer.close()


async def test_a_rewritten_newest_entry_is_caught_and_named_once_a_checkpoint_covers_it(
    platform: Platform, own_database: OwnDatabase, qa_apis: Callable[[OwnDatabase, float], RunningServer]
) -> None:
    """With a 1 s interval every entry is soon under a checkpoint; the newest entry then rewritten
    with its hash recomputed (nothing chains to it) breaks that checkpoint, which names it."""
    writer = LedgerWriter(own_database.qa_url)
    server = qa_apis(own_database, 1)
    try:
        first = await writer.append(event_type="test.tail.first", payload={"outcome": "endorsed"})
        await _wait_for_checkpoint_covering(writer, first.seq)
        newest = await writer.append(event_type="test.tail.newest", payload={"outcome": "endorsed"})
        checkpoint = await _wait_for_checkpoint_covering(writer, newest.seq)
        assert checkpoint.tree_size == newest.seq

        forged: LedgerEntry = newest.model_copy(update={"payload": {"outcome": "not_endorsed"}})
        connection = await superuser_connection(own_database.admin_url)
        try:
            await connection.execute(
                "update qa.ledger_entries set payload = $2, entry_hash = $3 where seq = $1",
                forged.seq,
                json.dumps(forged.payload),
                entry_hash(forged.hashed_body()),
            )
        finally:
            await connection.close()

        response = await platform.http.get(f"{server.url}/v1/ledger/verification")
        assert response.status_code == httpx.codes.OK, response.text
        verification = response.json()
        assert verification["valid"] is False
        assert verification["first_broken_checkpoint"] == newest.seq
        assert verification["first_broken"] == {
            "seq": newest.seq,
            "reason": f"entry {newest.seq} differs from what checkpoint {newest.seq} signed "
            "(content and hashes rewritten)",
        }
    finally:
        await writer.close()


async def test_the_checkpoint_loop_logs_one_line_per_attempt_while_the_database_is_unreachable(
    platform: Platform,
) -> None:
    """An outage is expected weather, not a fault: while nothing answers on the database's port, the
    loop that seals the tail logs a warning naming the outage (no traceback every few seconds in
    an operator's logs) and keeps trying until stopped."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]  # nothing listens once the socket is closed
    engine = create_engine(f"postgresql://qa@127.0.0.1:{closed_port}/omc", connect_timeout_seconds=2.0)
    sessions = create_session_factory(engine)
    settings: QaSettings = platform.qa.model_copy(update={"checkpoint_interval_seconds": 1.0})
    ledger = LedgerService(
        sessions, CheckpointKeys(sessions, master_key=TEST_MASTER_KEY), issuer="http://qa.test"
    )
    stop = asyncio.Event()
    try:
        with structlog.testing.capture_logs() as logged:
            loop = asyncio.create_task(seal_tail_until_stopped(ledger, settings, stop))
            deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
            while not [entry for entry in logged if entry["event"] == "checkpoint_error"]:
                assert asyncio.get_running_loop().time() < deadline, logged
                assert not loop.done(), loop
                await asyncio.sleep(0.05)
            stop.set()
            await asyncio.wait_for(loop, WAIT_SECONDS)
    finally:
        await engine.dispose()
    [first, *_] = [entry for entry in logged if entry["event"] == "checkpoint_error"]
    assert first["log_level"] == "warning", first
    assert "unreachable" in first["outage"], first
    assert "exc_info" not in first, first
