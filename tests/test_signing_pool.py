"""The issuer's signing pool: a round is signed in child processes (or a thread), each credential by
its own keys and in the order given, and a child that dies is replaced at the next round."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.credential_issuer.services.signing_pool import SigningJob, SigningPool
from shared.vc.data_integrity import verify
from shared.vc.did import StaticDidResolver, did_key_verification_method
from tests.support.credentials import open_badge_credential

CREATED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _jobs(count: int) -> list[SigningJob]:
    jobs = []
    for number in range(count):
        key = Ed25519PrivateKey.generate()
        document = {**open_badge_credential(), "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}"}
        jobs.append(
            SigningJob(document, [(key.private_bytes_raw(), did_key_verification_method(key.public_key()))])
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
        assert document["proof"]["verificationMethod"] == job.keys[0][1]
        assert document["proof"]["created"] == "2026-11-22T12:00:00Z"


async def test_a_killed_child_fails_its_round_and_the_next_round_gets_a_new_one(
    two_children: SigningPool,
) -> None:
    assert len(await two_children.sign(_jobs(2), CREATED)) == 2
    children = two_children.child_pids()
    assert children, "the pool started its children"
    os.kill(children[0], signal.SIGKILL)
    with pytest.raises(BrokenProcessPool):
        await two_children.sign(_jobs(2), CREATED)
    again = await two_children.sign(_jobs(3), CREATED)
    assert len(again) == 3
    results = [await verify(document, StaticDidResolver()) for document in again]
    assert all(result.verified for result in results)
