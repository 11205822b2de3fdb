"""End-to-end credential issuance, verification and revocation, as deployed.

    .venv/bin/python bench/issuance.py [--completions 10000] [--verifications 300] [--revocations 50]

A 50-completion warm-up batch is issued first; the issuer process's resident memory (VmRSS) is read
after it (idle) and again once the measured batch is issued, with the load average.

Starts the three services as uvicorn subprocesses (as `make run` does, qa_api with its own ledger
client) on a fresh (dropped and recreated) database `omc_bench_issuance`, makes a DOMCI through
qa_api and an approved, published OMC of it (the tests' helpers in tests/support, over real HTTP),
then measures:

(a) one intake of `--completions` records by the institution's SIS client: time to the 202, then
    time until no completion of the batch is `pending` (counted in the issuer's table every `--poll`
    seconds, bounded by `--timeout`), i.e. credentials/s end to end; the job resource is read once at
    the end for the counts and the credential ids;
(b) the anchor, after the services are idle: `sign_document` (the worker's own function) on an
    issued credential with its proof removed (the same document shape) in as many spawned
    processes at once as the issuer has signing processes (its default: one per core), and in
    this process alone; end to end is reported as a share of the all-core rate;
(c) POST /credentials/verify on issued credentials, `--verifications` requests, 8 concurrent;
(d) revocation: POST /v1/credentials/{id}/revocation, then GET /v1/status-lists/{id} until the bit
    is set, `--revocations` times.

The intake body of 10,000 JSON records is about 3.7 MB, over the default ISSUER_MAX_BODY_BYTES
(1 MiB): the bench raises it to 16 MiB for the issuer. Everything else is the services' defaults.
Prints Markdown for docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deployed_platform import deployed_platform
from latency import percentile
from verification_load import verify_under_load

from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.db.tables import CompletionRow, CredentialRow
from services.credential_issuer.repositories.status_lists import bit_is_set
from services.credential_issuer.services.signing_pool import SigningJob, sign_document
from services.credential_issuer.services.status_lists import decode_list
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.db.engine import create_engine
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.platform import ClientCredentials, Platform

PORTS = (18011, 18012, 18013)
MAX_BODY = 16 * 1024 * 1024


async def settled_counts(database_url: str, batch_id: str) -> dict[str, int]:
    """The batch's completions by state, read from the issuer's table: a cheap count, where the job
    resource returns every completion's outcome (10,000 rows) and would load the issuer it measures."""
    engine = create_engine(database_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                select(CompletionRow.state, func.count())
                .where(CompletionRow.batch_id == uuid.UUID(batch_id))
                .group_by(CompletionRow.state)
            )
            return {state: int(number) for state, number in rows.all()}
    finally:
        await engine.dispose()


async def issuance(
    sis: Sis,
    issuer_database: str,
    micro_credential_id: str,
    count: int,
    *,
    poll: float,
    within: float,
    prefix: str = "BENCH",
) -> dict[str, Any]:
    records = [
        record(micro_credential_id, sis_completion_id=f"{prefix}-{index:06d}") for index in range(count)
    ]
    body = json.dumps({"completions": records}).encode()
    del records
    headers = await sis.platform.auth(sis.client, audience=sis.platform.issuer.public_url)
    headers["Content-Type"] = "application/json"
    url = f"{sis.platform.issuer.public_url}/v1/institutions/{sis.institution_id}/completions"
    started = time.perf_counter()
    response = await sis.platform.http.post(url, content=body, headers=headers, timeout=120)
    accepted = time.perf_counter() - started
    assert response.status_code == 202, response.text[:500]
    batch_id = response.json()["id"]
    progress: list[tuple[float, int]] = []
    deadline = started + within
    while True:
        await asyncio.sleep(poll)
        counts = await settled_counts(issuer_database, batch_id)
        now = time.perf_counter() - started
        progress.append((now, counts.get("issued", 0)))
        if len(progress) % max(1, round(5 / poll)) == 0:
            print(f"  {now:7.1f} s  {counts}", file=sys.stderr, flush=True)
        if not counts.get("pending") or time.perf_counter() > deadline:
            break
    job_response = await sis.batch(batch_id, limit=200)
    assert job_response.status_code == 200, job_response.text[:500]
    job = job_response.json()  # counts over the batch, and its first 200 completions
    return {
        "count": count,
        "body_bytes": len(body),
        "accepted_s": accepted,
        "done": job["done"],
        "counts": job["counts"],
        "last_s": progress[-1][0],
        "issued": job["counts"]["issued"],
        "poll_s": poll,
        "credential_ids": [item["credential_id"] for item in job["completions"] if item["credential_id"]],
    }


async def stored_documents(database_url: str, ids: list[str]) -> list[dict[str, Any]]:
    engine = create_engine(database_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            rows = await connection.scalars(
                select(CredentialRow.document).where(CredentialRow.id.in_([uuid.UUID(i) for i in ids]))
            )
            return [dict(row) for row in rows]
    finally:
        await engine.dispose()


def signing_rate(document: dict[str, Any], seconds: float, rounds: int) -> float:
    """sign_document (the worker's function) on the issued document's shape, best of ``rounds``."""
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    proof = document["proof"] if isinstance(document["proof"], dict) else document["proof"][0]
    key = (Ed25519PrivateKey.generate().private_bytes_raw(), proof["verificationMethod"])
    created = datetime.now(UTC).replace(microsecond=0)
    sign_document(SigningJob(unsigned, key), created)  # warm-up
    best = 0.0
    for _ in range(rounds):
        count, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < seconds:
            sign_document(SigningJob(unsigned, key), created)
            count += 1
        best = max(best, count / elapsed)
    return best


def _sign_for(document: dict[str, Any], seconds: float) -> int:
    """Signatures of ``document`` made in ``seconds`` by this (child) process, after a warm-up."""
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    proof = document["proof"] if isinstance(document["proof"], dict) else document["proof"][0]
    key = (Ed25519PrivateKey.generate().private_bytes_raw(), proof["verificationMethod"])
    created = datetime.now(UTC).replace(microsecond=0)
    sign_document(SigningJob(unsigned, key), created)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        sign_document(SigningJob(unsigned, key), created)
        count += 1
    return count


def all_core_signing_rate(document: dict[str, Any], processes: int, seconds: float) -> float:
    """The anchor of end-to-end issuance: ``sign_document`` in ``processes`` spawned processes at
    once (as the issuer's pool signs), each for ``seconds`` after its own warm-up."""
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        counts = list(pool.map(_sign_for, [document] * processes, [seconds] * processes))
    return sum(counts) / seconds


def rss_mib(pid: int) -> float:
    """Resident memory of a process (VmRSS), MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def signing_pids(pid: int) -> list[int]:
    """The issuer's signing processes (its spawned children, not multiprocessing's resource tracker)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [int(child) for child in children.read_text().split()] if children.exists() else []
    return [child for child in pids if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (/proc/<pid>/stat), seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


async def revocations(
    platform: Platform, registrar: ClientCredentials, documents: list[dict[str, Any]], count: int
) -> dict[str, Any]:
    headers = await platform.auth(registrar, audience=platform.issuer.public_url)
    posts: list[float] = []
    visible: list[float] = []
    polls = 0
    for document in documents[:count]:
        credential_id = document["id"].removeprefix("urn:uuid:")
        status = document["credentialStatus"]
        list_url, index = status["statusListCredential"], int(status["statusListIndex"])
        started = time.perf_counter()
        response = await platform.http.post(
            f"{platform.issuer.public_url}/v1/credentials/{credential_id}/revocation",
            json={"reason": "Benchmark revocation."},
            headers=headers,
        )
        posts.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
        deadline = started + 10
        while True:
            polls += 1
            listed = await platform.http.get(list_url)
            assert listed.status_code == 200, listed.text
            bits = decode_list(listed.json()["credentialSubject"]["encodedList"])
            if bit_is_set(bits, index):
                visible.append(time.perf_counter() - started)
                break
            assert time.perf_counter() < deadline, "revocation not visible after 10 s"
    return {
        "count": len(visible),
        "post_p50": statistics.median(posts) * 1000,
        "post_p99": percentile(posts, 0.99) * 1000,
        "p50": statistics.median(visible) * 1000,
        "p99": percentile(visible, 0.99) * 1000,
        "gets_per_revocation": polls / len(visible),
    }


async def scenarios(
    urls: dict[str, str],
    databases: dict[str, str],
    admin: ClientCredentials,
    args: argparse.Namespace,
    issuer_pid: int,
) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        platform = Platform(
            registry=RegistrySettings(database_url=databases["registry"], public_url=urls["REGISTRY"]),
            qa=QaSettings(database_url=databases["qa"], public_url=urls["QA"]),
            issuer=IssuerSettings(database_url=databases["issuer"], public_url=urls["ISSUER"]),
            admin=admin,
            http=http,
        )
        print("setting up a DOMCI and an approved OMC through qa_api and the registry...", file=sys.stderr)
        office = await QaOffice.designated(platform)
        micro_credential_id = await ready_omc(office)
        sis = await Sis.of(platform, office.institution_id)

        # Warm-up: a small batch issued end to end starts the signing processes and every code path.
        await issuance(
            sis, databases["issuer"], micro_credential_id, 50, poll=args.poll, within=120, prefix="WARM"
        )
        await asyncio.sleep(3)  # the worker goes idle
        idle = rss_mib(issuer_pid)
        load_before = load_average()
        signers = signing_pids(issuer_pid)
        cpu_before = cpu_seconds(issuer_pid), sum(cpu_seconds(pid) for pid in signers)

        print(f"intake of {args.completions} completions...", file=sys.stderr)
        issued = await issuance(
            sis,
            databases["issuer"],
            micro_credential_id,
            args.completions,
            poll=args.poll,
            within=args.timeout,
        )
        load_during = load_average()
        await asyncio.sleep(3)  # the worker goes idle
        after = rss_mib(issuer_pid)
        cpu_main = cpu_seconds(issuer_pid) - cpu_before[0]
        cpu_signing = sum(cpu_seconds(pid) for pid in signers) - cpu_before[1]
        signers_rss = [rss_mib(pid) for pid in signers]
        documents = await stored_documents(
            databases["issuer"], issued["credential_ids"][: max(args.verifications, args.revocations) + 10]
        )
        assert documents, "no credential was issued"

        processes = len(signers) or 1
        gc.collect()
        all_cores = all_core_signing_rate(documents[0], processes, args.seconds)
        signing = signing_rate(documents[0], args.seconds, args.rounds)
        verified = (
            await verify_under_load(
                f"{platform.issuer.public_url}/credentials/verify",
                documents[args.revocations :] or documents,
                requests=args.verifications,
                clients=8,
                warm_up=10,
            )
            if args.verifications
            else None
        )
        revoked = (
            await revocations(platform, office.client, documents, args.revocations)
            if args.revocations
            else None
        )

    report(
        issued,
        all_cores=all_cores,
        signing=signing,
        processes=processes,
        memory=(idle, after, signers_rss),
        cpu=(cpu_main, cpu_signing),
        loads=(load_before, load_during),
        verified=verified,
        revoked=revoked,
    )


def report(
    issued: dict[str, Any],
    *,
    all_cores: float,
    signing: float,
    processes: int,
    memory: tuple[float, float, list[float]],
    cpu: tuple[float, float],
    loads: tuple[str, str],
    verified: dict[str, Any] | None,
    revoked: dict[str, Any] | None,
) -> None:
    """The figures as Markdown, for docs/performance.md."""
    idle, after, signers_rss = memory
    cpu_main, cpu_signing = cpu
    load_before, load_during = loads
    rate = issued["issued"] / issued["last_s"]
    print()
    print(
        f"batch: {issued['count']} completions, JSON body {issued['body_bytes'] / 1e6:.1f} MB, "
        f"counts {issued['counts']}; load average (1, 5, 15 min) before {load_before}, "
        f"after the batch {load_during}; {processes} signing process(es) (the issuer's default)"
    )
    print()
    print("| measure | figure |")
    print("| --- | ---: |")
    print(f"| intake: POST to 202 | {issued['accepted_s']:.2f} s |")
    print(
        f"| intake to all {issued['issued']:,} `issued` (counted every {issued['poll_s']:g} s) | "
        f"{issued['last_s']:.1f} s |"
    )
    print(f"| end-to-end issuance | {rate:,.1f} credentials/s |")
    print(
        f"| anchor: `sign_document` in {processes} processes at once, same document | "
        f"{all_cores:,.0f} credentials/s |"
    )
    print(f"| end-to-end as % of the all-core signing rate | {100 * rate / all_cores:.1f} % |")
    print(f"| signing alone (`sign_document`, same document, one thread) | {signing:,.0f} credentials/s |")
    print(
        f"| issuer RSS idle (after a 50-completion warm-up) / after the batch | {idle:,.0f} MiB / "
        f"{after:,.0f} MiB ({100 * (after / idle - 1):+.0f} %) |"
    )
    per_thousand = 1000 / max(1, issued["issued"])
    print(
        f"| CPU per 1,000 credentials: issuer process (intake, worker, database client) / signing "
        f"processes | {cpu_main * per_thousand:.1f} s / {cpu_signing * per_thousand:.1f} s |"
    )
    print(f"| signing processes' RSS after the batch | {', '.join(f'{m:,.0f}' for m in signers_rss)} MiB |")
    if verified is not None:
        print(
            f"| POST /credentials/verify ({verified['requests']} requests, 8 concurrent) | "
            f"{verified['rate']:,.1f} /s, p50 {verified['p50']:.0f} ms, p99 {verified['p99']:.0f} ms |"
        )
    if revoked is not None:
        print(
            f"| revocation POST ({revoked['count']} revocations) | "
            f"p50 {revoked['post_p50']:.0f} ms, p99 {revoked['post_p99']:.0f} ms |"
        )
        print(
            f"| revocation to bit visible in GET /v1/status-lists/{{id}} | p50 {revoked['p50']:.0f} ms, "
            f"p99 {revoked['p99']:.0f} ms ({revoked['gets_per_revocation']:.2f} GETs each) |"
        )
    if verified is not None and verified["not_verified"]:
        print(f"\nWARNING: {verified['not_verified']} verifications did not verify")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--completions", type=int, default=10_000)
    parser.add_argument("--verifications", type=int, default=300)
    parser.add_argument("--revocations", type=int, default=50)
    parser.add_argument(
        "--poll", type=float, default=0.25, help="seconds between counts of the batch's completions"
    )
    parser.add_argument("--timeout", type=float, default=1800.0, help="longest wait for the batch")
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one signing run")
    parser.add_argument("--rounds", type=int, default=3, help="signing runs (the best is kept)")
    args = parser.parse_args()

    with deployed_platform("omc_bench_issuance", PORTS, {"ISSUER_MAX_BODY_BYTES": str(MAX_BODY)}) as platform:
        issuer_pid = platform.pid_of("ISSUER")
        asyncio.run(scenarios(platform.urls, platform.database_urls, platform.admin, args, issuer_pid))


if __name__ == "__main__":
    main()
