"""The issuance worker is crash-safe and shares work: the issuer is killed mid-batch and started
again on the same database, or two issuers work the same batch, and every completion still ends
issued exactly once, each credential verifying (a platform of its own, with a short lease)."""

from __future__ import annotations

import asyncio
import gc
import sys
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform, RunningServer, bound_socket, start_server
from services.credential_issuer.db.tables import CompletionRow, CredentialRow
from services.credential_issuer.main import create_app
from services.credential_issuer.repositories.completions import CompletionRepository
from shared.db.engine import create_engine, create_session_factory
from shared.vc.data_integrity import verify
from tests.support.database import drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import HttpDidResolver, Sis, ready_omc, record
from tests.support.platform import Platform

BATCH = 40


@pytest.fixture(scope="module")
def reliability_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_reliability"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def reliable(
    reliability_databases: list[ServiceDatabase],
) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(
        reliability_databases, label="reliability tests", issuance_batch_size=4, issuance_lease_seconds=1.0
    ) as running:
        yield running


async def _ready_sis(platform: Platform) -> tuple[Sis, str]:
    """A DOMCI's SIS client and a published OMC of it."""
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    return await Sis.of(platform, office.institution_id), micro_credential_id


async def _send_40(sis: Sis, micro_credential_id: str) -> str:
    response = await sis.send([record(micro_credential_id) for _ in range(BATCH)])
    assert response.status_code == 202, response.text
    batch_id: str = response.json()["id"]
    return batch_id


async def _batch_of_40(platform: Platform) -> tuple[Sis, str]:
    sis, micro_credential_id = await _ready_sis(platform)
    return sis, await _send_40(sis, micro_credential_id)


async def _counts(sis: Sis, batch_id: str) -> dict[str, int]:
    response = await sis.batch(batch_id)
    assert response.status_code == 200, response.text
    counts: dict[str, int] = response.json()["counts"]
    return counts


async def _credentials_of(platform: Platform, batch_id: str) -> list[tuple[uuid.UUID, dict[str, Any]]]:
    """(completion id, document) of every credential row of the batch, read with the issuer's role."""
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=1)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                select(CredentialRow.completion_id, CredentialRow.document)
                .join(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
                .where(CompletionRow.batch_id == uuid.UUID(batch_id))
            )
            credentials = [(completion_id, document) for completion_id, document in rows.all()]
            unsettled = await connection.scalar(
                select(func.count())
                .select_from(CompletionRow)
                .where(
                    CompletionRow.batch_id == uuid.UUID(batch_id),
                    CompletionRow.state.in_(["pending", "failed", "rejected"]),
                )
            )
    finally:
        await engine.dispose()
    assert unsettled == 0
    return credentials


async def _assert_each_issued_exactly_once(platform: Platform, sis: Sis, batch_id: str) -> dict[str, Any]:
    """The settled job, once each completion of the batch has exactly one verifying credential."""
    job = await sis.settled(batch_id, within_seconds=60)
    assert job["counts"]["issued"] == BATCH, job["counts"]
    assert all(c["state"] == "issued" and c["credential_id"] for c in job["completions"]), job
    credentials = await _credentials_of(platform, batch_id)
    assert len(credentials) == BATCH
    assert {completion_id for completion_id, _ in credentials} == {
        uuid.UUID(c["id"]) for c in job["completions"]
    }
    resolver = HttpDidResolver(platform)
    results = await asyncio.gather(*(verify(document, resolver) for _, document in credentials))
    assert all(result.verified for result in results), [r for r in results if not r.verified][:1]
    return job


@contextmanager
def _crash_leftovers_reaped() -> Iterator[None]:
    """A killed issuer leaves its database and HTTP connections open, as a crash does; when they are
    reaped, its closed event loop warns of each, and a pooled connection's finalizer fails to write
    its goodbye to a closed transport. Those complaints are the crash's, expected: they are taken
    here (and the garbage collected here, not in a later test) instead of failing whichever test
    the garbage collector happens to run in."""
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            yield
            gc.collect()
            gc.collect()
    finally:
        sys.unraisablehook = previous_hook


async def test_an_issuer_killed_mid_batch_and_restarted_issues_every_completion_exactly_once(
    reliable: tuple[LocalPlatform, Platform],
) -> None:
    running, platform = reliable
    sis, micro_credential_id = await _ready_sis(platform)
    batch_id = await _send_40(sis, micro_credential_id)
    deadline = asyncio.get_running_loop().time() + 30
    while (counts := await _counts(sis, batch_id)).get("issued", 0) < 2:
        assert asyncio.get_running_loop().time() < deadline, counts
        await asyncio.sleep(0.01)
    # A second batch that cannot be issued yet, whatever the machine's speed: the ledger is down, so
    # its completions are put off (and become due again within the platform's 0.5 s backoff).
    running.server("qa_api").stop()
    waiting_batch_id = await _send_40(sis, micro_credential_id)

    # Killed, not drained: uvicorn skips waiting for connections and the lifespan's shutdown, and the
    # worker task dies wherever it is (claimed completions stay pending under their lease).
    server = running.server("credential_issuer")
    server.server.force_exit = True
    with _crash_leftovers_reaped():
        server.stop()
        assert not server.thread.is_alive()
    # And a worker that died right after claiming: five due completions taken under a lease, never
    # finished (the claim as the worker makes it, in this process).
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=1)
    try:
        deadline = asyncio.get_running_loop().time() + 60
        while True:
            async with create_session_factory(engine).begin() as session:
                abandoned = await CompletionRepository(session).claim_due(limit=5, lease=timedelta(seconds=1))
            if abandoned:
                break
            assert asyncio.get_running_loop().time() < deadline, "no completion came due"
            await asyncio.sleep(0.05)
    finally:
        await engine.dispose()

    running.restart("qa_api")
    with _crash_leftovers_reaped():
        running.restart("credential_issuer")
        del server  # the killed app, its pool and its closed loop: garbage from here on
    jobs = [
        await _assert_each_issued_exactly_once(platform, sis, batch_id),
        await _assert_each_issued_exactly_once(platform, sis, waiting_batch_id),
    ]
    retried = {
        c["id"]: c["attempts"]
        for job in jobs
        for c in job["completions"]
        if c["id"] in {str(a.id) for a in abandoned}
    }
    assert len(retried) == len(abandoned)
    assert all(attempts >= 2 for attempts in retried.values()), retried  # taken again after the lease


async def test_two_issuers_on_one_database_issue_every_completion_exactly_once(
    reliable: tuple[LocalPlatform, Platform],
) -> None:
    running, platform = reliable
    second: RunningServer = start_server("credential_issuer_2", create_app(running.issuer), bound_socket())
    try:
        sis, batch_id = await _batch_of_40(platform)
        await _assert_each_issued_exactly_once(platform, sis, batch_id)
    finally:
        second.stop()
