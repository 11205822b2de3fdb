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
import copy
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

import anyio.to_thread
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.vc.contexts import bundled_contexts
from shared.vc.data_integrity import ProofOptions, add_proof

Result = TypeVar("Result")

SignerKey = tuple[bytes, str]
"""(raw Ed25519 private key, verification method): what crosses the pipe to a signing child."""


@dataclass(frozen=True)
class Endorsement:
    """An unsigned endorsement credential, the key of its issuer, and the object of the credential
    it is embedded in (a path of keys from the root, e.g. credentialSubject, achievement)."""

    document: dict[str, Any]
    key: SignerKey
    embed_at: tuple[str, ...]


@dataclass(frozen=True)
class SigningJob:
    """One credential, its issuer's key, and the endorsements to sign and embed in it first."""

    document: dict[str, Any]
    key: SignerKey
    endorsements: tuple[Endorsement, ...] = ()


def _sign(document: dict[str, Any], key: SignerKey, created: datetime) -> dict[str, Any]:
    private_bytes, verification_method = key
    private_key = Ed25519PrivateKey.from_private_bytes(private_bytes)
    return add_proof(document, private_key, ProofOptions(verification_method, created=created))


def sign_document(job: SigningJob, created: datetime) -> dict[str, Any]:
    """The credential with one eddsa-rdfc-2022 proof by its issuer, over the credential with its
    endorsements embedded, each signed before by its own issuer (under ``endorsement``)."""
    document = copy.deepcopy(job.document)
    for endorsement in job.endorsements:
        holder = document
        for key in endorsement.embed_at:
            holder = holder[key]
        holder.setdefault("endorsement", []).append(_sign(endorsement.document, endorsement.key, created))
    return _sign(document, job.key, created)


def sign_jobs(jobs: list[SigningJob], created: datetime) -> list[dict[str, Any]]:
    return [sign_document(job, created) for job in jobs]


_PR_SET_PDEATHSIG = 1


def _start_child(parent_pid: int) -> None:
    """Run once in each new signing child. It asks the kernel for SIGTERM when the service dies (a
    killed service must not leave children behind holding its inherited sockets: seen in benchmarks),
    then reads the bundled JSON-LD contexts, so they are loaded once per child (kept for its life)
    and its first round is not slower than the others."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent_pid:  # the service died before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)
    bundled_contexts()


class SigningPool:
    """The signing children (``processes`` of them, one per core by default: see config.py), kept
    for the life of the service; each round's jobs are split across them."""

    def __init__(self, processes: int) -> None:
        self._processes = processes
        self._executor: ProcessPoolExecutor | None = None

    async def sign(self, jobs: list[SigningJob], created: datetime) -> list[dict[str, Any]]:
        if not jobs:
            return []
        if self._processes == 0:
            return await anyio.to_thread.run_sync(sign_jobs, jobs, created)
        lanes = min(self._processes, len(jobs))
        chunks = [jobs[start::lanes] for start in range(lanes)]
        signed_chunks = await self._in_children([(sign_jobs, (chunk, created)) for chunk in chunks])
        # Undo the round-robin split: job i went to chunk i % lanes, at position i // lanes.
        return [signed_chunks[index % lanes][index // lanes] for index in range(len(jobs))]

    async def run(self, function: Callable[..., Result], *args: Any) -> Result:
        """One other CPU-bound call (e.g. a verification's canonicalization) in a child, beside the
        signing rounds; in a thread of this process with ``processes=0``. `function` must be a
        module-level function and its arguments and result picklable."""
        if self._processes == 0:
            return await anyio.to_thread.run_sync(function, *args)
        (result,) = await self._in_children([(function, args)])
        return cast(Result, result)

    async def _in_children(self, calls: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
        """The results of `calls`, each made in a child at once. A child that dies breaks the pool:
        the pool is shut down and forgotten (so the next call starts a new one), and the error raised."""
        executor = self._started()
        try:
            return await asyncio.gather(
                *(asyncio.wrap_future(executor.submit(function, *args)) for function, args in calls)
            )
        except BrokenProcessPool:
            # Another call may already have started a new pool after this one broke: keep that one.
            if self._executor is executor:
                self._executor = None
            executor.shutdown(wait=False, cancel_futures=True)
            raise

    def _started(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn, not fork: the service has threads and open sockets a forked child must not share.
            self._executor = ProcessPoolExecutor(
                self._processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_child,
                initargs=(os.getpid(),),
            )
        return self._executor

    def child_pids(self) -> list[int]:
        """The signing children now running (none before the first round)."""
        if self._executor is None:
            return []
        return [process.pid for process in self._executor._processes.values() if process.pid is not None]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
