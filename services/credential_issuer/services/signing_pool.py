"""Where the issuance worker's signatures are made: a child process, so signing runs beside the
service's event loop instead of taking its GIL.

Signing is pure-Python JSON-LD work (pyld) and holds the GIL the whole time: in a thread, it starved
the event loop that answers intake and status requests and talks to PostgreSQL (py-spy: 95% of the
GIL went to signing while a batch was issued). A child process signs a whole round per call; the
keys cross the pipe as raw bytes (cryptography's keys do not pickle) to a process of the same service
on the same machine. With ``processes=0`` rounds are signed in a thread of this process instead.

A child that dies (killed, out of memory) breaks the pool: the round fails, its completions are
retried by the worker like any other fault, and the next round starts a new child.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import anyio.to_thread
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.vc.data_integrity import ProofOptions, add_proof


@dataclass(frozen=True)
class SigningJob:
    """One credential and the keys whose proofs it gets, in order (issuer first, then partners)."""

    document: dict[str, Any]
    keys: list[tuple[bytes, str]]  # (raw Ed25519 private key, verification method)


def sign_document(
    document: dict[str, Any], keys: list[tuple[bytes, str]], created: datetime
) -> dict[str, Any]:
    """The document with one eddsa-rdfc-2022 proof per key (a proof set when there are several)."""
    signed = document
    for private_bytes, verification_method in keys:
        private_key = Ed25519PrivateKey.from_private_bytes(private_bytes)
        signed = add_proof(signed, private_key, ProofOptions(verification_method, created=created))
    return signed


def sign_jobs(jobs: list[SigningJob], created: datetime) -> list[dict[str, Any]]:
    return [sign_document(job.document, job.keys, created) for job in jobs]


class SigningPool:
    def __init__(self, processes: int) -> None:
        self._processes = processes
        self._executor: ProcessPoolExecutor | None = None

    async def sign(self, jobs: list[SigningJob], created: datetime) -> list[dict[str, Any]]:
        if not jobs:
            return []
        if self._processes == 0:
            return await anyio.to_thread.run_sync(sign_jobs, jobs, created)
        if self._executor is None:
            # spawn, not fork: the service has threads and open sockets a forked child must not share.
            self._executor = ProcessPoolExecutor(
                self._processes, mp_context=multiprocessing.get_context("spawn")
            )
        executor = self._executor
        lanes = min(self._processes, len(jobs))
        chunks = [jobs[start::lanes] for start in range(lanes)]
        try:
            signed_chunks = await asyncio.gather(
                *(asyncio.wrap_future(executor.submit(sign_jobs, chunk, created)) for chunk in chunks)
            )
        except BrokenProcessPool:
            # Another round may already have started a new pool after this one broke: keep that one.
            if self._executor is executor:
                self._executor = None
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        # Undo the round-robin split: job i went to chunk i % lanes, at position i // lanes.
        return [signed_chunks[index % lanes][index // lanes] for index in range(len(jobs))]

    def child_pids(self) -> list[int]:
        """The signing children now running (none before the first round)."""
        if self._executor is None:
            return []
        return [process.pid for process in self._executor._processes.values() if process.pid is not None]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
