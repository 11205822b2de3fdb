"""End-to-end credential issuance, verification and revocation, as deployed.

    .venv/bin/python bench/issuance.py [--completions 10000] [--verifications 300] [--revocations 50]

Starts the three services as uvicorn subprocesses (as `make run` does, qa_api with its own ledger
client) on a fresh (dropped and recreated) database `omc_bench_issuance`, makes a DOMCI through
qa_api and an approved, published OMC of it (the tests' helpers in tests/support, over real HTTP),
then measures:

(a) one intake of `--completions` records by the institution's SIS client: time to the 202, then
    time until no completion of the batch is `pending` (counted in the issuer's table every `--poll`
    seconds, bounded by `--timeout`), i.e. credentials/s end to end; the job resource is read once at
    the end for the counts and the credential ids;
(b) signing alone, in this process, after the services are idle: `sign_document` (the worker's
    own function) on an issued credential with its proof removed, so the same document shape;
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
import json
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from latency import percentile

from ops.admin import create_admin_client
from ops.cli import ledger_client_environment
from ops.database import any_server
from ops.supervisor import (
    service_environment,
    service_processes,
    start_children,
    stop_children,
    wait_until_ready,
)
from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.db.tables import CompletionRow, CredentialRow
from services.credential_issuer.repositories.status_lists import bit_is_set
from services.credential_issuer.services.signing_pool import sign_document
from services.credential_issuer.services.status_lists import decode_list
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.db.engine import create_engine
from shared.db.migrations import PROJECT_ROOT
from tests.support.database import fresh_database
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.platform import ClientCredentials, Platform

HOST = "127.0.0.1"
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
    sis: Sis, issuer_database: str, micro_credential_id: str, count: int, *, poll: float, within: float
) -> dict[str, Any]:
    records = [record(micro_credential_id, sis_completion_id=f"BENCH-{index:06d}") for index in range(count)]
    body = json.dumps({"completions": records}).encode()
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
    sign_document(unsigned, [key], created)  # warm-up
    best = 0.0
    for _ in range(rounds):
        count, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < seconds:
            sign_document(unsigned, [key], created)
            count += 1
        best = max(best, count / elapsed)
    return best


async def verifications(
    platform: Platform, documents: list[dict[str, Any]], count: int, concurrency: int
) -> dict[str, Any]:
    url = f"{platform.issuer.public_url}/credentials/verify"
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for index in range(count):
        queue.put_nowait(documents[index % len(documents)])
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as client:
        for document in documents[:10]:  # warm-up
            (await client.post(url, json={"verifiableCredential": document})).raise_for_status()

        async def worker() -> None:
            nonlocal failures
            while not queue.empty():
                document = queue.get_nowait()
                started = time.perf_counter()
                response = await client.post(url, json={"verifiableCredential": document})
                latencies.append(time.perf_counter() - started)
                response.raise_for_status()
                if not response.json()["verified"]:
                    failures += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "count": count,
        "rate": count / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
        "failures": failures,
    }


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
    urls: dict[str, str], databases: dict[str, str], admin: ClientCredentials, args: argparse.Namespace
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

        print(f"intake of {args.completions} completions...", file=sys.stderr)
        issued = await issuance(
            sis,
            databases["issuer"],
            micro_credential_id,
            args.completions,
            poll=args.poll,
            within=args.timeout,
        )
        await asyncio.sleep(2)  # let the worker go idle
        documents = await stored_documents(
            databases["issuer"], issued["credential_ids"][: max(args.verifications, args.revocations) + 10]
        )
        assert documents, "no credential was issued"

        signing = signing_rate(documents[0], args.seconds, args.rounds)
        verified = await verifications(
            platform, documents[args.revocations :] or documents, args.verifications, 8
        )
        revoked = await revocations(platform, office.client, documents, args.revocations)

    rate = issued["issued"] / issued["last_s"]
    print()
    print(
        f"batch: {issued['count']} completions, JSON body {issued['body_bytes'] / 1e6:.1f} MB, "
        f"counts {issued['counts']}"
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
    print(f"| signing alone (`sign_document`, same document, one thread) | {signing:,.0f} credentials/s |")
    print(f"| end-to-end as % of signing alone | {100 * rate / signing:.1f} % |")
    print(
        f"| POST /credentials/verify ({verified['count']} requests, 8 concurrent) | "
        f"{verified['rate']:,.1f} /s, p50 {verified['p50']:.0f} ms, p99 {verified['p99']:.0f} ms |"
    )
    print(
        f"| revocation POST ({revoked['count']} revocations) | "
        f"p50 {revoked['post_p50']:.0f} ms, p99 {revoked['post_p99']:.0f} ms |"
    )
    print(
        f"| revocation to bit visible in GET /v1/status-lists/{{id}} | p50 {revoked['p50']:.0f} ms, "
        f"p99 {revoked['p99']:.0f} ms ({revoked['gets_per_revocation']:.2f} GETs each) |"
    )
    if verified["failures"]:
        print(f"\nWARNING: {verified['failures']} verifications did not verify")


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

    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        databases = fresh_database(admin_url, "omc_bench_issuance")  # dropped, recreated, migrated
        by_schema = {database.target.schema: database.url for database in databases}
        admin = asyncio.run(create_admin_client(by_schema["registry"], name="bench"))
        processes = service_processes(*PORTS)
        environment = service_environment(processes, databases, HOST)
        environment.update({f"{p.env_prefix}_LOG_LEVEL": "WARNING" for p in processes})
        environment.update(asyncio.run(ledger_client_environment(databases)))
        environment["ISSUER_MAX_BODY_BYTES"] = str(MAX_BODY)
        children = start_children(processes, environment, HOST)
        try:
            if not wait_until_ready(children, HOST):
                raise SystemExit("services did not become ready")
            urls = {process.env_prefix: f"http://{HOST}:{process.port}" for process in processes}
            credentials = ClientCredentials(admin.client_id, admin.client_secret, organisation_id=None)
            asyncio.run(scenarios(urls, by_schema, credentials, args))
        finally:
            stop_children(children)


if __name__ == "__main__":
    main()
