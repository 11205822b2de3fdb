"""The issuer's signing pool: a round is signed in child processes (or a thread), each credential by
its own keys and in the order given, and a child that dies is replaced at the next round."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.credential_issuer.services.signing_pool import SigningJob, SigningPool
from shared.vc.data_integrity import verify
from shared.vc.did import StaticDidResolver, did_key_verification_method
from tests.support.jsonld_corpus import open_badge_credential

CREATED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _jobs(count: int) -> list[SigningJob]:
    jobs = []
    for number in range(count):
        key = Ed25519PrivateKey.generate()
        document = {**open_badge_credential(), "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}"}
        jobs.append(
            SigningJob(document, (key.private_bytes_raw(), did_key_verification_method(key.public_key())))
        )
    return jobs


@pytest.fixture
def two_children() -> Iterator[SigningPool]:
    pool = SigningPool(processes=2)
    yield pool
    pool.close()


@pytest.mark.parametrize("processes", [0, 1, 3])
async def test_each_credential_comes_back_in_place_signed_by_its_own_key(processes: int) -> None:
    pool = SigningPool(processes)
    try:
        jobs = _jobs(5)
        signed = await pool.sign(jobs, CREATED)
    finally:
        pool.close()
    assert [document["id"] for document in signed] == [job.document["id"] for job in jobs]
    for document, job in zip(signed, jobs, strict=True):
        result = await verify(document, StaticDidResolver())
        assert result.verified, result.proofs
        assert document["proof"]["verificationMethod"] == job.key[1]
        assert document["proof"]["created"] == "2026-11-22T12:00:00Z"


async def test_a_killed_child_fails_its_round_and_the_next_round_gets_a_new_one(
    two_children: SigningPool,
) -> None:
    assert len(await two_children.sign(_jobs(2), CREATED)) == 2
    children = two_children.child_pids()
    assert children, "the pool started its children"
    # Every child: a surviving one could take the whole round before the pool notices the death.
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(BrokenProcessPool):
        await two_children.sign(_jobs(2), CREATED)
    again = await two_children.sign(_jobs(3), CREATED)
    assert len(again) == 3
    results = [await verify(document, StaticDidResolver()) for document in again]
    assert all(result.verified for result in results)


_ORPHAN_SCRIPT = """
import asyncio, sys
from datetime import UTC, datetime
from services.credential_issuer.services.signing_pool import SigningPool
from tests.test_signing_pool import _jobs

async def main() -> None:
    pool = SigningPool(processes=1)
    await pool.sign(_jobs(1), datetime.now(UTC))
    print(*pool.child_pids(), flush=True)
    await asyncio.Event().wait()  # until killed

asyncio.run(main())
"""


async def test_the_children_die_with_a_killed_service() -> None:
    """A service killed outright (SIGKILL: no shutdown code runs) leaves no signing child behind to
    hold its inherited sockets."""
    service = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _ORPHAN_SCRIPT, stdout=asyncio.subprocess.PIPE, cwd=Path(__file__).parents[1]
    )
    assert service.stdout is not None
    line = await asyncio.wait_for(service.stdout.readline(), timeout=120)
    children = [int(pid) for pid in line.split()]
    assert children, line
    service.kill()
    try:
        # An orphaned child would keep the service's stdout open, and wait() waits for it too.
        await asyncio.wait_for(service.wait(), timeout=60)
        deadline = asyncio.get_running_loop().time() + 60
        while alive := [pid for pid in children if _alive(pid)]:
            assert asyncio.get_running_loop().time() < deadline, f"children {alive} outlived the service"
            await asyncio.sleep(0.1)
    finally:
        for pid in children:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too (reaped by init later): read its state.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False
